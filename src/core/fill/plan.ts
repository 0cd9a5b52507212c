import type { Grid } from '../grid/grid';
import type { CellRef } from '../grid/a1';
import type { AnalysedTable } from '../analyse';
import type { BudgetTableBinding, TableBinding } from '../binding/types';
import type { Profile } from '../profiles/types';
import type { ScoreNode } from '../evaluate/types';
import { Decimal, ZERO } from '../decimal';
import { quantityOf, readCell } from '../evaluate/read';
import { gradeOf } from '../evaluate/grade';
import { computeRate } from '../evaluate/rates';

/** A value the add-in may write in 填报 mode: only ever into a computed cell. */
export interface CellWrite {
  cell: CellRef;
  value: number | string;
  numberFormat?: string;
  what: string;
}

const n = (d: Decimal, dp: number) => Number(d.toFixed(dp));

/** Score tree bottom-up: leaves take the profile score where one exists, parents the sum of their children. */
function fillTree(node: ScoreNode, out: CellWrite[], dp: number, isRoot = true): Decimal {
  if (node.children.length === 0) {
    const v = node.computedScore ?? node.reportedScore ?? ZERO;
    if (node.computedScore && node.scoreCell) out.push({ cell: node.scoreCell, value: n(node.computedScore, dp), what: `${node.label} 得分` });
    return v;
  }
  const total = node.children.reduce((s, c) => s.plus(fillTree(c, out, dp, false)), new Decimal(0));
  if (node.scoreCell && (node.reportedScore || isRoot)) out.push({ cell: node.scoreCell, value: n(total, dp), what: `${node.label} 得分` });
  return total;
}

function fillBudget(grid: Grid, b: BudgetTableBinding, out: CellWrite[]): void {
  const parentsOf = new Map<number, number[]>();
  for (const p of b.parts) if (p.complete) parentsOf.set(p.parent, [...(parentsOf.get(p.parent) ?? []), ...p.children]);
  for (const col of b.columns.filter((c) => c.kind === 'amount')) {
    const memo = new Map<number, Decimal | null>();
    const value = (row: number, depth = 0): Decimal | null => {
      if (memo.has(row)) return memo.get(row)!;
      const kids = parentsOf.get(row);
      let v: Decimal | null;
      if (kids && depth < 50) {
        const parts = kids.map((k) => value(k, depth + 1)).filter((x): x is Decimal => x !== null);
        v = parts.length ? parts.reduce((s, x) => s.plus(x), new Decimal(0)) : quantityOf(readCell(grid, { row, col: col.col }))?.value ?? null;
      } else v = quantityOf(readCell(grid, { row, col: col.col }))?.value ?? null;
      memo.set(row, v);
      return v;
    };
    for (const parent of parentsOf.keys()) {
      const v = value(parent);
      const kidsHaveFigures = parentsOf.get(parent)!.some((k) => value(k) !== null);
      if (v && kidsHaveFigures) out.push({ cell: { row: parent, col: col.col }, value: n(v, 2), what: `${b.rows.find((r) => r.row === parent)?.label ?? ''} ${col.header}` });
    }
  }
  for (const rate of b.rates) {
    for (const r of b.rows) {
      const num = quantityOf(readCell(grid, { row: r.row, col: rate.numeratorCol }));
      const den = quantityOf(readCell(grid, { row: r.row, col: rate.denominatorCol }));
      const v = num && den ? computeRate(rate.formula, num, den) : null;
      if (v) out.push({ cell: { row: r.row, col: rate.col }, value: n(v.point.div(100), 6), numberFormat: '0.00%', what: `${r.label} ${rate.formula}` });
    }
  }
}

/**
 * The writes of 填报 mode for one table: 执行率, computable scores, subtotals,
 * 总分, 等次 and rates — never a target, actual, weight, budget figure, reason
 * or a qualitative score, which are the clerk's.
 */
export function fillPlan(grid: Grid, t: AnalysedTable, profile: Profile): CellWrite[] {
  const out: CellWrite[] = [];
  const dp = profile.scoreDecimals;
  const e = t.evaluated;
  if (e.execution?.rate && e.execution.ratePoint) {
    out.push({ cell: e.execution.rate.cell, value: n(e.execution.ratePoint.div(100), 6), numberFormat: '0.00%', what: '执行率' });
  }
  if (e.scoreTree) {
    const total = fillTree(e.scoreTree, out, dp);
    if (e.grade?.cell) out.push({ cell: e.grade.cell, value: gradeOf(total, profile), what: '等次' });
  }
  const b = t.binding;
  if (b.template === 'budget-table') fillBudget(grid, b, out);
  if (b.template === 'dept-basic-data' && b.funds) fillBudget(grid, b.funds, out);
  // A cell is written once, the last computation winning (a total computed after its parts).
  const seen = new Map<number, CellWrite>();
  for (const w of out) seen.set(cellKey(w.cell), w);
  const inputs = inputCellSet(b);
  return [...seen.values()].filter((w) => !inputs.has(cellKey(w.cell)));
}

const cellKey = (c: CellRef) => c.row * 16384 + c.col;

/** inputCells as a set of row * 16384 + col keys, for checking many writes. */
export function inputCellSet(b: TableBinding): Set<number> {
  return new Set(inputCells(b).map(cellKey));
}

/** Every cell a binding reads from a person: the add-in never writes these. */
export function inputCells(b: TableBinding): CellRef[] {
  const out: (CellRef | null | undefined)[] = [];
  switch (b.template) {
    case 'project-self-eval':
    case 'dept-self-eval':
      for (const f of b.fields) out.push(f.valueCell);
      if (b.funds) for (const k of ['initialBudget', 'budget', 'executed', 'weight', 'reason'] as const) {
        const col = b.funds.columns[k];
        if (col !== undefined) for (const row of [b.funds.totalRow, ...b.funds.partRows]) out.push({ row, col });
      }
      for (const i of b.indicators) out.push(i.target, i.actual, i.weight, i.reason, i.comparator, i.unit, i.nameCell);
      if (b.total) out.push(b.total.weight);
      break;
    case 'indicator-scoring':
      for (const nd of b.nodes) out.push(nd.weightCell, nd.labelCell);
      if (b.total) out.push(b.total.weight);
      break;
    case 'budget-table': {
      const parents = new Set(b.parts.filter((p) => p.complete).map((p) => p.parent));
      for (const r of b.rows) for (const c of b.columns) if (c.kind === 'amount' && !parents.has(r.row)) out.push({ row: r.row, col: c.col });
      break;
    }
    case 'dept-basic-data': {
      const f = b.funds;
      if (f) {
        const parents = new Set(f.parts.filter((p) => p.complete).map((p) => p.parent));
        for (const r of f.rows) for (const c of f.columns) if (c.kind === 'amount' && !parents.has(r.row)) out.push({ row: r.row, col: c.col });
      }
      for (const block of [b.people, b.buildings]) if (block) for (const row of block.valueRows) for (const c of block.columns) if (!/率/.test(c.header)) out.push({ row, col: c.col });
      if (b.list) for (const r of b.list.rows) if (!/率/.test(r.label)) out.push({ row: r.row, col: b.list.valueCol });
      break;
    }
  }
  return out.filter((c): c is CellRef => !!c);
}

/** True when the add-in may write the cell: it is not one of the binding's inputs. */
export function isComputedCell(b: TableBinding, cell: CellRef): boolean {
  return !inputCellSet(b).has(cellKey(cell));
}
