import type { Grid } from '../grid/grid';
import type { BasicDataBinding, FigureBlockBinding } from '../binding/types';
import { evaluated } from './table';
import type { EvaluatedTable, Spending } from './table';
import type { Comparison } from './comparisons';
import { amountCells, partComparisons, rateComparisons } from './budget-table';
import { readCell, quantityOf } from './read';
import type { NumericCell } from './table';
import { computeRate } from './rates';
import { asPercent, fmt } from './comparisons';
import { verdict } from './interval';

function blockRates(grid: Grid, block: FigureBlockBinding | null, what: string): Comparison[] {
  if (!block) return [];
  return rateComparisons(grid, block.rates, block.valueRows.map((row) => ({ row, label: what })));
}

export function evaluateBasicData(grid: Grid, b: BasicDataBinding): EvaluatedTable {
  const spending: Spending[] = [];
  if (b.funds && b.spending) {
    for (const r of b.funds.rows) {
      const spent = readCell(grid, { row: r.row, col: b.spending.spentCol });
      if (!spent || spent.parsed.kind !== 'quantity') continue;
      spending.push({ what: r.label, budget: readCell(grid, { row: r.row, col: b.spending.budgetCol }), spent });
    }
  }
  const listComparisons: Comparison[] = [];
  const listCells: NumericCell[] = [];
  if (b.list) {
    const l = b.list;
    const at = (row: number) => quantityOf(readCell(grid, { row, col: l.valueCol }));
    for (const rate of l.rates) {
      const reported = at(rate.row);
      const num = at(rate.numeratorRow);
      const den = at(rate.denominatorRow);
      const v = reported && num && den ? computeRate(rate.formula, num, den) : null;
      if (!v || !reported) continue;
      const p = asPercent(reported);
      const label = l.rows.find((r) => r.row === rate.row)?.label ?? rate.formula;
      listComparisons.push({ kind: 'rate', cell: { row: rate.row, col: l.valueCol }, what: label, reported: `${fmt(p.value)}%`, expected: `${fmt(v.point, 2)}%`, verdict: verdict(p, v.exact) });
    }
    for (const pair of l.spending) {
      const spent = readCell(grid, { row: pair.spentRow, col: l.valueCol });
      if (spent?.parsed.kind === 'quantity') spending.push({ what: pair.label, budget: readCell(grid, { row: pair.budgetRow, col: l.valueCol }), spent });
    }
    for (const r of l.rows) {
      const read = readCell(grid, { row: r.row, col: l.valueCol });
      if (read && read.parsed.kind === 'text') listCells.push({ read, what: r.label, required: false, strictness: 'loose' });
    }
  }
  return evaluated('dept-basic-data', b.sheet, b.range, {
    comparisons: [
      ...blockRates(grid, b.people, '财政供养人员'),
      ...(b.funds ? partComparisons(grid, b.funds) : []),
      ...blockRates(grid, b.buildings, '楼堂馆所'),
      ...listComparisons,
    ],
    numericCells: [...(b.funds ? amountCells(grid, b.funds) : []), ...listCells],
    spending,
  });
}
