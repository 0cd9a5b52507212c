import type { CheckedFile } from './checked-file';
import type { Limits } from './limits';

/** Messages between the batch (main thread) and a check worker. */
export interface WorkerSetup {
  /** The --profile argument; each worker resolves it (a JSON file is read once per worker). */
  profileArg: string;
  limits: Limits;
}

export interface WorkerTask {
  id: number;
  file: string;
  label: string;
}

export type WorkerReply = { type: 'ready' } | { type: 'done'; id: number; result: CheckedFile };
