import type { Rect } from '../address';
import type { ChangedArea, Recalculation } from '../formula/recalculation';
import type { WorkbookModel } from '../model/workbook';
import type { SheetModel } from '../model/sheet';

/** A single-cell value before an edit, for the `details` of WorksheetChangedEventArgs. */
export interface CellValueState {
  value: unknown;
  valueType: string;
}

export interface DataChangeRecord {
  sheet: SheetModel;
  rect: Rect;
  before?: CellValueState;
  /** WorksheetChangedEventArgs.changeType; 'RangeEdited' when absent. */
  changeType?: string;
}

/**
 * One batch of queued operations being applied to the workbook. Records what changed (for recalculation,
 * change events and model listeners) and defers what the proxies see (loaded values, null-object state)
 * until the whole batch succeeded.
 */
export class BatchTransaction {
  constructor(
    readonly workbook: WorkbookModel,
    readonly recalculation: Recalculation,
  ) {}

  private readonly commits: Array<() => void> = [];
  readonly changedAreas: ChangedArea[] = [];
  readonly freshFormulas: Array<{ sheet: SheetModel; row: number; column: number }> = [];
  readonly dataChanges: DataChangeRecord[] = [];
  /** Rows or columns were inserted or deleted: every formula is recomputed. */
  recalculateAll = false;
  modified = false;

  onCommit(apply: () => void): void {
    this.commits.push(apply);
  }

  commit(): void {
    for (const apply of this.commits) apply();
  }

  /** Cell contents changed in `rect` (formulas depending on it must be recomputed). */
  contentsChanged(sheet: SheetModel, rect: Rect): void {
    this.changedAreas.push({ sheet, rect });
    this.modified = true;
  }

  formulaEntered(sheet: SheetModel, row: number, column: number): void {
    this.freshFormulas.push({ sheet, row, column });
    this.modified = true;
  }

  /** A data edit that Excel reports through onChanged. */
  dataEdited(sheet: SheetModel, rect: Rect, before?: CellValueState): void {
    this.dataChanges.push({ sheet, rect, before });
    this.modified = true;
  }

  /** Whole rows or columns inserted or deleted (`rect`, before the change for deletions), reported through onChanged. */
  structureChanged(sheet: SheetModel, rect: Rect, changeType: string): void {
    this.dataChanges.push({ sheet, rect, changeType });
    this.recalculateAll = true;
    this.modified = true;
  }

  /** Anything else in the model changed (formats, names, settings, …). */
  touched(): void {
    this.modified = true;
  }
}
