import type { Rule } from '../types';
import { quantityText } from '../../values';

export const targetFarExceeded: Rule = {
  code: 'target-far-exceeded',
  severity: 'warning',
  description: '正向或等于型指标的实际完成值超出年度指标值过多（全国口径 30%），年初指标值可能设定偏低',
  checkIndicator(ind, { profile }) {
    if (ind.outcome !== 'far-exceeded' || !ind.actual || !ind.targetQ || !ind.actualQ) return [];
    const pct = ind.actualQ.value.minus(ind.targetQ.value).div(ind.targetQ.value).times(100);
    const expected = quantityText(ind.targetQ);
    const actual = quantityText(ind.actualQ);
    return [
      {
        cell: ind.actual.cell,
        message: `「${ind.binding.name}」实际完成值${actual}超出年度指标值${expected} ${pct.toFixed(2)}%（超过${profile.indicators.farExceededPercent}%），请说明年初指标值是否设定偏低`,
        expected,
        actual,
      },
    ];
  },
  check: () => [],
};
