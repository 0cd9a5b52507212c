import type { Grid } from '../grid/grid';
import type { BudgetTableBinding, RateColumnBinding } from '../binding/types';
import type { EvaluatedTable } from './table';
import type { Comparison } from './comparisons';
import type { Quantity } from '../values/types';
import { Decimal } from '../decimal';
import { readCell, quantityOf } from './read';
import { halfUnit, intervalOf, sumIntervals, verdict } from './interval';
import { asPercent, fmt } from './comparisons';
import { computeRate } from './rates';

function q(grid: Grid, row: number, col: number): Quantity | null {
  return quantityOf(readCell(grid, { row, col }));
}

/** Each parent against its direct children, column by column; 其中 parts may add up to less, never more. */
export function partComparisons(grid: Grid, b: BudgetTableBinding): Comparison[] {
  const out: Comparison[] = [];
  const label = (row: number) => b.rows.find((r) => r.row === row)?.label ?? '';
  for (const p of b.parts) {
    for (const col of b.columns.filter((c) => c.kind === 'amount')) {
      const parent = q(grid, p.parent, col.col);
      const kids = p.children.map((r) => q(grid, r, col.col)).filter((x): x is Quantity => !!x);
      if (!parent || kids.length === 0) continue;
      const exact = sumIntervals(kids.map(intervalOf));
      const sum = kids.reduce((s, k) => s.plus(k.value), new Decimal(0));
      const what = `${label(p.parent) || '合计'} ${col.header}`;
      if (p.complete) {
        out.push({ kind: 'total', cell: { row: p.parent, col: col.col }, what, reported: fmt(parent.value), expected: fmt(sum), verdict: verdict(parent, exact) });
      } else if (exact.lo.gt(parent.value.plus(parent.decimals > 0 ? halfUnit(parent.decimals) : 0))) {
        out.push({ kind: 'total', cell: { row: p.parent, col: col.col }, what: `${what}（其中项之和不应大于本项）`, reported: fmt(parent.value), expected: `≥${fmt(sum)}`, verdict: 'mismatch' });
      }
    }
  }
  return out;
}

/** Each rate cell against the rate recomputed from the cells its formula binds, row by row. */
export function rateComparisons(grid: Grid, rates: RateColumnBinding[], rows: { row: number; label: string }[]): Comparison[] {
  const out: Comparison[] = [];
  for (const rate of rates) {
    for (const r of rows) {
      const reported = q(grid, r.row, rate.col);
      const num = q(grid, r.row, rate.numeratorCol);
      const den = q(grid, r.row, rate.denominatorCol);
      if (!reported || !num || !den) continue;
      const v = computeRate(rate.formula, num, den);
      if (!v) continue;
      const p = asPercent(reported);
      out.push({ kind: 'rate', cell: { row: r.row, col: rate.col }, what: `${r.label} ${rate.formula}`, reported: `${fmt(p.value)}%`, expected: `${fmt(v.point, 2)}%`, verdict: verdict(p, v.exact) });
    }
  }
  return out;
}

export function evaluateBudgetTable(grid: Grid, b: BudgetTableBinding): EvaluatedTable {
  return {
    template: 'budget-table',
    sheet: b.sheet,
    range: b.range,
    unit: null,
    project: null,
    indicators: [],
    execution: null,
    scoreTree: null,
    comparisons: [...partComparisons(grid, b), ...rateComparisons(grid, b.rates, b.rows)],
    numericCells: [],
    spending: [],
    grade: null,
    total: null,
    selfEval: null,
  };
}
