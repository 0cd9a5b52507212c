import type { Grid } from '../../grid/grid';
import type { CellRef } from '../../grid/a1';
import type { IndicatorBinding } from '../../binding/types';
import type { ColumnRole } from '../header-roles';
import type { IndicatorHeader } from './headers';
import { normalise } from '../../text/normalise';
import { isFooterLabel, isGradeLabel, isTotalLabel } from '../row-scan';

export interface IndicatorRows {
  indicators: IndicatorBinding[];
  total: { row: number; labelCell: CellRef; weight: CellRef | null; score: CellRef | null } | null;
  grade: { labelCell: CellRef; cell: CellRef } | null;
  lastRow: number;
}

/** Label text at (row, col) and the cell a person reads it from (the merged area's anchor). */
function labelAt(grid: Grid, row: number, col: number): { text: string; cell: CellRef } | null {
  const a = grid.anchorOf(row, col);
  const text = grid.text(a.row, a.col);
  return text.trim() ? { text, cell: a } : null;
}

const MAX_BLANK_RUN = 8;

/**
 * Reads indicator rows below a header: carries 一级 / 二级 labels down
 * (merged or left blank), skips empty placeholder rows, and stops at the 总分
 * row, a footer (填表人 …), the next table's header or a long run of blank rows.
 */
export function readIndicatorRows(grid: Grid, header: IndicatorHeader, lastAllowed: number, nextHeaderRow: number): IndicatorRows {
  const col = (role: ColumnRole) => header.roles.get(role) ?? -1;
  const cell = (row: number, role: ColumnRole): CellRef | null => (col(role) >= 0 ? { row, col: col(role) } : null);
  const valueCols = (['target', 'actual', 'weight', 'score'] as ColumnRole[]).map(col).filter((c) => c >= 0);
  const firstValueCol = Math.min(...valueCols);
  const labelCols = [col('level1'), col('level2'), col('level3')].filter((c) => c >= 0);
  const leftEdge = Math.min(...labelCols, firstValueCol);

  const indicators: IndicatorBinding[] = [];
  let level1: { text: string; cell: CellRef } | null = null;
  let level2: { text: string; cell: CellRef } | null = null;
  let total: IndicatorRows['total'] = null;
  let grade: IndicatorRows['grade'] = null;
  let lastRow = header.row;
  let blankRun = 0;
  const end = Math.min(lastAllowed, nextHeaderRow - 1);

  for (let r = header.row + 1; r <= end; r++) {
    const firstText = firstTextOf(grid, r, 0, firstValueCol - 1);
    if (firstText && isFooterLabel(firstText.text)) break;
    const totalLabel = findTotalLabel(grid, r, 0, firstValueCol - 1);
    if (totalLabel) {
      total = { row: r, labelCell: totalLabel, weight: nonBlankCell(grid, r, col('weight')), score: nonBlankCell(grid, r, col('score')) };
      lastRow = r;
      grade = findGrade(grid, r, Math.min(end, r + 3));
      if (grade) lastRow = Math.max(lastRow, grade.cell.row);
      break;
    }
    const l1 = col('level1') >= 0 ? labelAt(grid, r, col('level1')) : null;
    if (l1 && (!level1 || l1.cell.row !== level1.cell.row || l1.cell.col !== level1.cell.col)) {
      level1 = l1;
      level2 = null;
    }
    const l2 = col('level2') >= 0 ? labelAt(grid, r, col('level2')) : null;
    if (l2 && (!level2 || l2.cell.row !== level2.cell.row || l2.cell.col !== level2.cell.col)) level2 = l2;

    const nameCell = cell(r, 'level3');
    const filled = [nameCell ? { row: r, col: nameCell.col } : null, ...valueCols.map((c) => ({ row: r, col: c }))]
      .filter((x): x is CellRef => !!x)
      .some((x) => !grid.isBlank(x.row, x.col) && !grid.inMergeNotAnchor(x.row, x.col));
    if (!filled) {
      if (grid.isRowBlank(r, leftEdge, grid.colCount - 1)) blankRun++;
      if (blankRun >= MAX_BLANK_RUN) break;
      continue;
    }
    blankRun = 0;
    lastRow = r;
    const name = nameCell ? normalise(grid.seenText(r, nameCell.col)) : '';
    indicators.push({
      row: r,
      level1: level1 ? normalise(level1.text) : '',
      level2: level2 ? normalise(level2.text) : '',
      name: name || (level2 ? normalise(level2.text) : ''),
      level1Cell: level1?.cell ?? null,
      level2Cell: level2?.cell ?? null,
      nameCell,
      target: cell(r, 'target'),
      actual: cell(r, 'actual'),
      weight: cell(r, 'weight'),
      score: cell(r, 'score'),
      reason: reasonCell(grid, r, col('reason')),
      comparator: cell(r, 'comparator'),
      unit: cell(r, 'unit'),
    });
  }
  return { indicators, total, grade, lastRow };
}

function firstTextOf(grid: Grid, row: number, from: number, to: number): { text: string; col: number } | null {
  for (let c = from; c <= to; c++) if (!grid.isBlank(row, c)) return { text: grid.text(row, c), col: c };
  return null;
}

function findTotalLabel(grid: Grid, row: number, from: number, to: number): CellRef | null {
  for (let c = from; c <= to; c++) {
    if (grid.isBlank(row, c)) continue;
    if (isTotalLabel(grid.text(row, c))) return { row, col: c };
  }
  return null;
}

function nonBlankCell(grid: Grid, row: number, col: number): CellRef | null {
  return col >= 0 ? { row, col } : null;
}

/** The reason cell, read through a merged area (one explanation may cover several rows). */
function reasonCell(grid: Grid, row: number, col: number): CellRef | null {
  return col >= 0 ? grid.anchorOf(row, col) : null;
}

/** A 等次 label within rows [from, to] and the first value to its right. */
export function findGrade(grid: Grid, from: number, to: number): { labelCell: CellRef; cell: CellRef } | null {
  for (let r = from; r <= to; r++) {
    for (let c = 0; c < grid.colCount; c++) {
      if (grid.isBlank(r, c) || !isGradeLabel(grid.text(r, c))) continue;
      const m = grid.mergeAt(r, c);
      for (let v = (m ? m.right : c) + 1; v < grid.colCount; v++) {
        if (!grid.isBlank(r, v)) return { labelCell: { row: r, col: c }, cell: { row: r, col: v } };
      }
      return { labelCell: { row: r, col: c }, cell: { row: r, col: (m ? m.right : c) + 1 } };
    }
  }
  return null;
}
