import type { Grid } from '../grid/grid';
import type { BudgetTableBinding, RateColumnBinding } from '../binding/types';
import { evaluated } from './table';
import type { EvaluatedTable, NumericCell, Spending } from './table';
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
      // An unreadable part is its own finding (unparseable); summing around it would invent a second one.
      if (p.children.some((r) => readCell(grid, { row: r, col: col.col })?.parsed.kind === 'text')) continue;
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

/** Amount cells: text where a figure belongs is unreadable (a sentence such as "详见说明" is left alone). */
export function amountCells(grid: Grid, b: BudgetTableBinding): NumericCell[] {
  const out: NumericCell[] = [];
  for (const r of b.rows) {
    for (const c of b.columns.filter((x) => x.kind === 'amount')) {
      const read = readCell(grid, { row: r.row, col: c.col });
      if (read && read.parsed.kind === 'text') out.push({ read, what: `${r.label} ${c.header}`, required: false, strictness: 'loose' });
    }
  }
  return out;
}

const PRIOR_PERIOD = /上年|上期|去年|上一年/;

/**
 * Spending against its budget, row by row, in tables of spending (not income):
 * the adjusted budget where the table has one, else the budget.
 */
export function budgetSpending(grid: Grid, b: BudgetTableBinding): Spending[] {
  const amount = b.columns.filter((c) => c.kind === 'amount');
  if (amount.some((c) => /收入/.test(c.header)) || b.rows.filter((r) => /收入/.test(r.label)).length > b.rows.length / 3) return [];
  const budgets = amount.filter((c) => /预算/.test(c.header) && !/增|减|比|差/.test(c.header));
  // This year's figures pair up: last year's 决算 (上年决算数) is not spent from this year's budget.
  const current = budgets.filter((c) => !PRIOR_PERIOD.test(c.header));
  const budget = current.find((c) => /调整/.test(c.header)) ?? current[0] ?? budgets.find((c) => /调整/.test(c.header)) ?? budgets[0];
  const spending = amount.filter((c) => /决算|实际支出|执行数|支出数|实际支付|本年支付/.test(c.header) && !/预算|增|减|比|差/.test(c.header));
  const spent = spending.find((c) => !PRIOR_PERIOD.test(c.header)) ?? (budget && PRIOR_PERIOD.test(budget.header) ? spending[0] : undefined);
  if (!budget || !spent) return [];
  const out: Spending[] = [];
  for (const r of b.rows) {
    const s = readCell(grid, { row: r.row, col: spent.col });
    if (s && s.parsed.kind === 'quantity') out.push({ what: r.label, budget: readCell(grid, { row: r.row, col: budget.col }), spent: s });
  }
  return out;
}

export function evaluateBudgetTable(grid: Grid, b: BudgetTableBinding): EvaluatedTable {
  return evaluated('budget-table', b.sheet, b.range, {
    comparisons: [...partComparisons(grid, b), ...rateComparisons(grid, b.rates, b.rows)],
    numericCells: amountCells(grid, b),
    spending: budgetSpending(grid, b),
  });
}
