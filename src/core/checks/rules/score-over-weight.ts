import type { Rule, RuleFinding } from '../types';
import { walk } from '../../evaluate/score-tree';

export const scoreOverWeight: Rule = {
  code: 'score-over-weight',
  severity: 'error',
  description: '得分高于分值',
  check({ table }) {
    const out: RuleFinding[] = [];
    if (!table.scoreTree) return out;
    walk(table.scoreTree, (n) => {
      if (n.scoreCell && n.reportedScore && n.declaredWeight && n.reportedScore.gt(n.declaredWeight)) {
        out.push({
          cell: n.scoreCell,
          message: `「${n.label}」得分${n.reportedScore.toFixed()}高于分值${n.declaredWeight.toFixed()}`,
          expected: `≤${n.declaredWeight.toFixed()}`,
          actual: n.reportedScore.toFixed(),
        });
      }
    });
    return out;
  },
};
