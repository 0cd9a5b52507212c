import type { CellRef, RangeRef } from '../grid/a1';
import type { TemplateId } from '../binding/types';
import type { Decimal } from '../decimal';
import type { Comparison } from './comparisons';
import type { ExecutionEval, IndicatorEval, ScoreNode, SelfEvalResult } from './types';
import type { ReadCell } from './read';

/** A cell that must hold a number: `required` ones must be filled; `strict` ones may hold no text at all. */
export interface NumericCell {
  read: ReadCell;
  what: string;
  required: boolean;
  /** strict: any text is unreadable. loose: only quantity-shaped text that fails to read is (a sentence makes the row qualitative). */
  strictness: 'strict' | 'loose';
}

/** Spending set against its budget (funds block, basic-data 经费 rows). */
export interface Spending {
  what: string;
  budget: ReadCell | null;
  spent: ReadCell;
}

/**
 * What every template's evaluation hands to the checks: the same shape for a
 * self-evaluation form, a scoring table or a budget table, so one rule module
 * per finding code serves all of them.
 */
export interface EvaluatedTable {
  template: TemplateId;
  sheet: string;
  range: RangeRef;
  /** Unit and project names for summaries. */
  unit: string | null;
  project: string | null;
  indicators: IndicatorEval[];
  execution: ExecutionEval | null;
  scoreTree: ScoreNode | null;
  comparisons: Comparison[];
  /** Cells that must hold numbers outside indicator rows (those are on each IndicatorEval). */
  numericCells: NumericCell[];
  spending: Spending[];
  grade: { cell: CellRef | null; reported: string | null; computed: string } | null;
  total: { cell: CellRef | null; reported: Decimal | null; reportedDecimals: number; computed: Decimal; rescored: Decimal; max: Decimal } | null;
  selfEval: SelfEvalResult | null;
}

/** A table that states only some of these things: the rest empty. */
export function evaluated(template: TemplateId, sheet: string, range: RangeRef, parts: Partial<EvaluatedTable>): EvaluatedTable {
  return {
    template,
    sheet,
    range,
    unit: null,
    project: null,
    indicators: [],
    execution: null,
    scoreTree: null,
    comparisons: [],
    numericCells: [],
    spending: [],
    grade: null,
    total: null,
    selfEval: null,
    ...parts,
  };
}
