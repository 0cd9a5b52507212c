import type { Grid } from '../grid/grid';
import type { TableBinding, TemplateId } from '../binding/types';
import { recogniseSelfEval } from './self-eval/recognise';
import { recogniseBudgetTables } from './budget-table/recognise';
import { recogniseScoringTables } from './indicator-scoring/recognise';
import { recogniseBasicData } from './dept-basic-data/recognise';

/** A template: its stable id, its name as a person knows it, and how it is found on a sheet. */
export interface Template {
  id: TemplateId;
  name: string;
  recognise(grid: Grid): TableBinding[];
}

export { projectSelfEval } from './project-self-eval';
export { deptSelfEval } from './dept-self-eval';

/** All tables on a sheet, top to bottom. Self-evaluation forms are found together (the two kinds share one layout). */
export function recogniseSheet(grid: Grid): TableBinding[] {
  const selfEval = recogniseSelfEval(grid);
  const scoring = recogniseScoringTables(grid, selfEval.map((t) => t.range));
  const basic = recogniseBasicData(grid, [...selfEval, ...scoring].map((t) => t.range));
  const claimed = [...selfEval, ...scoring, ...basic].map((t) => t.range);
  const tables: TableBinding[] = [...selfEval, ...scoring, ...basic, ...recogniseBudgetTables(grid, claimed)];
  return tables.sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left);
}
