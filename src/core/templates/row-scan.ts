import type { Grid } from '../grid/grid';
import type { RangeRef } from '../grid/a1';
import { normalise } from '../text/normalise';

/** Small helpers for reading rows the way a person does. */

/** Normalised text seen at a cell (through merged areas). */
export function seen(grid: Grid, row: number, col: number): string {
  return normalise(grid.seenText(row, col));
}

/** True when the cell shows the text of a merged area anchored on an earlier row (a label carried over rows). */
export function mergedFromAbove(grid: Grid, row: number, col: number): boolean {
  const m = grid.mergeAt(row, col);
  return !!m && m.top < row;
}

export function firstNonBlankCol(grid: Grid, row: number, from = 0, to = grid.colCount - 1): number {
  for (let c = from; c <= to; c++) if (!grid.isBlank(row, c)) return c;
  return -1;
}

/** The next cell to the right of `col` with a value, skipping cells of the same merged area. */
export function valueRightOf(grid: Grid, row: number, col: number, limit = grid.colCount - 1): number {
  const m = grid.mergeAt(row, col);
  const start = m ? m.right + 1 : col + 1;
  for (let c = start; c <= limit; c++) if (!grid.isBlank(row, c)) return c;
  return -1;
}

const TOTAL_WORDS = /^(总分|合计|总计|总得分|综合得分|自评总分|自评得分合计|得分合计|分值合计|总得分情况|绩效自评综合得分)/;

export function isTotalLabel(text: string): boolean {
  return TOTAL_WORDS.test(normalise(text));
}

const FOOTER_WORDS = /^(填表人|填报人|单位负责人|负责人|说明[:：]|注[:：]|备注[:：]|联系电话|审核人|制表人|填报日期)/;

export function isFooterLabel(text: string): boolean {
  return FOOTER_WORDS.test(normalise(text));
}

const GRADE_WORDS = /(评价等次|自评等次|等次|评价等级|自评等级|评价结果|绩效等级)/;

export function isGradeLabel(text: string): boolean {
  const t = normalise(text);
  return t.length <= 12 && GRADE_WORDS.test(t);
}

/** The rows [top, bottom] and the columns anything is written in (merged areas counted whole). */
export function usedBox(grid: Grid, top: number, bottom: number): RangeRef {
  let left = grid.colCount;
  let right = -1;
  for (let r = top; r <= bottom; r++) {
    for (let c = 0; c < grid.colCount; c++) {
      if (grid.isBlank(r, c)) continue;
      const m = grid.mergeAt(r, c);
      left = Math.min(left, m ? m.left : c);
      right = Math.max(right, m ? m.right : c);
    }
  }
  return right < 0 ? { top, bottom, left: 0, right: 0 } : { top, bottom, left, right };
}
