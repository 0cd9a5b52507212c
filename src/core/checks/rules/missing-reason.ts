import type { Rule } from '../types';
import { Decimal } from '../../decimal';
import { quantityOf } from '../../evaluate/read';

export const missingReason: Rule = {
  code: 'missing-reason',
  severity: 'error',
  description: '偏差原因为空：得分低于分值、未达到或远超年度指标值时须说明原因',
  checkIndicator(ind, { profile }) {
    if (!ind.reason || ind.reason.parsed.kind !== 'empty') return [];
    const w = quantityOf(ind.weight);
    const s = quantityOf(ind.score);
    const why = ind.outcome === 'not-met' ? '未达到年度指标值'
      : ind.outcome === 'far-exceeded' ? `实际完成值超出年度指标值${profile.indicators.farExceededPercent}%以上`
      : w && s && s.value.lt(w.value) ? `得分${s.value.toFixed()}低于分值${w.value.toFixed()}`
      : null;
    return why ? [{ cell: ind.reason.cell, message: `「${ind.binding.name}」${why}，偏差原因分析及改进措施不能为空` }] : [];
  },
  check({ table, profile }) {
    const ex = table.execution;
    if (ex?.reason && ex.reason.parsed.kind === 'empty' && ex.ratePoint && ex.ratePoint.lt(new Decimal(profile.execution.reasonBelowPercent))) {
      return [{ cell: ex.reason.cell, message: `预算执行率${ex.ratePoint.toFixed(2)}%未达到${profile.execution.reasonBelowPercent}%，须说明原因` }];
    }
    return [];
  },
};
