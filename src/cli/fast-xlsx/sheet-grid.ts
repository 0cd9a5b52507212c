import type { CellInput } from '../../core/grid/grid';
import { Grid } from '../../core/grid/grid';
import type { Limits } from '../limits';
import { checkMergedCells, checkSheetArea } from '../sheet-limits';
import { STYLED_EMPTY } from './cell-value';
import type { SheetCells } from './sheet-part';

/** A cell ExcelJS makes part of a merged area other than its anchor: it has no value of its own, but its row counts as used. */
const MERGED: CellInput = Object.freeze({ value: null });

/**
 * The grid toGrid() in read-xlsx.ts builds from the same sheet loaded by
 * ExcelJS: rows up to the last one holding a value or a merged cell, each as
 * long as its last value, merged cells other than anchors empty; the same
 * limits checked in the same order.
 */
export function sheetGrid(name: string, sheet: SheetCells, limits: Limits): Grid {
  const { rows, merges } = sheet;
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const row = (rows[r] ??= []);
      for (let c = m.left; c <= m.right; c++) if (r > m.top || c > m.left) row[c] = MERGED;
    }
  }
  const out: CellInput[][] = [];
  let cols = 0;
  rows.forEach((row, r) => {
    if (!row.some((cell) => cell !== STYLED_EMPTY)) return;
    const cells: CellInput[] = [];
    row.forEach((cell, c) => {
      if (cell !== MERGED && cell !== STYLED_EMPTY) cells[c] = cell;
    });
    out[r] = cells;
    cols = Math.max(cols, cells.length);
  });
  checkSheetArea(name, out.length, cols, limits);
  for (let r = 0; r < out.length; r++) {
    const row = (out[r] ??= []);
    for (let c = 0; c < row.length; c++) row[c] ??= { value: null };
  }
  checkMergedCells(name, merges, limits);
  return new Grid(name, out, merges);
}
