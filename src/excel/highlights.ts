import type { RangeRef } from '../core/grid/a1';
import type { Grid } from '../core/grid/grid';
import type { Finding, Severity } from '../core/model/finding';
import { parseA1, toA1 } from '../core/grid/a1';
import type { LiveModel } from './live-model';
import { cellKey } from './address';

/** Light fills by severity (Excel's "bad" red, "neutral" amber, a pale blue). */
export const SEVERITY_FILL: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };
const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Identifies the add-in's conditional formats in a formula, so they can be found again after reopening. */
export const CF_MARKER = 'ISTEXT("jixiao")';

/** "sheetId|cellKey" */
export type MarkKey = string;
export const markKey = (sheetId: string, row: number, col: number): MarkKey => `${sheetId}|${cellKey(row, col)}`;

/** What a cell should show: a fill (null when a native conditional format paints it) and a note. */
export interface MarkSpec {
  sheetId: string;
  row: number;
  col: number;
  fill: string | null;
  note: string;
}

/** The cell as it was before the first mark: its fill (null: none) and whether a note of the user's sits there. */
export interface Original {
  fill: string | null;
  note: boolean;
}

/** A mark the add-in has put on a cell, and what to put back. */
export interface AppliedMark {
  sheetId: string;
  row: number;
  col: number;
  /** Fill set by the add-in, null when it left the fill alone. */
  fill: string | null;
  /** Content of the add-in's note on the cell, null when it has none there. */
  note: string | null;
  original: Original;
  /** Hidden named range recording the mark in the workbook (it follows inserted rows). */
  anchor: string;
}

/**
 * An indicator rule Excel can evaluate itself: the 偏差原因 cell is empty while
 * 得分 < 分值. One conditional format per table (per layout of its columns),
 * from its first indicator row to its last: rows in between without figures
 * never satisfy it.
 */
export interface ConditionalRun {
  sheetId: string;
  range: RangeRef;
  scoreCol: number;
  weightCol: number;
}

export function conditionalRuns(model: LiveModel): ConditionalRun[] {
  const runs: ConditionalRun[] = [];
  for (const t of model.tables) {
    const b = t.binding;
    if (b.template !== 'project-self-eval' && b.template !== 'dept-self-eval') continue;
    const byLayout = new Map<string, ConditionalRun>();
    for (const i of b.indicators) {
      const { score, weight, reason } = i;
      if (!score || !weight || !reason || score.row !== i.row || weight.row !== i.row || reason.row !== i.row) continue;
      const layout = `${reason.col}:${score.col}:${weight.col}`;
      const run = byLayout.get(layout);
      if (run) {
        run.range.top = Math.min(run.range.top, i.row);
        run.range.bottom = Math.max(run.range.bottom, i.row);
      } else byLayout.set(layout, { sheetId: t.sheetId, range: { top: i.row, left: reason.col, bottom: i.row, right: reason.col }, scoreCol: score.col, weightCol: weight.col });
    }
    runs.push(...byLayout.values());
  }
  return runs;
}

/** The run's formula, relative to its first cell as Excel reads a conditional format's formula. */
export function conditionalFormula(run: ConditionalRun): string {
  const r = (col: number) => toA1(run.range.top, col);
  const reason = r(run.range.left);
  const score = r(run.scoreCol);
  const weight = r(run.weightCol);
  return `=AND(LEN(TRIM(${reason}))=0,ISNUMBER(${score}),ISNUMBER(${weight}),${score}<${weight},${CF_MARKER})`;
}

/** Whether the conditional format of `runs` paints (row, col) right now. */
function paintedByRule(grid: Grid, runs: ConditionalRun[], sheetId: string, row: number, col: number): boolean {
  const run = runs.find((r) => r.sheetId === sheetId && col === r.range.left && row >= r.range.top && row <= r.range.bottom);
  if (!run) return false;
  const s = grid.value(row, run.scoreCol);
  const w = grid.value(row, run.weightCol);
  return grid.text(row, col).trim() === '' && typeof s === 'number' && typeof w === 'number' && s < w;
}

/** Every finding as a mark on its cell: the worst severity's fill, all messages in the note. */
export function desiredMarks(model: LiveModel, runs: ConditionalRun[]): Map<MarkKey, MarkSpec> {
  const bySheet = new Map<string, Finding[]>();
  for (const f of model.findings()) {
    const list = bySheet.get(f.sheet);
    if (list) list.push(f);
    else bySheet.set(f.sheet, [f]);
  }
  const out = new Map<MarkKey, MarkSpec>();
  for (const [sheetName, findings] of bySheet) {
    const sheet = model.sheetByName(sheetName);
    if (!sheet) continue;
    const byCell = new Map<number, Finding[]>();
    for (const f of findings) {
      const c = parseA1(f.cell);
      const key = cellKey(c.row, c.col);
      const list = byCell.get(key);
      if (list) list.push(f);
      else byCell.set(key, [f]);
    }
    for (const list of byCell.values()) {
      const { row, col } = parseA1(list[0].cell);
      const sorted = [...list].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
      const worst = sorted[0].severity;
      const painted = worst === 'error' && paintedByRule(sheet.grid, runs, sheet.id, row, col);
      out.set(markKey(sheet.id, row, col), {
        sheetId: sheet.id,
        row,
        col,
        fill: painted ? null : SEVERITY_FILL[worst],
        note: ['绩效表格助手：', ...sorted.map((f) => `【${SEVERITY_LABEL[f.severity]}】${f.message}`)].join('\n'),
      });
    }
  }
  return out;
}

/** The Excel operations that take the sheet from `applied` to `desired`. */
export interface MarkOps {
  fills: { sheetId: string; row: number; col: number; color: string | null }[];
  notesAdd: { sheetId: string; row: number; col: number; text: string }[];
  notesUpdate: { sheetId: string; row: number; col: number; text: string }[];
  notesDelete: { sheetId: string; row: number; col: number }[];
  /** Marks to record (new) or re-record (what is applied changed) in their anchor names. */
  anchorsAdd: AppliedMark[];
  anchorsUpdate: AppliedMark[];
  anchorsDelete: string[];
}

export const emptyOps = (): MarkOps => ({ fills: [], notesAdd: [], notesUpdate: [], notesDelete: [], anchorsAdd: [], anchorsUpdate: [], anchorsDelete: [] });

export function opsCount(o: MarkOps): number {
  return o.fills.length + o.notesAdd.length + o.notesUpdate.length + o.notesDelete.length + o.anchorsAdd.length + o.anchorsUpdate.length + o.anchorsDelete.length;
}

/**
 * Diffs desired against applied marks. A new mark needs the cell's original
 * (fill, note): cells whose original is not known yet are returned in
 * `unknown` and left alone until it has been read.
 */
export function diffMarks(
  desired: Map<MarkKey, MarkSpec>,
  applied: Map<MarkKey, AppliedMark>,
  originalOf: (key: MarkKey) => Original | undefined,
  notes: boolean,
  nextAnchor: () => string,
): { ops: MarkOps; applied: Map<MarkKey, AppliedMark>; unknown: MarkKey[] } {
  const ops = emptyOps();
  const next = new Map(applied);
  const unknown: MarkKey[] = [];
  for (const [key, want] of desired) {
    const have = applied.get(key);
    if (!have) {
      const original = originalOf(key);
      if (!original) {
        unknown.push(key);
        continue;
      }
      const note = notes && !original.note ? want.note : null;
      if (want.fill) ops.fills.push({ sheetId: want.sheetId, row: want.row, col: want.col, color: want.fill });
      if (note) ops.notesAdd.push({ sheetId: want.sheetId, row: want.row, col: want.col, text: note });
      const mark: AppliedMark = { sheetId: want.sheetId, row: want.row, col: want.col, fill: want.fill, note, original, anchor: nextAnchor() };
      ops.anchorsAdd.push(mark);
      next.set(key, mark);
      continue;
    }
    let fill = have.fill;
    if (want.fill !== have.fill) {
      ops.fills.push({ sheetId: want.sheetId, row: want.row, col: want.col, color: want.fill ?? have.original.fill });
      fill = want.fill;
    }
    let note = have.note;
    if (notes && !have.original.note && want.note !== have.note) {
      if (have.note === null) ops.notesAdd.push({ sheetId: want.sheetId, row: want.row, col: want.col, text: want.note });
      else ops.notesUpdate.push({ sheetId: want.sheetId, row: want.row, col: want.col, text: want.note });
      note = want.note;
    }
    if (fill !== have.fill || note !== have.note) {
      const mark = { ...have, fill, note };
      next.set(key, mark);
      if (fill !== have.fill || (note === null) !== (have.note === null)) ops.anchorsUpdate.push(mark);
    }
  }
  for (const [key, have] of applied) {
    if (desired.has(key)) continue;
    ops.fills.push(...(have.fill ? [{ sheetId: have.sheetId, row: have.row, col: have.col, color: have.original.fill }] : []));
    if (have.note !== null) ops.notesDelete.push({ sheetId: have.sheetId, row: have.row, col: have.col });
    ops.anchorsDelete.push(have.anchor);
    next.delete(key);
  }
  return { ops, applied: next, unknown };
}

export type MarkDiff = ReturnType<typeof diffMarks>;

/** Everything needed to put every marked cell back as it was. */
export function clearOps(applied: Map<MarkKey, AppliedMark>): MarkOps {
  return diffMarks(new Map(), applied, () => undefined, true, () => '').ops;
}
