import { MAX_COLUMNS, MAX_ROWS, type Rect } from '../address';
import { richApiError, standinErrors } from '../errors';
import { type ReferenceScope, shiftFormulaReferences } from '../formula/reference-shift';
import type { BatchTransaction } from '../runtime/transaction';
import { type AxisChange, changedRect, landingIndex, shiftRect } from './axis-change';
import type { ConditionalRuleModel } from './conditional-format';
import type { RangeTarget } from './range-target';
import type { SheetModel } from './sheet';
import { pushesCellsOffSheet, shiftSheetContents } from './sheet-shift';
import type { WorkbookModel } from './workbook';

export type StructureEdit = 'insert' | 'delete';

const SHIFTS: Record<StructureEdit, readonly string[]> = { insert: ['Down', 'Right'], delete: ['Up', 'Left'] };

/**
 * The change Range.insert(shift) / Range.delete(shift) makes. Whole rows take Down / Up, whole columns
 * Right / Left; any other range is not emulated (Excel would shift part of the rows or columns).
 */
export function axisChangeFor(rect: Rect, edit: StructureEdit, shift: unknown, location: string): AxisChange {
  if (typeof shift !== 'string' || !SHIFTS[edit].includes(shift)) throw standinErrors.invalidArgument(location);
  const entireRows = rect.left === 0 && rect.right === MAX_COLUMNS - 1;
  const entireColumns = rect.top === 0 && rect.bottom === MAX_ROWS - 1;
  const vertical = shift === 'Down' || shift === 'Up';
  if (entireRows && vertical) return { axis: 'rows', kind: edit, start: rect.top, count: rect.bottom - rect.top + 1 };
  if (entireColumns && !vertical) return { axis: 'columns', kind: edit, start: rect.left, count: rect.right - rect.left + 1 };
  if (entireRows || entireColumns) throw standinErrors.invalidArgument(location);
  throw richApiError(
    'NotImplemented',
    location,
    `Stand-in: ${location} is emulated for whole rows and whole columns only ("5:7", getEntireRow(), "C:D", getEntireColumn()); inserting or deleting part of a row or column is not.`,
  );
}

function changeType(change: AxisChange): string {
  const what = change.axis === 'rows' ? 'Row' : 'Column';
  return `${what}${change.kind === 'insert' ? 'Inserted' : 'Deleted'}`;
}

/** References of formulas living on `home` (undefined: workbook names, whose references always name a sheet). */
function scopeFor(workbook: WorkbookModel, changed: SheetModel, change: AxisChange, home: SheetModel | undefined): ReferenceScope {
  return { change, onChangedSheet: (name) => (name === undefined ? home === changed : workbook.sheetByName(name) === changed) };
}

function shiftRule(rule: ConditionalRuleModel, scope: ReferenceScope): void {
  for (const key of ['formula', 'formula1', 'formula2'] as const) {
    const text = rule[key];
    if (text !== undefined && text.startsWith('=')) rule[key] = shiftFormulaReferences(text, scope);
  }
}

/**
 * Conditional formats of `owner`: the areas on the changed sheet move, grow or shrink like references
 * (a format left with no area is deleted); rule formulas are read relative to the format's first cell,
 * so relative references keep their offset from it and absolute ones follow their cells.
 */
function shiftConditionalFormats(workbook: WorkbookModel, owner: SheetModel, changed: SheetModel, change: AxisChange): void {
  for (const format of [...owner.conditionalFormats]) {
    const first = format.ranges[0];
    if (!first) continue;
    const from = change.axis === 'rows' ? first.top : first.left;
    const to = owner === changed ? landingIndex(change, from) : from;
    shiftRule(format.rule, { ...scopeFor(workbook, changed, change, owner), anchor: { from, to } });
    if (owner !== changed) continue;
    format.ranges = format.ranges.flatMap((area) => shiftRect(change, area) ?? []);
    if (format.ranges.length === 0) {
      format.deleted = true;
      owner.conditionalFormats = owner.conditionalFormats.filter((other) => other !== format);
    }
  }
}

/**
 * Inserts or deletes whole rows or columns of `sheet` as Excel does: the sheet's contents move (see
 * shiftSheetContents), formulas on every sheet, workbook names, conditional formats and chart sources
 * are adjusted (references to deleted cells become #REF!), everything recalculates and onChanged reports
 * RowInserted / RowDeleted / ColumnInserted / ColumnDeleted with the rows' or columns' address.
 */
export function applyAxisChange(workbook: WorkbookModel, sheet: SheetModel, change: AxisChange, tx: BatchTransaction, location: string): void {
  if (pushesCellsOffSheet(sheet, change)) {
    throw richApiError('NonBlankCellOffSheet', location, "Microsoft Excel can't insert new cells because it would push non-empty cells off the end of the worksheet.");
  }
  shiftSheetContents(sheet, change);
  for (const owner of workbook.sheets) {
    const scope = scopeFor(workbook, sheet, change, owner);
    owner.forEachCell((cell) => {
      if (cell.formula !== null) cell.formula = shiftFormulaReferences(cell.formula, scope);
    });
    shiftConditionalFormats(workbook, owner, sheet, change);
    for (const chart of owner.charts) {
      if (chart.sourceSheetId === sheet.id) chart.source = shiftRect(change, chart.source) ?? chart.source;
    }
  }
  const names = scopeFor(workbook, sheet, change, undefined);
  for (const item of workbook.names) item.formula = shiftFormulaReferences(item.formula, names);
  tx.structureChanged(sheet, changedRect(change), changeType(change));
}

/** Range.insert / Range.delete on `target`; returns the rectangle of the inserted (now blank) cells. */
export function insertOrDeleteRange(target: RangeTarget, edit: StructureEdit, shift: unknown, tx: BatchTransaction): Rect {
  const location = edit === 'insert' ? 'Range.insert' : 'Range.delete';
  const change = axisChangeFor(target.rect, edit, shift, location);
  applyAxisChange(tx.workbook, target.sheet, change, tx, location);
  return target.rect;
}
