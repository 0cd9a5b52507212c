import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Profile } from '../core/profiles/types';
import type { CheckedFile } from './checked-file';
import type { Limits } from './limits';
import { MB } from './limits';
import { checkInWorkers } from './worker-pool';
import { tuneV8ForBatch } from './v8-tuning';

export interface BatchOptions {
  /** The --profile argument (workers resolve it themselves) and its resolution (for checking in this thread). */
  profileArg: string;
  profile: Profile | 'auto';
  limits: Limits;
  jobs: number;
  onProgress?: (done: number, total: number, file: string) => void;
}

/** The compiled worker entry beside this file; absent when running from the TypeScript sources (jest, run-ts). */
export function workerScript(): string | null {
  const p = path.join(__dirname, 'check-worker.js');
  return fs.existsSync(p) ? p : null;
}

/** Heap per worker: a share of the machine's memory, between 512 MB and 4 GB. */
export function workerHeapMb(workers: number): number {
  return Math.max(512, Math.min(4096, Math.floor((os.totalmem() / MB) * 0.6 / workers)));
}

/**
 * Checks the files, results in the order given. Files are checked in worker
 * threads (all cores by default), which is also what enforces the time limit
 * and keeps a memory-hungry file from taking the process down; only when the
 * compiled worker is missing are they checked here, one after another.
 */
export async function checkBatch(files: string[], opts: BatchOptions): Promise<CheckedFile[]> {
  const results: CheckedFile[] = new Array(files.length);
  let done = 0;
  const record = (i: number, r: CheckedFile) => {
    results[i] = r;
    opts.onProgress?.(++done, files.length, r.file);
  };
  const script = workerScript();
  if (script) {
    tuneV8ForBatch();
    const size = Math.max(1, Math.min(opts.jobs, files.length));
    const setup = { profileArg: opts.profileArg, limits: opts.limits };
    await checkInWorkers(
      files.map((f) => ({ file: f, label: f })),
      { script, setup, size, timeoutMs: opts.limits.timeoutMs, heapMb: opts.limits.heapMb ?? workerHeapMb(size) },
      record,
    );
  } else {
    const { checkWorkbook } = await import('./check-file');
    for (let i = 0; i < files.length; i++) record(i, await checkWorkbook(files[i], opts.profile, files[i], opts.limits));
  }
  return results;
}
