import type { Grid } from '../grid/grid';
import type { TableBinding } from '../binding/types';
import type { Profile } from '../profiles/types';
import type { EvaluatedTable } from './table';
import type { Facts } from '../facts/extract';
import { evaluateSelfEvalTable } from './self-eval-table';
import type { IndicatorCache } from './self-eval';
import { evaluateBudgetTable } from './budget-table';
import { evaluateScoringTable } from './scoring-table';
import { evaluateBasicData } from './basic-data';

/** Evaluates a bound table of any template into the shape the checks read. */
export function evaluateTable(grid: Grid, binding: TableBinding, profile: Profile, facts: Facts = new Map(), cache?: IndicatorCache): EvaluatedTable {
  switch (binding.template) {
    case 'project-self-eval':
    case 'dept-self-eval':
      return evaluateSelfEvalTable(grid, binding, profile, cache);
    case 'budget-table':
      return evaluateBudgetTable(grid, binding);
    case 'indicator-scoring':
      return evaluateScoringTable(grid, binding, profile, facts);
    case 'dept-basic-data':
      return evaluateBasicData(grid, binding);
  }
}
