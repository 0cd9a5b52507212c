import type { Rule, RuleFinding } from '../types';
import { Decimal } from '../../decimal';
import { quantityOf } from '../../evaluate/read';
import { walk } from '../../evaluate/score-tree';

export const scoreOutOfBand: Rule = {
  code: 'score-out-of-band',
  severity: 'error',
  description: '定性指标的得分不在其完成档次（达成 80–100%、部分达成 60–80%、未达成 0–60%）的分数区间内，或得分为负',
  checkIndicator(ind, { profile }) {
    if (ind.kind !== 'qualitative' || !ind.statedLevel || !ind.score) return [];
    const s = quantityOf(ind.score);
    const w = quantityOf(ind.weight);
    const band = profile.qualitativeBands.find((b) => b.level === ind.statedLevel);
    // A negative score is reported once, by check(), whatever its band.
    if (!s || !w || !band || w.value.lte(0) || s.value.isNegative()) return [];
    const lo = w.value.times(new Decimal(band.minPercent)).div(100);
    const hi = w.value.times(new Decimal(band.maxPercent)).div(100);
    const inside = s.value.gte(lo) && (band.maxInclusive ? s.value.lte(hi) : s.value.lt(hi));
    if (inside) return [];
    const range = `[${lo.toFixed()}, ${hi.toFixed()}${band.maxInclusive ? ']' : ')'}`;
    return [
      {
        cell: ind.score.cell,
        message: `「${ind.binding.name}」实际完成情况为“${band.level}”，得分应在${range}之间，填报为${s.value.toFixed()}`,
        expected: range,
        actual: s.value.toFixed(),
      },
    ];
  },
  check({ table }) {
    const out: RuleFinding[] = [];
    if (table.scoreTree) {
      walk(table.scoreTree, (n) => {
        if (n.scoreCell && n.reportedScore?.isNegative() && !n.reportedScore.isZero()) {
          out.push({ cell: n.scoreCell, message: `「${n.label}」得分${n.reportedScore.toFixed()}为负数`, expected: '≥0', actual: n.reportedScore.toFixed() });
        }
      });
    }
    return out;
  },
};
