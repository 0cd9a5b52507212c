import { MAX_COLUMNS, MAX_ROWS, type Rect } from '../address';

/**
 * Whole rows or whole columns inserted into or deleted from one sheet: `count` of them from index `start`
 * (0-based). Everything that points at cells of that sheet moves by the rules below, as in Excel.
 */
export interface AxisChange {
  axis: 'rows' | 'columns';
  kind: 'insert' | 'delete';
  start: number;
  count: number;
}

export function axisLimit(change: AxisChange): number {
  return change.axis === 'rows' ? MAX_ROWS : MAX_COLUMNS;
}

/** Where row / column `i` goes: down (right) by `count` at or after an insertion; null when deleted or pushed off the sheet. */
export function shiftIndex(change: AxisChange, i: number): number | null {
  const { start, count } = change;
  if (i < start) return i;
  if (change.kind === 'insert') return i + count < axisLimit(change) ? i + count : null;
  return i < start + count ? null : i - count;
}

/** Like shiftIndex, but a deleted index lands where the rows (columns) after the deletion now start. */
export function landingIndex(change: AxisChange, i: number): number {
  return shiftIndex(change, i) ?? (change.kind === 'delete' ? change.start : axisLimit(change) - 1);
}

/**
 * Where the span lo..hi goes. Insertion: a span at or after the insertion point moves, one the insertion
 * falls inside (lo < start <= hi) grows, one above stays; the end is clamped to the sheet. Deletion: the
 * deleted part is cut out, the rest closes up; null when every index is deleted. A span covering the
 * whole axis ("A:A" for rows) never changes.
 */
export function shiftSpan(change: AxisChange, lo: number, hi: number): [number, number] | null {
  const limit = axisLimit(change);
  if (lo === 0 && hi === limit - 1) return [lo, hi];
  const { start, count } = change;
  if (hi < start) return [lo, hi];
  if (change.kind === 'insert') {
    if (lo >= start) return lo + count < limit ? [lo + count, Math.min(hi + count, limit - 1)] : null;
    return [lo, Math.min(hi + count, limit - 1)];
  }
  const end = start + count - 1;
  if (lo > end) return [lo - count, hi - count];
  const newLo = lo < start ? lo : start;
  const newHi = hi > end ? hi - count : start - 1;
  return newHi >= newLo ? [newLo, newHi] : null;
}

/** shiftSpan applied to the rectangle's rows or columns. */
export function shiftRect(change: AxisChange, rect: Rect): Rect | null {
  if (change.axis === 'rows') {
    const span = shiftSpan(change, rect.top, rect.bottom);
    return span ? { ...rect, top: span[0], bottom: span[1] } : null;
  }
  const span = shiftSpan(change, rect.left, rect.right);
  return span ? { ...rect, left: span[0], right: span[1] } : null;
}

/** The rows or columns the change covers, as a rectangle on the sheet (the event's address). */
export function changedRect(change: AxisChange): Rect {
  const last = change.start + change.count - 1;
  return change.axis === 'rows'
    ? { top: change.start, left: 0, bottom: last, right: MAX_COLUMNS - 1 }
    : { top: 0, left: change.start, bottom: MAX_ROWS - 1, right: last };
}
