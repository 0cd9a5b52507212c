import type { Rule } from '../types';

export const rounding: Rule = {
  code: 'rounding',
  severity: 'info',
  description: '填报值与精确值仅差末位的四舍五入或截断',
  check({ table }) {
    return table.comparisons
      .filter((c) => c.verdict === 'rounding')
      .map((c) => ({
        cell: c.cell,
        message: `${c.what}填报为${c.reported}，精确值为${c.expected}，仅末位舍入不同`,
        expected: c.expected,
        actual: c.reported,
      }));
  },
};
