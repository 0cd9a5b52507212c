import { StandinApplication, StandinRuntime } from '../api/application';
import { StandinWorkbook } from '../api/workbook';
import type { Operation, StandinEngine } from './engine';

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/**
 * Excel.RequestContext: queues operations from its proxies and sends them to the simulated Excel on
 * sync(). A sync with nothing queued resolves without a round trip, as office.js does.
 */
export class StandinRequestContext {
  readonly engine: StandinEngine;
  /** Accepted and ignored: the stand-in never releases objects. */
  readonly trackedObjects = {
    add: (_objects: unknown) => undefined,
    remove: (_objects: unknown) => undefined,
  };
  private pending: Operation[] = [];
  private workbookProxy: StandinWorkbook | undefined;
  private applicationProxy: StandinApplication | undefined;
  private runtimeProxy: StandinRuntime | undefined;

  constructor(engine: StandinEngine) {
    this.engine = engine;
  }

  get workbook(): StandinWorkbook {
    this.workbookProxy ??= new StandinWorkbook(this);
    return this.workbookProxy;
  }

  get application(): StandinApplication {
    this.applicationProxy ??= new StandinApplication(this);
    return this.applicationProxy;
  }

  get runtime(): StandinRuntime {
    const error = this.engine.requirements.checkApi('RequestContext.runtime');
    if (error) throw error;
    this.runtimeProxy ??= new StandinRuntime(this);
    return this.runtimeProxy;
  }

  enqueue(operation: Operation): void {
    this.pending.push(operation);
  }

  get hasPendingWork(): boolean {
    return this.pending.length > 0;
  }

  /** Runs everything queued so far; resolves with `passThroughValue`, rejects with the first failure. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    this.engine.syncCount++;
    await this.flush();
    return passThroughValue as T;
  }

  /** Sends the queued batch (used by sync() and by Excel.run's final implicit sync). */
  async flush(): Promise<void> {
    const operations = this.pending;
    this.pending = [];
    if (operations.length === 0) return;
    this.engine.roundTripCount++;
    await delay(this.engine.latencyMs);
    this.engine.execute(operations, 'ThisLocalAddin');
  }

  /** Drops queued work (after a failed Excel.run batch). */
  discardPending(): void {
    this.pending = [];
  }
}
