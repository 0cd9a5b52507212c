import type { CellRef } from '../grid/a1';
import type { Grid } from '../grid/grid';
import type { FindingCode, Severity } from '../model/finding';
import type { Profile } from '../profiles/types';
import type { EvaluatedTable } from '../evaluate/table';
import type { IndicatorEval } from '../evaluate/types';

export interface CheckContext {
  grid: Grid;
  profile: Profile;
  table: EvaluatedTable;
}

/** What a rule reports; the runner adds the code, severity, sheet and A1 address. */
export interface RuleFinding {
  cell: CellRef;
  message: string;
  expected?: string;
  actual?: string;
}

/** One rule per finding code, in the manner of an ESLint rule. */
export interface Rule {
  code: FindingCode;
  severity: Severity;
  description: string;
  /** Table-level findings (totals, weights, the funds block …). */
  check(ctx: CheckContext): RuleFinding[];
  /**
   * Findings of one indicator row, depending on nothing but that row: the
   * runner remembers them per (cached) row evaluation, so a live edit checks
   * only the rows it changed.
   */
  checkIndicator?(ind: IndicatorEval, ctx: CheckContext): RuleFinding[];
}
