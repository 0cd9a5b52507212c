import type { PlannedWrite } from './live-model';
import type { OwnWrites } from './own-writes';
import type { CellUpdate } from './sheet-grid';
import { cellA1 } from './address';

/** Queues 填报 writes: the number format first (so a rate reads as a rate), then the value. */
export function queueWrites(context: Excel.RequestContext, writes: PlannedWrite[], own: OwnWrites | null): void {
  for (const w of writes) {
    const address = cellA1(w.cell);
    const range = context.workbook.worksheets.getItem(w.sheetId).getRange(address);
    if (w.numberFormat) range.numberFormat = [[w.numberFormat]];
    range.values = [[w.value]];
    own?.expect(w.sheetId, address, w.value);
  }
}

/**
 * Puts back what `writes` overwrote (the pane's undo of the add-in's last
 * write): the formula or value, then the format. Returns the same as grid updates.
 */
export function queueUndo(context: Excel.RequestContext, writes: PlannedWrite[], own: OwnWrites | null): Map<string, CellUpdate[]> {
  const updates = new Map<string, CellUpdate[]>();
  for (const w of writes) {
    const address = cellA1(w.cell);
    const range = context.workbook.worksheets.getItem(w.sheetId).getRange(address);
    const { value, formula, numberFormat } = w.before;
    if (formula) range.formulas = [[formula]];
    else if (typeof value === 'string') {
      // Written into a text-formatted cell, then the format put back: "96.89%" or "=x" stays the text it was.
      range.numberFormat = [['@']];
      range.values = [[value]];
    } else range.values = [[value ?? '']];
    range.numberFormat = [[numberFormat ?? 'General']];
    own?.expect(w.sheetId, address, value ?? '');
    const list = updates.get(w.sheetId) ?? [];
    list.push({ row: w.cell.row, col: w.cell.col, value, numberFormat: numberFormat ?? 'General', formula });
    updates.set(w.sheetId, list);
  }
  return updates;
}
