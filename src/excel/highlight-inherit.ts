import type { RangeRef } from '../core/grid/a1';
import type { AppliedMark, MarkOps } from './highlights';

/** Whole rows or columns inserted or deleted (a change event other than RangeEdited), in the order they happened. */
export interface StructureChange {
  sheetId: string;
  changeType: string;
  areas: RangeRef[];
}

type Fill = MarkOps['fills'][number];

interface Move {
  sheetId: string;
  rows: boolean;
  inserted: boolean;
  start: number;
  count: number;
}

const MOVES: Record<string, { rows: boolean; inserted: boolean }> = {
  RowInserted: { rows: true, inserted: true },
  RowDeleted: { rows: true, inserted: false },
  ColumnInserted: { rows: false, inserted: true },
  ColumnDeleted: { rows: false, inserted: false },
};

function movesOf(changes: StructureChange[]): Move[] {
  return changes.flatMap((ch) => {
    const kind = MOVES[ch.changeType];
    if (!kind) return [];
    return ch.areas.map((a) => {
      const [start, end] = kind.rows ? [a.top, a.bottom] : [a.left, a.right];
      return { sheetId: ch.sheetId, ...kind, start, count: end - start + 1 };
    });
  });
}

/** Where a cell is after `mv` (null: deleted). */
function follow(f: Fill, mv: Move): Fill | null {
  if (f.sheetId !== mv.sheetId) return f;
  const at = mv.rows ? f.row : f.col;
  if (at < mv.start) return f;
  if (!mv.inserted && at < mv.start + mv.count) return null;
  const to = mv.inserted ? at + mv.count : at - mv.count;
  return mv.rows ? { ...f, row: to } : { ...f, col: to };
}

/**
 * Excel formats inserted rows like the row above and inserted columns like the column to the left
 * ("Format Same As Above"), so rows inserted right below a marked cell get the mark's fill though
 * nothing is marked there, and clearing the marks would leave it. Returns the fills that give such
 * copies what the cell above had before it was marked. `applied`: the marks as they were before the
 * first of `changes`.
 */
export function fillsCopiedFromMarks(applied: Iterable<AppliedMark>, changes: StructureChange[]): Fill[] {
  // What a cell would show without the add-in: a mark's original fill; a copy already planned, its fix.
  let sources: Fill[] = [...applied].filter((m) => m.fill !== null).map((m) => ({ sheetId: m.sheetId, row: m.row, col: m.col, color: m.original.fill }));
  let fixes: Fill[] = [];
  for (const mv of movesOf(changes)) {
    sources = sources.flatMap((s) => follow(s, mv) ?? []);
    fixes = fixes.flatMap((f) => follow(f, mv) ?? []);
    if (!mv.inserted) continue;
    const copied: Fill[] = [];
    for (const s of [...sources, ...fixes]) {
      if (s.sheetId !== mv.sheetId || (mv.rows ? s.row : s.col) !== mv.start - 1) continue;
      for (let i = mv.start; i < mv.start + mv.count; i++) copied.push(mv.rows ? { ...s, row: i } : { ...s, col: i });
    }
    fixes.push(...copied);
  }
  return fixes;
}
