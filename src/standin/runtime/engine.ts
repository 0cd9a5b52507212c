import { formatRect, isSingleCell } from '../address';
import { isRichApiError, standinErrors } from '../errors';
import { Recalculation } from '../formula/recalculation';
import { cellValueType } from '../model/cell';
import type { WorkbookModel } from '../model/workbook';
import { type ApiCheckTiming, RequirementSets } from '../requirement-sets';
import { EventHub } from './event-hub';
import { BatchTransaction, type DataChangeRecord } from './transaction';
import { buildWorksheetChangedArgs } from './worksheet-changed-args';

export type TriggerSource = 'ThisLocalAddin' | 'Unknown';

export type Operation = (tx: BatchTransaction) => void;

export interface EngineOptions {
  latencyMs: number;
  requirementSets: Record<string, string>;
  apiCheck: ApiCheckTiming;
}

/**
 * The simulated Excel application: owns the workbook model, applies batches of queued operations,
 * recalculates, raises change events and tells listeners when the model changed.
 */
export class StandinEngine {
  readonly requirements: RequirementSets;
  readonly recalculation: Recalculation;
  readonly events = new EventHub();
  latencyMs: number;
  readonly apiCheck: ApiCheckTiming;
  /** Calls of context.sync() made by add-in code. */
  syncCount = 0;
  /** Batches that reached the simulated Excel (syncs with queued work, including Excel.run's final flush). */
  roundTripCount = 0;
  /** Runtime.enableEvents: when false, this add-in's handlers are not called. */
  enableEvents = true;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly workbook: WorkbookModel,
    options: EngineOptions,
  ) {
    this.requirements = new RequirementSets(options.requirementSets);
    this.recalculation = new Recalculation(workbook);
    this.latencyMs = options.latencyMs;
    this.apiCheck = options.apiCheck;
  }

  onModelChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies a batch in order, stopping at the first failing operation (earlier ones stay applied). */
  execute(operations: Operation[], triggerSource: TriggerSource): void {
    const tx = new BatchTransaction(this.workbook, this.recalculation);
    let failure: unknown;
    for (const operation of operations) {
      try {
        operation(tx);
      } catch (error) {
        failure = error;
        break;
      }
    }
    this.settle(tx, triggerSource);
    if (failure !== undefined) {
      if (isRichApiError(failure)) throw failure;
      throw standinErrors.generalException(failure instanceof Error ? failure.message : String(failure));
    }
    tx.commit();
  }

  /** Recalculates, raises onChanged for the data edits and notifies model listeners. */
  settle(tx: BatchTransaction, triggerSource: TriggerSource): void {
    if (tx.recalculateAll) this.recalculation.runAll();
    else if (tx.changedAreas.length > 0 || tx.freshFormulas.length > 0) {
      this.recalculation.run(tx.changedAreas, tx.freshFormulas);
    }
    for (const change of tx.dataChanges) this.raiseWorksheetChanged(change, triggerSource);
    if (tx.modified) this.notifyModelChange();
  }

  notifyModelChange(): void {
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch {
        // A failing listener must not break the simulated Excel.
      }
    }
  }

  private raiseWorksheetChanged(change: DataChangeRecord, triggerSource: TriggerSource): void {
    if (change.sheet.deleted || !this.enableEvents) return;
    const single = isSingleCell(change.rect);
    const after = single ? change.sheet.cell(change.rect.top, change.rect.left) : undefined;
    const payload = {
      changeType: change.changeType ?? 'RangeEdited',
      worksheetId: change.sheet.id,
      address: formatRect(change.rect),
      details:
        single && change.before
          ? {
              valueBefore: change.before.value,
              valueTypeBefore: change.before.valueType,
              valueAfter: after ? after.value : '',
              valueTypeAfter: cellValueType(after),
            }
          : undefined,
      triggerSource,
    };
    this.events.fire(
      'WorksheetChanged',
      (scope) => scope.kind === 'worksheets' || scope.sheetId === change.sheet.id,
      () => buildWorksheetChangedArgs(payload, this.requirements),
    );
  }
}
