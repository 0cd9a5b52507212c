import type { Grid } from '../grid/grid';
import type { FundsBinding } from '../binding/types';
import type { Profile } from '../profiles/types';
import type { ExecutionEval } from './types';
import { Decimal, HUNDRED, round } from '../decimal';
import { readCell, quantityOf } from './read';
import { div, intervalOf, mid, scale } from './interval';

/** 执行率 = 全年执行数 / 全年预算数 (年初预算数 where the form has no 全年预算数), and its score. */
export function evaluateExecution(grid: Grid, funds: FundsBinding, profile: Profile): ExecutionEval {
  const at = (col: number | undefined) => (col === undefined ? null : readCell(grid, { row: funds.totalRow, col }));
  const budgetCol = funds.columns.budget ?? funds.columns.initialBudget;
  const budget = at(budgetCol);
  const executed = at(funds.columns.executed);
  const weight = at(funds.columns.weight);
  const b = quantityOf(budget);
  const e = quantityOf(executed);
  const w = quantityOf(weight);
  const weightValue = w ? w.value : new Decimal(profile.execution.weight);
  let rateExact = null;
  let ratePoint = null;
  let computedScore = null;
  if (b && e && b.value.gt(0)) {
    const q = div(intervalOf(e), intervalOf(b));
    rateExact = q ? scale(q, HUNDRED) : null;
    ratePoint = e.value.div(b.value).times(100);
    const ratio = ratePoint.div(100);
    const capped = profile.execution.capAtWeight ? Decimal.min(ratio, 1) : ratio;
    computedScore = round(capped.times(weightValue), profile.scoreDecimals);
  }
  return {
    budget,
    executed,
    weight,
    rate: at(funds.columns.rate),
    score: at(funds.columns.score),
    reason: at(funds.columns.reason),
    rateExact: rateExact ?? null,
    ratePoint: ratePoint ?? (rateExact ? mid(rateExact) : null),
    computedScore,
    weightValue,
  };
}
