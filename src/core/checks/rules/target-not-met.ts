import type { Rule } from '../types';
import { quantityText } from '../../values';

export const targetNotMet: Rule = {
  code: 'target-not-met',
  severity: 'warning',
  description: '定量指标的实际完成值未达到年度指标值',
  check({ table }) {
    return table.indicators
      .filter((ind) => ind.outcome === 'not-met' && ind.actual && ind.targetQ && ind.actualQ)
      .map((ind) => ({
        cell: ind.actual!.cell,
        message: `「${ind.binding.name}」实际完成值${quantityText(ind.actualQ!)}未达到年度指标值${quantityText(ind.targetQ!)}`,
        expected: quantityText(ind.targetQ!),
        actual: quantityText(ind.actualQ!),
      }));
  },
};
