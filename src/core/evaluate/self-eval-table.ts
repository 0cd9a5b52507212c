import type { Grid } from '../grid/grid';
import type { SelfEvalBinding } from '../binding/types';
import type { Profile } from '../profiles/types';
import type { EvaluatedTable, NumericCell } from './table';
import type { ReadCell } from './read';
import type { IndicatorEval } from './types';
import { evaluateSelfEval, IndicatorCache } from './self-eval';
import { selfEvalComparisons } from './comparisons';
import { readCell } from './read';
import { normalise } from '../text/normalise';

function numeric(out: NumericCell[], read: ReadCell | null, what: string, required: boolean, strictness: NumericCell['strictness'] = 'strict'): void {
  if (read) out.push({ read, what, required, strictness });
}

/** The numeric cells of one indicator row, kept on its (cached) evaluation. */
function indicatorNumericCells(ind: IndicatorEval): NumericCell[] {
  if (ind.numericCells) return ind.numericCells;
  const out: NumericCell[] = [];
  const name = ind.binding.name || `第${ind.binding.row + 1}行`;
  const hasWeight = !!ind.weight && ind.weight.parsed.kind !== 'empty';
  const hasScore = !!ind.score && ind.score.parsed.kind !== 'empty';
  const scored = hasWeight || hasScore;
  numeric(out, ind.weight, `${name} 分值`, hasScore);
  numeric(out, ind.score, `${name} 得分`, hasWeight);
  numeric(out, ind.target, `${name} 年度指标值`, false, 'loose');
  numeric(out, ind.actual, `${name} 实际完成值`, scored && !!ind.target && ind.target.parsed.kind !== 'empty', 'loose');
  ind.numericCells = out;
  return out;
}

export function evaluateSelfEvalTable(grid: Grid, binding: SelfEvalBinding, profile: Profile, cache?: IndicatorCache): EvaluatedTable {
  const r = evaluateSelfEval(grid, binding, profile, cache);
  const cells: NumericCell[] = [];
  const ex = r.execution;
  if (ex) {
    numeric(cells, ex.budget, '全年预算数', true);
    numeric(cells, ex.executed, '全年执行数', true);
    numeric(cells, ex.weight, '预算执行率 分值', false);
    numeric(cells, ex.rate, '执行率', false);
    numeric(cells, ex.score, '预算执行率 得分', !!ex.weight && ex.weight.parsed.kind !== 'empty');
  }
  // Indicator rows keep their own numeric cells (checked per row, see checks/rules/missing-value.ts).
  for (const ind of r.indicators) indicatorNumericCells(ind);
  if (binding.total) {
    numeric(cells, readCell(grid, binding.total.weight), '总分 分值', false);
    numeric(cells, readCell(grid, binding.total.score), '总分 得分', true);
  }
  const field = (label: string) => {
    const f = binding.fields.find((x) => x.label === label);
    return f?.valueCell ? normalise(grid.text(f.valueCell.row, f.valueCell.col)) || null : null;
  };
  return {
    template: binding.template,
    sheet: binding.sheet,
    range: binding.range,
    unit: field('单位名称') ?? field('实施单位'),
    project: field('项目名称'),
    indicators: r.indicators,
    execution: ex,
    scoreTree: r.tree,
    comparisons: selfEvalComparisons(grid, r, profile.scoreDecimals),
    numericCells: cells,
    spending: ex?.executed ? [{ what: '年度资金总额', budget: ex.budget, spent: ex.executed }] : [],
    grade: r.grade,
    total: r.total,
    selfEval: r,
  };
}
