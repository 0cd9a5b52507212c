import type { RangeRef } from '../core/grid/a1';
import { rangeToA1 } from '../core/grid/a1';
import type { Limits } from './limits';
import { WorkbookReadError } from './read-error';

const count = (n: number) => n.toLocaleString('en-US');

/**
 * The core scans a sheet's used area row by row and column by column, so a
 * lone value in XFD1048576 costs as much as a full sheet: the area counts,
 * not only the cells that hold something.
 */
export function checkSheetArea(sheet: string, rows: number, cols: number, limits: Limits): void {
  const area = rows * cols;
  if (area > limits.maxCellsPerSheet) {
    const used = rangeToA1({ top: 0, left: 0, bottom: rows - 1, right: cols - 1 });
    throw new WorkbookReadError(
      'too-many-cells',
      `工作表「${sheet}」的已用区域 ${used} 共 ${count(area)} 个单元格，超过上限 ${count(limits.maxCellsPerSheet)}（--max-cells）；请删除区域外多余的内容，或调高上限`,
    );
  }
}

export function checkCellCount(sheet: string, cells: number, limits: Limits): void {
  if (cells > limits.maxCellsPerSheet) {
    throw new WorkbookReadError('too-many-cells', `工作表「${sheet}」有 ${count(cells)} 个单元格，超过上限 ${count(limits.maxCellsPerSheet)}（--max-cells）`);
  }
}

/**
 * The grid indexes every cell of every merged area (and ExcelJS creates a
 * cell for each), so their total size is bounded like the cells themselves.
 */
/** `sheet` may be a function: the name is looked up only when the limit is exceeded (it costs a parse). */
export function checkMergedCells(sheet: string | (() => string), merges: RangeRef[], limits: Limits): void {
  const covered = merges.reduce((s, m) => s + (m.bottom - m.top + 1) * (m.right - m.left + 1), 0);
  if (covered > limits.maxCellsPerSheet) {
    const name = typeof sheet === 'function' ? sheet() : sheet;
    throw new WorkbookReadError('too-many-cells', `工作表「${name}」的合并单元格共覆盖 ${count(covered)} 个单元格，超过上限 ${count(limits.maxCellsPerSheet)}（--max-cells）`);
  }
}
