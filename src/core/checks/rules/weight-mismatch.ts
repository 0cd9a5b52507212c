import type { Rule, RuleFinding } from '../types';
import { sum } from '../../decimal';
import { computedWeight, declaredOrComputedWeight, walk } from '../../evaluate/score-tree';

/**
 * A declared weight is flagged when it equals neither the sum of its direct
 * children's declared weights nor the sum of their computed weights, so one
 * wrong declaration yields one finding (DOMAIN.md section 4).
 */
export const weightMismatch: Rule = {
  code: 'weight-mismatch',
  severity: 'error',
  description: '下级指标的分值之和不等于上级指标的分值（或各部分之和不等于100）',
  check({ table }) {
    const out: RuleFinding[] = [];
    if (!table.scoreTree) return out;
    walk(table.scoreTree, (n) => {
      if (!n.declaredWeight || !n.weightCell || n.children.length === 0) return;
      const computed = sum(n.children.map(computedWeight));
      if (computed.isZero()) return; // children carry no weights: nothing to add up
      const declared = sum(n.children.map(declaredOrComputedWeight));
      if (n.declaredWeight.eq(computed) || n.declaredWeight.eq(declared)) return;
      out.push({
        cell: n.weightCell,
        message: `「${n.label}」分值为${n.declaredWeight.toFixed()}，其下级指标分值合计为${computed.toFixed()}`,
        expected: computed.toFixed(),
        actual: n.declaredWeight.toFixed(),
      });
    });
    return out;
  },
};
