import { Worker } from 'worker_threads';
import type { CheckedFile } from './checked-file';
import { errorEntry } from './checked-file';
import type { WorkerReply, WorkerSetup, WorkerTask } from './worker-protocol';

export interface PoolOptions {
  /** The compiled worker entry (dist/cli/check-worker.js). */
  script: string;
  setup: WorkerSetup;
  size: number;
  /** Per file; the worker is terminated when it runs over. */
  timeoutMs: number;
  /** V8 heap per worker: a file that needs more fails alone instead of taking the process down. */
  heapMb: number;
}

type WorkerEvent = { kind: 'ready' } | { kind: 'done'; id: number; result: CheckedFile } | { kind: 'failed'; error: Error & { code?: string } } | { kind: 'timeout' };

const YOUNG_GENERATION_MB = 48;

/**
 * Files handed to a worker before it has finished the one it is on: the next
 * file is already waiting when a result leaves, so the worker never sits idle
 * while the main thread takes a result in and answers.
 */
const IN_FLIGHT = 2;

// setTimeout fires at once for delays above 2^31 - 1 ms.
const MAX_DELAY = 2 ** 31 - 1;

/** One worker thread; its events wait in an inbox until the pool takes them. */
class CheckWorker {
  alive = true;
  private readonly inbox: WorkerEvent[] = [];
  private waiting: ((e: WorkerEvent) => void) | null = null;
  private readonly worker: Worker;

  constructor(opts: PoolOptions) {
    // A larger young generation than V8's default cuts garbage collection by about a tenth for
    // ExcelJS's many short-lived objects. The report owns stdout: whatever a library prints in a worker is dropped.
    const resourceLimits = { maxOldGenerationSizeMb: opts.heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
    this.worker = new Worker(opts.script, { workerData: opts.setup, resourceLimits, stdout: true, stderr: true });
    this.worker.stdout.resume();
    this.worker.stderr.resume();
    this.worker.on('message', (m: WorkerReply) => this.deliver(m.type === 'ready' ? { kind: 'ready' } : { kind: 'done', id: m.id, result: m.result }));
    this.worker.on('error', (error) => {
      this.alive = false;
      this.deliver({ kind: 'failed', error });
    });
    this.worker.on('exit', (code) => {
      if (!this.alive) return;
      this.alive = false;
      this.deliver({ kind: 'failed', error: new Error(`检查线程意外退出（退出码 ${code}）`) });
    });
  }

  private deliver(e: WorkerEvent): void {
    const w = this.waiting;
    if (!w) {
      this.inbox.push(e);
      return;
    }
    this.waiting = null;
    w(e);
  }

  /** The next event, or a timeout when none comes within `timeoutMs`. */
  next(timeoutMs?: number): Promise<WorkerEvent> {
    const queued = this.inbox.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve) => {
      const timer = timeoutMs === undefined ? null : setTimeout(() => this.deliver({ kind: 'timeout' }), Math.min(timeoutMs, MAX_DELAY));
      this.waiting = (e) => {
        if (timer) clearTimeout(timer);
        resolve(e);
      };
    });
  }

  /** Resolves once the worker has loaded its modules, so start-up time is not charged to the first file. */
  async ready(): Promise<void> {
    const e = await this.next();
    if (e.kind !== 'ready') throw e.kind === 'failed' ? e.error : new Error('检查线程未能启动');
  }

  post(task: WorkerTask): void {
    this.worker.postMessage(task);
  }

  async stop(): Promise<void> {
    this.alive = false;
    this.waiting = null;
    await this.worker.terminate();
  }
}

/** The error entry of the file a worker was on when it timed out, crashed or ran out of memory. */
function failedEntry(label: string, e: WorkerEvent, opts: PoolOptions): CheckedFile {
  if (e.kind === 'timeout') {
    const ms = opts.timeoutMs;
    const limit = ms < 1000 ? `${ms} 毫秒` : `${+(ms / 1000).toFixed(1)} 秒`;
    return errorEntry(label, 'timeout', `读取和检查超过时限 ${limit}（--timeout），已中止`);
  }
  if (e.kind === 'failed' && e.error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return errorEntry(label, 'too-large', `读取时所需内存超过上限（每个检查线程约 ${opts.heapMb} MB），工作簿内容过大，已中止`);
  }
  return errorEntry(label, 'internal', `检查线程出错：${e.kind === 'failed' ? e.error.message : e.kind}`);
}

/**
 * Checks files on `size` worker threads; `onResult` receives each result as
 * it arrives. A worker checks its files one after another, up to IN_FLIGHT
 * of them handed over at a time; the time limit runs for the file it is on
 * (from when the one before it finished). A worker that times out, crashes or
 * runs out of memory is replaced: the file it was on gets an error entry and
 * the files queued behind it go to the new worker.
 */
export async function checkInWorkers(items: { file: string; label: string }[], opts: PoolOptions, onResult: (index: number, result: CheckedFile) => void): Promise<void> {
  let next = 0;
  const slots = Math.max(1, Math.min(opts.size, items.length));
  const slot = async () => {
    let worker: CheckWorker | null = null;
    // Files handed to the current worker, in the order it checks them.
    let queued: number[] = [];
    try {
      for (;;) {
        if (!worker?.alive) {
          const resend = queued;
          queued = [];
          if (!resend.length && next >= items.length) break;
          worker = new CheckWorker(opts);
          try {
            await worker.ready();
          } catch (e) {
            await worker.stop();
            worker = null;
            const i = resend.shift() ?? next++;
            onResult(i, errorEntry(items[i].label, 'internal', `无法启动检查线程：${(e as Error).message}`));
            queued = resend;
            continue;
          }
          for (const i of resend) worker.post({ id: i, ...items[i] });
          queued = resend;
        }
        // A second file only while there are files enough for every worker: a small batch (or the end of
        // a large one) is spread over all workers rather than queued behind one.
        while (next < items.length && (queued.length === 0 || (queued.length < IN_FLIGHT && items.length - next >= slots))) {
          const i = next++;
          queued.push(i);
          worker.post({ id: i, ...items[i] });
        }
        if (!queued.length) break;
        const e = await worker.next(opts.timeoutMs);
        if (e.kind === 'done' && e.id === queued[0]) {
          onResult(queued.shift()!, e.result);
          continue;
        }
        await worker.stop();
        const i = queued.shift()!;
        onResult(i, failedEntry(items[i].label, e, opts));
      }
    } finally {
      await worker?.stop();
    }
  };
  await Promise.all(Array.from({ length: slots }, slot));
}
