import type { Grid } from './grid/grid';
import type { TableBinding } from './binding/types';
import type { Finding } from './model/finding';
import type { Profile } from './profiles/types';
import type { EvaluatedTable } from './evaluate/table';
import { recogniseSheet } from './templates';
import { evaluateTable } from './evaluate';
import { runChecks } from './checks';

export interface AnalysedTable {
  binding: TableBinding;
  evaluated: EvaluatedTable;
  findings: Finding[];
}

/** Evaluates and checks one bound table (used on every live edit: no recognition involved). */
export function analyseBound(grid: Grid, binding: TableBinding, profile: Profile): AnalysedTable {
  const evaluated = evaluateTable(grid, binding, profile);
  return { binding, evaluated, findings: runChecks({ grid, profile, table: evaluated }) };
}

export function analyseSheet(grid: Grid, profile: Profile): AnalysedTable[] {
  return recogniseSheet(grid).map((b) => analyseBound(grid, b, profile));
}

export function analyseWorkbook(sheets: Grid[], profile: Profile): AnalysedTable[] {
  return sheets.flatMap((g) => analyseSheet(g, profile));
}
