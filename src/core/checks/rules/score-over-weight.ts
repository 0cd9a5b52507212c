import type { Rule, RuleFinding } from '../types';
import type { ScoreNode } from '../../evaluate/types';

/** Post-order: a parent over its weight only because a child is over its own is not reported again (root cause only). */
function visit(n: ScoreNode, out: RuleFinding[]): boolean {
  let below = false;
  for (const c of n.children) below = visit(c, out) || below;
  const over = !!(n.scoreCell && n.reportedScore && n.declaredWeight && n.reportedScore.gt(n.declaredWeight));
  if (over && !below) {
    out.push({
      cell: n.scoreCell!,
      message: `「${n.label}」得分${n.reportedScore!.toFixed()}高于分值${n.declaredWeight!.toFixed()}`,
      expected: `≤${n.declaredWeight!.toFixed()}`,
      actual: n.reportedScore!.toFixed(),
    });
  }
  return over || below;
}

export const scoreOverWeight: Rule = {
  code: 'score-over-weight',
  severity: 'error',
  description: '得分高于分值',
  check({ table }) {
    const out: RuleFinding[] = [];
    if (table.scoreTree) visit(table.scoreTree, out);
    return out;
  },
};
