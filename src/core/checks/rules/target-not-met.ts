import type { Rule } from '../types';
import { quantityText } from '../../values';

export const targetNotMet: Rule = {
  code: 'target-not-met',
  severity: 'warning',
  description: '定量指标的实际完成值未达到年度指标值',
  checkIndicator(ind) {
    if (ind.outcome !== 'not-met' || !ind.actual || !ind.targetQ || !ind.actualQ) return [];
    const expected = quantityText(ind.targetQ);
    const actual = quantityText(ind.actualQ);
    return [{ cell: ind.actual.cell, message: `「${ind.binding.name}」实际完成值${actual}未达到年度指标值${expected}`, expected, actual }];
  },
  check: () => [],
};
