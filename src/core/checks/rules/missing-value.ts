import type { Rule, RuleFinding } from '../types';
import type { NumericCell } from '../../evaluate/table';

const missing = (cells: NumericCell[]): RuleFinding[] =>
  cells.filter((n) => n.required && n.read.parsed.kind === 'empty').map((n) => ({ cell: n.read.cell, message: `${n.what}为空，须填写` }));

export const missingValue: Rule = {
  code: 'missing-value',
  severity: 'error',
  description: '必填的输入为空（分值、全年预算数、全年执行数、有分值行的实际完成值等）',
  checkIndicator: (ind) => missing(ind.numericCells ?? []),
  check: ({ table }) => missing(table.numericCells),
};
