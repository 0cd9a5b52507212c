import type { Grid } from '../grid/grid';
import type { BasicDataBinding, FigureBlockBinding } from '../binding/types';
import type { EvaluatedTable, Spending } from './table';
import type { Comparison } from './comparisons';
import { partComparisons, rateComparisons } from './budget-table';
import { readCell } from './read';

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
  return {
    template: 'dept-basic-data',
    sheet: b.sheet,
    range: b.range,
    unit: null,
    project: null,
    indicators: [],
    execution: null,
    scoreTree: null,
    comparisons: [
      ...blockRates(grid, b.people, '财政供养人员'),
      ...(b.funds ? partComparisons(grid, b.funds) : []),
      ...blockRates(grid, b.buildings, '楼堂馆所'),
    ],
    numericCells: [],
    spending,
    grade: null,
    total: null,
    selfEval: null,
  };
}
