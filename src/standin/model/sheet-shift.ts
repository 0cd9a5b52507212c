import { isSingleCell } from '../address';
import { type AxisChange, axisLimit, shiftIndex, shiftRect } from './axis-change';
import { type CellModel, cellHasContent, cellHasFormatting, createCell } from './cell';
import type { SheetModel } from './sheet';

/** Whether an insertion would push a nonblank cell off the end of the sheet (Excel refuses it). */
export function pushesCellsOffSheet(sheet: SheetModel, change: AxisChange): boolean {
  if (change.kind !== 'insert') return false;
  const firstLost = axisLimit(change) - change.count;
  let lost = false;
  sheet.forEachCell((cell, row, column) => {
    if (!lost && cellHasContent(cell) && (change.axis === 'rows' ? row : column) >= firstLost) lost = true;
  });
  return lost;
}

function formatsOf(from: CellModel): CellModel {
  return {
    ...createCell(),
    numberFormat: from.numberFormat,
    fill: from.fill,
    fontColor: from.fontColor,
    bold: from.bold,
    italic: from.italic,
    fontName: from.fontName,
    fontSize: from.fontSize,
    wrapText: from.wrapText,
    horizontalAlignment: from.horizontalAlignment,
    verticalAlignment: from.verticalAlignment,
    borders: JSON.parse(JSON.stringify(from.borders)) as CellModel['borders'],
  };
}

function shiftSizes(sizes: Map<number, number>, change: AxisChange): void {
  const entries = [...sizes];
  sizes.clear();
  for (const [index, size] of entries) {
    const to = shiftIndex(change, index);
    if (to !== null) sizes.set(to, size);
  }
}

/**
 * Inserted rows (columns) are formatted like the row above (the column to the left), Excel's default
 * "Format Same As Above": cell formats and the row height (column width); no values, hyperlinks or merges.
 */
function inheritFormats(sheet: SheetModel, change: AxisChange): void {
  const source = change.start - 1;
  if (source < 0) return;
  const rows = change.axis === 'rows';
  const sizes = rows ? sheet.rowHeights : sheet.columnWidths;
  const size = sizes.get(source);
  const formatted: Array<[number, CellModel]> = [];
  sheet.forEachCell((cell, row, column) => {
    if ((rows ? row : column) === source && cellHasFormatting(cell)) formatted.push([rows ? column : row, cell]);
  });
  for (let i = change.start; i < change.start + change.count; i++) {
    if (size !== undefined) sizes.set(i, size);
    for (const [other, cell] of formatted) {
      const copy = formatsOf(cell);
      if (cellHasFormatting(copy)) Object.assign(rows ? sheet.ensureCell(i, other) : sheet.ensureCell(other, i), copy);
    }
  }
}

/**
 * Moves what belongs to the sheet itself with its rows or columns: cells (with their formats and
 * hyperlinks), row heights or column widths, merged areas (grown by an insertion inside them, shrunk by a
 * deletion, dropped when one cell or nothing is left), notes and comments (deleted with their cell).
 */
export function shiftSheetContents(sheet: SheetModel, change: AxisChange): void {
  const rows = change.axis === 'rows';
  sheet.relocateCells((row, column) => {
    const to = shiftIndex(change, rows ? row : column);
    if (to === null) return null;
    return rows ? [to, column] : [row, to];
  });
  shiftSizes(rows ? sheet.rowHeights : sheet.columnWidths, change);
  sheet.merges = sheet.merges.flatMap((merge) => {
    const moved = shiftRect(change, merge);
    return moved && !isSingleCell(moved) ? [moved] : [];
  });
  const place = <T extends { row: number; column: number; deleted: boolean }>(items: T[]): T[] =>
    items.filter((item) => {
      const to = shiftIndex(change, rows ? item.row : item.column);
      if (to === null) item.deleted = true;
      else if (rows) item.row = to;
      else item.column = to;
      return to !== null;
    });
  sheet.notes = place(sheet.notes);
  sheet.comments = place(sheet.comments);
  if (change.kind === 'insert') inheritFormats(sheet, change);
}
