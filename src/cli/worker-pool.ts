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

type WorkerEvent = { kind: 'ready' } | { kind: 'done'; result: CheckedFile } | { kind: 'failed'; error: Error & { code?: string } } | { kind: 'timeout' };

const YOUNG_GENERATION_MB = 48;

// setTimeout fires at once for delays above 2^31 - 1 ms.
const MAX_DELAY = 2 ** 31 - 1;

/** One worker thread and the single thing it is doing. */
class CheckWorker {
  alive = true;
  private waiting: ((e: WorkerEvent) => void) | null = null;
  private readonly worker: Worker;

  constructor(private readonly opts: PoolOptions) {
    // A larger young generation than V8's default cuts garbage collection by about a tenth for
    // ExcelJS's many short-lived objects. The report owns stdout: whatever a library prints in a worker is dropped.
    const resourceLimits = { maxOldGenerationSizeMb: opts.heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
    this.worker = new Worker(opts.script, { workerData: opts.setup, resourceLimits, stdout: true, stderr: true });
    this.worker.stdout.resume();
    this.worker.stderr.resume();
    this.worker.on('message', (m: WorkerReply) => this.deliver(m.type === 'ready' ? { kind: 'ready' } : { kind: 'done', result: m.result }));
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
    this.waiting = null;
    w?.(e);
  }

  private next(timeoutMs?: number): Promise<WorkerEvent> {
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

  async check(task: WorkerTask): Promise<CheckedFile> {
    const reply = this.next(this.opts.timeoutMs);
    this.worker.postMessage(task);
    const e = await reply;
    if (e.kind === 'done') return e.result;
    await this.stop();
    if (e.kind === 'timeout') {
      const ms = this.opts.timeoutMs;
      const limit = ms < 1000 ? `${ms} 毫秒` : `${+(ms / 1000).toFixed(1)} 秒`;
      return errorEntry(task.label, 'timeout', `读取和检查超过时限 ${limit}（--timeout），已中止`);
    }
    if (e.kind === 'failed' && e.error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return errorEntry(task.label, 'too-large', `读取时所需内存超过上限（每个检查线程约 ${this.opts.heapMb} MB），工作簿内容过大，已中止`);
    }
    return errorEntry(task.label, 'internal', `检查线程出错：${e.kind === 'failed' ? e.error.message : e.kind}`);
  }

  async stop(): Promise<void> {
    this.alive = false;
    this.waiting = null;
    await this.worker.terminate();
  }
}

/**
 * Checks files on `size` worker threads, one file per worker at a time, in
 * the order given; `onResult` receives each result as it arrives. A worker
 * that times out, crashes or runs out of memory is replaced.
 */
export async function checkInWorkers(items: { file: string; label: string }[], opts: PoolOptions, onResult: (index: number, result: CheckedFile) => void): Promise<void> {
  let next = 0;
  const slot = async () => {
    let worker: CheckWorker | null = null;
    try {
      while (next < items.length) {
        const i = next++;
        if (!worker?.alive) {
          worker = new CheckWorker(opts);
          try {
            await worker.ready();
          } catch (e) {
            await worker.stop();
            worker = null;
            onResult(i, errorEntry(items[i].label, 'internal', `无法启动检查线程：${(e as Error).message}`));
            continue;
          }
        }
        onResult(i, await worker.check({ id: i, ...items[i] }));
      }
    } finally {
      await worker?.stop();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.size, items.length)) }, slot));
}
