/**
 * Worker-thread entry: checks the files the batch posts, one at a time. Runs
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
  port.on('message', (task: WorkerTask) => {
    const work = 'error' in resolved ? Promise.resolve(errorEntry(task.label, 'internal', resolved.error)) : checkWorkbook(task.file, resolved.profile, task.label, setup.limits);
    void work.then((result) => reply({ type: 'done', id: task.id, result }));
  });
  reply({ type: 'ready' });
}
