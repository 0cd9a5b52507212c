import * as ExcelEnums from './enums';
import { standinErrors } from './errors';
import { StandinClientObject } from './runtime/client-object';
import type { StandinEngine } from './runtime/engine';
import { StandinRequestContext } from './runtime/request-context';

/** The `Excel` global as the adapter sees it: `run` plus the enum objects. */
export type StandinExcel = { run: typeof Excel.run } & typeof ExcelEnums;

interface RunOptionsLike {
  mergeUndoGroup?: boolean;
  delayForCellEdit?: boolean;
  previousObjects?: unknown;
}

function isPlainObject(value: unknown): value is RunOptionsLike {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/** The context to reuse for Excel.run(object | objects | context, batch), or undefined for a new one. */
function contextOf(previous: unknown): StandinRequestContext | undefined {
  if (previous === undefined || previous === null) return undefined;
  if (previous instanceof StandinRequestContext) return previous;
  if (previous instanceof StandinClientObject) return previous.context;
  if (Array.isArray(previous) && previous.length > 0 && previous.every((item) => item instanceof StandinClientObject)) {
    const first = (previous[0] as StandinClientObject<object>).context;
    if (previous.some((item: StandinClientObject<object>) => item.context !== first)) throw standinErrors.invalidRequestContext();
    return first;
  }
  throw standinErrors.invalidArgument('Excel.run');
}

/**
 * Excel.run: makes (or reuses) a request context, runs the batch, then flushes what is still queued
 * (office.js ends every run with a sync). The batch must return a promise (RunMustReturnPromise).
 * `mergeUndoGroup` needs ExcelApi 1.20 (ApiNotFound below it); the stand-in has no undo stack.
 */
export function createExcelRun(engine: StandinEngine): typeof Excel.run {
  async function run(...args: unknown[]): Promise<unknown> {
    let previous: unknown;
    let batch: unknown;
    if (args.length === 1) batch = args[0];
    else if (args.length === 2) {
      if (isPlainObject(args[0])) {
        if (args[0].mergeUndoGroup !== undefined) {
          const error = engine.requirements.checkApi('RunOptions.mergeUndoGroup');
          if (error) throw error;
        }
        previous = args[0].previousObjects;
      } else previous = args[0];
      batch = args[1];
    } else throw standinErrors.invalidArgument('Excel.run');
    if (typeof batch !== 'function') throw standinErrors.invalidArgument('Excel.run');
    const context = contextOf(previous) ?? new StandinRequestContext(engine);
    let outcome: unknown;
    try {
      outcome = (batch as (context: StandinRequestContext) => unknown)(context);
      if (outcome === null || outcome === undefined || typeof (outcome as { then?: unknown }).then !== 'function') {
        throw standinErrors.runMustReturnPromise('Excel.run');
      }
      const result = await outcome;
      await context.flush();
      return result;
    } catch (error) {
      context.discardPending();
      throw error;
    }
  }
  return run as unknown as typeof Excel.run;
}

export function createExcelNamespace(engine: StandinEngine): StandinExcel {
  return { ...ExcelEnums, run: createExcelRun(engine) };
}
