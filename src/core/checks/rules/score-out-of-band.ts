import type { Rule, RuleFinding } from '../types';
import { Decimal } from '../../decimal';
import { quantityOf } from '../../evaluate/read';
import { walk } from '../../evaluate/score-tree';

export const scoreOutOfBand: Rule = {
  code: 'score-out-of-band',
  severity: 'error',
  description: '定性指标的得分不在其完成档次（达成 80–100%、部分达成 60–80%、未达成 0–60%）的分数区间内，或得分为负',
  check({ table, profile }) {
    const out: RuleFinding[] = [];
    const negative = new Set<string>();
    if (table.scoreTree) {
      walk(table.scoreTree, (n) => {
        if (n.scoreCell && n.reportedScore?.isNegative() && !n.reportedScore.isZero()) {
          negative.add(`${n.scoreCell.row}:${n.scoreCell.col}`);
          out.push({ cell: n.scoreCell, message: `「${n.label}」得分${n.reportedScore.toFixed()}为负数`, expected: '≥0', actual: n.reportedScore.toFixed() });
        }
      });
    }
    for (const ind of table.indicators) {
      if (ind.kind !== 'qualitative' || !ind.statedLevel || !ind.score) continue;
      if (negative.has(`${ind.score.cell.row}:${ind.score.cell.col}`)) continue;
      const s = quantityOf(ind.score);
      const w = quantityOf(ind.weight);
      const band = profile.qualitativeBands.find((b) => b.level === ind.statedLevel);
      if (!s || !w || !band || w.value.lte(0)) continue;
      const lo = w.value.times(new Decimal(band.minPercent)).div(100);
      const hi = w.value.times(new Decimal(band.maxPercent)).div(100);
      const inside = s.value.gte(lo) && (band.maxInclusive ? s.value.lte(hi) : s.value.lt(hi));
      if (!inside) {
        const range = `[${lo.toFixed()}, ${hi.toFixed()}${band.maxInclusive ? ']' : ')'}`;
        out.push({
          cell: ind.score.cell,
          message: `「${ind.binding.name}」实际完成情况为“${band.level}”，得分应在${range}之间，填报为${s.value.toFixed()}`,
          expected: range,
          actual: s.value.toFixed(),
        });
      }
    }
    return out;
  },
};
