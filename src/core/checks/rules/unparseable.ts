import type { Rule } from '../types';

export const unparseable: Rule = {
  code: 'unparseable',
  severity: 'error',
  description: '应为数字的单元格无法读成数字',
  check({ table }) {
    return table.numericCells
      .filter((n) => n.read.parsed.kind === 'text' && (n.strictness === 'strict' || n.read.parsed.malformed))
      .map((n) => ({ cell: n.read.cell, message: `${n.what}“${n.read.text.trim()}”无法识别为数字`, actual: n.read.text.trim() }));
  },
};
