import type { Rule } from '../types';
import { quantityText } from '../../values';

export const targetFarExceeded: Rule = {
  code: 'target-far-exceeded',
  severity: 'warning',
  description: '正向或等于型指标的实际完成值超出年度指标值过多（全国口径 30%），年初指标值可能设定偏低',
  check({ table, profile }) {
    return table.indicators
      .filter((ind) => ind.outcome === 'far-exceeded' && ind.actual && ind.targetQ && ind.actualQ)
      .map((ind) => {
        const pct = ind.actualQ!.value.minus(ind.targetQ!.value).div(ind.targetQ!.value).times(100);
        return {
          cell: ind.actual!.cell,
          message: `「${ind.binding.name}」实际完成值${quantityText(ind.actualQ!)}超出年度指标值${quantityText(ind.targetQ!)} ${pct.toFixed(2)}%（超过${profile.indicators.farExceededPercent}%），请说明年初指标值是否设定偏低`,
          expected: quantityText(ind.targetQ!),
          actual: quantityText(ind.actualQ!),
        };
      });
  },
};
