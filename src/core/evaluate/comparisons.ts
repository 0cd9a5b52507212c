import type { CellRef } from '../grid/a1';
import type { Quantity } from '../values/types';
import type { IndicatorEval, SelfEvalResult, ScoreNode } from './types';
import type { Grid } from '../grid/grid';
import { Decimal, round } from '../decimal';
import { Interval, intervalOf, point, sumIntervals, verdict, Verdict } from './interval';
import { quantityOf, readCell } from './read';
import { hasUnreadable, reportedOrDerived, walk } from './score-tree';

/** One reported figure set against what it should be; the checks turn mismatches into findings. */
export interface Comparison {
  kind: 'rate' | 'score' | 'total';
  cell: CellRef;
  /** What the figure is, for messages: "执行率", "总分", "产出指标 得分", "年度资金总额 全年执行数". */
  what: string;
  reported: string;
  expected: string;
  verdict: Verdict;
}

export function fmt(v: Decimal, dp?: number): string {
  return dp === undefined ? v.toFixed() : v.toFixed(dp);
}

/** A reported rate as a percent: "102.76%" and a 0.00%-formatted 1.0276 are both 102.76; a bare 0.9689 is read as a fraction. */
export function asPercent(q: Quantity): { value: Decimal; decimals: number } {
  if (q.unit === '%') return { value: q.value, decimals: q.decimals };
  if (q.value.abs().lte(2)) return { value: q.value.times(100), decimals: Math.max(0, q.decimals - 2) };
  return { value: q.value, decimals: q.decimals };
}

/** Scores follow the profile's rounding: a reported 9 against 9.69 is a mismatch, 9.7 is only rounding. */
export function scoreVerdict(reported: Quantity, computed: Decimal, dp: number): Verdict {
  if (round(reported.value, dp).eq(round(computed, dp))) return 'equal';
  if (reported.decimals >= 1 && reported.decimals < dp && round(computed, reported.decimals).eq(reported.value)) return 'rounding';
  return 'mismatch';
}

export function treeTotals(root: ScoreNode, out: Comparison[]): void {
  walk(root, (n) => {
    if (!n.reportedScore || !n.scoreCell || n.children.length === 0) return;
    if (n.children.some(hasUnreadable)) return; // the unreadable part is the finding (unparseable), not the sum
    const parts = n.children.map(reportedOrDerived).filter((v): v is Decimal => v !== null);
    if (parts.length === 0) return;
    // Scores are figures people decide: exact, no rounding slack on the parts.
    const exact = sumIntervals(parts.map(point));
    out.push({
      kind: 'total',
      cell: n.scoreCell,
      what: `${n.label} 得分`,
      reported: fmt(n.reportedScore),
      expected: fmt(exact.lo),
      verdict: verdict({ value: n.reportedScore, decimals: n.reportedDecimals, exact: true }, exact),
    });
  });
}

/** 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金, in each column where the parts carry figures. */
function fundsTotals(grid: Grid, r: SelfEvalResult, out: Comparison[]): void {
  const funds = r.binding.funds;
  if (!funds || funds.partRows.length === 0) return;
  for (const [key, label] of [['initialBudget', '年初预算数'], ['budget', '全年预算数'], ['executed', '全年执行数']] as const) {
    const col = funds.columns[key];
    if (col === undefined) continue;
    const total = quantityOf(readCell(grid, { row: funds.totalRow, col }));
    const parts = funds.partRows.map((row) => quantityOf(readCell(grid, { row, col }))).filter((q): q is Quantity => !!q);
    if (!total || parts.length === 0) continue;
    const exact: Interval = sumIntervals(parts.map((q) => intervalOf(q)));
    out.push({
      kind: 'total',
      cell: { row: funds.totalRow, col },
      what: `年度资金总额 ${label}`,
      reported: fmt(total.value),
      expected: fmt(parts.reduce((s, q) => s.plus(q.value), new Decimal(0))),
      verdict: verdict(total, exact),
    });
  }
}

/** An indicator's reported score against its profile score; kept on the (cached) evaluation, so live edits redo only edited rows. */
function indicatorScoreComparison(ind: IndicatorEval, dp: number): Comparison | null {
  if (ind.scoreComparison !== undefined) return ind.scoreComparison;
  const s = quantityOf(ind.score);
  const w = quantityOf(ind.weight);
  let c: Comparison | null = null;
  // Over its weight, score-over-weight is the root cause and no mismatch is reported.
  if (s && ind.computed && ind.score && !(w && s.value.gt(w.value))) {
    c = { kind: 'score', cell: ind.score.cell, what: `${ind.binding.name} 得分`, reported: fmt(s.value), expected: fmt(ind.computed, dp), verdict: scoreVerdict(s, ind.computed, dp) };
  }
  ind.scoreComparison = c;
  return c;
}

export function selfEvalComparisons(grid: Grid, r: SelfEvalResult, dp: number): Comparison[] {
  const out: Comparison[] = [];
  const ex = r.execution;
  const rate = quantityOf(ex?.rate ?? null);
  if (ex && rate && ex.rateExact && ex.rate) {
    const p = asPercent(rate);
    out.push({
      kind: 'rate',
      cell: ex.rate.cell,
      what: '执行率',
      reported: `${fmt(p.value)}%`,
      expected: `${fmt(ex.ratePoint ?? ex.rateExact.lo, 2)}%`,
      verdict: verdict(p, ex.rateExact),
    });
  }
  const exScore = quantityOf(ex?.score ?? null);
  if (ex && exScore && ex.computedScore && ex.score) {
    out.push({ kind: 'score', cell: ex.score.cell, what: '预算执行率 得分', reported: fmt(exScore.value), expected: fmt(ex.computedScore, dp), verdict: scoreVerdict(exScore, ex.computedScore, dp) });
  }
  for (const ind of r.indicators) {
    const c = indicatorScoreComparison(ind, dp);
    if (c) out.push(c);
  }
  treeTotals(r.tree, out);
  fundsTotals(grid, r, out);
  return out;
}
