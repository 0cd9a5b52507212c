/**
 * The pool itself, over a stand-in worker script: files queued behind one
 * that hangs or crashes are still checked, each result lands at its own index,
 * and every file gets exactly one result.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkInWorkers } from '../../src/cli/worker-pool';
import type { CheckedFile } from '../../src/cli/checked-file';
import { DEFAULT_LIMITS } from '../../src/cli/limits';

// Plain JS (workers run outside jest's transform): 'hang' loops for ever, 'crash' exits, 'slow' takes 300 ms,
// anything else answers at once. Each result names the thread that checked it.
const STAND_IN = `
const { parentPort, threadId } = require('worker_threads');
parentPort.on('message', (task) => {
  if (task.file === 'hang') for (;;);
  if (task.file === 'crash') process.exit(3);
  if (task.file === 'slow') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
  parentPort.postMessage({ type: 'done', id: task.id, result: { file: task.label, profile: String(threadId), error: null, tables: [] } });
});
parentPort.postMessage({ type: 'ready' });
`;

describe('worker pool', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-pool-'));
  const script = path.join(dir, 'stand-in-worker.js');
  fs.writeFileSync(script, STAND_IN);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function run(files: string[], size: number): Promise<CheckedFile[]> {
    const results: CheckedFile[] = [];
    const seen: number[] = [];
    const items = files.map((f, i) => ({ file: f, label: `${i}:${f}` }));
    await checkInWorkers(items, { script, setup: { profileArg: 'auto', limits: DEFAULT_LIMITS }, size, timeoutMs: 500, heapMb: 256 }, (i, r) => {
      seen.push(i);
      results[i] = r;
    });
    expect([...seen].sort((a, b) => a - b)).toEqual(files.map((_, i) => i));
    return results;
  }

  it('checks the files queued behind one that runs over the time limit', async () => {
    const results = await run(['a', 'hang', 'b', 'c', 'd'], 1);
    expect(results.map((r) => r.error?.code ?? 'ok')).toEqual(['ok', 'timeout', 'ok', 'ok', 'ok']);
    expect(results.map((r) => r.file)).toEqual(['0:a', '1:hang', '2:b', '3:c', '4:d']);
  }, 20_000);

  it('spreads a small batch over all workers instead of queueing it behind one', async () => {
    const results = await run(['slow', 'slow', 'slow'], 3);
    expect(new Set(results.map((r) => r.profile)).size).toBe(3);
  }, 20_000);

  it('replaces a worker that exits and goes on with the rest', async () => {
    const results = await run(['crash', 'a', 'crash', 'b', 'c'], 2);
    expect(results.map((r) => r.error?.code ?? 'ok')).toEqual(['internal', 'ok', 'internal', 'ok', 'ok']);
    expect(results[0].error?.message).toMatch(/检查线程/);
  }, 20_000);
});
