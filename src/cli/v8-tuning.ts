import { setFlagsFromString } from 'v8';

/**
 * V8 settings for a batch run, set once before the check workers start (V8
 * flags are per process: a worker cannot be given its own).
 *
 * Each worker is a fresh isolate that optimises the engine again on its first
 * few hundred files. With V8's defaults that compilation, on V8's background
 * threads, cost about as much CPU as the checking itself on a batch of 1,000
 * seed-sized workbooks (measured with per-thread CPU times). Two settings
 * make it cheaper without making the optimised code slower (milliseconds per
 * file after warm-up unchanged on a 3,000-file run):
 * - a larger interrupt budget: a function must run longer before it is
 *   optimised, so the many functions that are only lukewarm are not;
 * - a smaller cumulative inlining budget: each optimisation inlines less.
 * Together they cut a batch's total CPU by about a quarter (npm run bench).
 */
export const BATCH_V8_FLAGS = ['--interrupt-budget=400000', '--max-inlined-bytecode-size-cumulative=300'];

let applied = false;

/** V8 versions known to have both flags (Node 18 to 24); an unknown flag would only print a warning, but why print one. */
const KNOWN_V8 = (v: string) => {
  const major = Number(v.split('.')[0]);
  return major >= 10 && major <= 13;
};

export function tuneV8ForBatch(): void {
  if (applied) return;
  applied = true;
  if (!KNOWN_V8(process.versions.v8)) return;
  for (const f of BATCH_V8_FLAGS) setFlagsFromString(f);
}
