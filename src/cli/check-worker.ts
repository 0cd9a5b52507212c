/**
 * Worker-thread entry: checks the files the batch posts, strictly one after
 * another (the batch may post the next file before this one is done). Runs
 * compiled, from dist/cli/check-worker.js; a hung or exploding file costs
 * only this thread, which the batch then terminates and replaces.
 */
import { parentPort, workerData } from 'worker_threads';
import { checkWorkbook } from './check-file';
import { errorEntry } from './checked-file';
import { resolveProfileArg } from './profile-arg';
import type { WorkerReply, WorkerSetup, WorkerTask } from './worker-protocol';

const port = parentPort;
if (port) {
  const setup = workerData as WorkerSetup;
  const resolved = resolveProfileArg(setup.profileArg);
  const reply = (m: WorkerReply) => port.postMessage(m);
  let previous: Promise<void> = Promise.resolve();
  port.on('message', (task: WorkerTask) => {
    const check = async () => {
      const result = 'error' in resolved ? errorEntry(task.label, 'internal', resolved.error) : await checkWorkbook(task.file, resolved.profile, task.label, setup.limits);
      reply({ type: 'done', id: task.id, result });
    };
    // checkWorkbook turns every failure into an error entry; should a reply still fail, the file says so and the queue goes on.
    previous = previous.then(check).catch((e) => reply({ type: 'done', id: task.id, result: errorEntry(task.label, 'internal', `检查线程出错：${(e as Error).message}`) }));
  });
  reply({ type: 'ready' });
}
