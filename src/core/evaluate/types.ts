import type { CellRef } from '../grid/a1';
import type { Decimal } from '../decimal';
import type { IndicatorBinding, IndicatorKind, SelfEvalBinding } from '../binding/types';
import type { Quantity } from '../values/types';
import type { Interval } from './interval';
import type { ReadCell } from './read';

export interface IndicatorEval {
  binding: IndicatorBinding;
  target: ReadCell | null;
  actual: ReadCell | null;
  weight: ReadCell | null;
  score: ReadCell | null;
  reason: ReadCell | null;
  kind: IndicatorKind;
  /** Target and actual in one unit, when the row is quantitative. */
  targetQ: Quantity | null;
  actualQ: Quantity | null;
  /** Profile score, rounded; null for qualitative rows or when inputs are missing. */
  computed: Decimal | null;
  /** Quantitative outcome: met, not met, or far exceeded (by more than the profile threshold). */
  outcome: 'met' | 'not-met' | 'far-exceeded' | null;
  /** Level stated in the actual cell (达成 / 部分达成 / 未达成), if any. */
  statedLevel: string | null;
  /** Reported vs profile score, computed once per evaluation (see comparisons.ts). */
  scoreComparison?: import('./comparisons').Comparison | null;
  /** Its leaf in the weight tree, built once per evaluation (see self-eval.ts). */
  leaf?: ScoreNode;
  /** Its cells that must hold numbers, built once per evaluation (see self-eval-table.ts). */
  numericCells?: import('./table').NumericCell[];
}

export interface ExecutionEval {
  budget: ReadCell | null;
  executed: ReadCell | null;
  weight: ReadCell | null;
  rate: ReadCell | null;
  score: ReadCell | null;
  reason: ReadCell | null;
  /** Recomputed 执行率 in percent (interval on the inputs' written precision); null when not computable. */
  rateExact: Interval | null;
  ratePoint: Decimal | null;
  /** Profile score from the recomputed rate. */
  computedScore: Decimal | null;
  weightValue: Decimal;
}

/** A node of the weight/score hierarchy: 总分 → 执行率 and sections → 二级 → indicators. */
export interface ScoreNode {
  label: string;
  /** Cell holding the declared weight: a 分值 cell, or the label cell when the weight is written in the label ("产出指标(50分)"). */
  weightCell: CellRef | null;
  declaredWeight: Decimal | null;
  scoreCell: CellRef | null;
  reportedScore: Decimal | null;
  reportedDecimals: number;
  children: ScoreNode[];
  /** Leaves: the profile score where one is computable (indicator or 执行率). */
  computedScore: Decimal | null;
  /** The score cell holds text that is not a number: sums over it are not checked (no silent zero). */
  unreadable?: boolean;
  /** Sums over the subtree, remembered for the one evaluation that built this node (see score-tree.ts). */
  memo?: { derived?: Decimal | null; weight?: Decimal; rescored?: Decimal };
}

export interface SelfEvalResult {
  binding: SelfEvalBinding;
  execution: ExecutionEval | null;
  indicators: IndicatorEval[];
  tree: ScoreNode;
  total: { cell: CellRef | null; reported: Decimal | null; reportedDecimals: number; computed: Decimal; rescored: Decimal; max: Decimal };
  grade: { cell: CellRef | null; reported: string | null; computed: string };
}
