import type { Rule, RuleFinding } from '../types';
import type { NumericCell } from '../../evaluate/table';

const unreadable = (cells: NumericCell[]): RuleFinding[] =>
  cells
    .filter((n) => n.read.parsed.kind === 'text' && (n.strictness === 'strict' || n.read.parsed.malformed))
    .map((n) => ({ cell: n.read.cell, message: `${n.what}“${n.read.text.trim()}”无法识别为数字`, actual: n.read.text.trim() }));

export const unparseable: Rule = {
  code: 'unparseable',
  severity: 'error',
  description: '应为数字的单元格无法读成数字',
  checkIndicator: (ind) => unreadable(ind.numericCells ?? []),
  check: ({ table }) => unreadable(table.numericCells),
};
