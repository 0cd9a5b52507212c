import type { Grid } from './grid/grid';
import type { TableBinding } from './binding/types';
import type { Finding } from './model/finding';
import type { Profile } from './profiles/types';
import type { EvaluatedTable } from './evaluate/table';
import type { Facts } from './facts/extract';
import { recogniseSheet } from './templates';
import { evaluateTable } from './evaluate';
import { runChecks } from './checks';
import { extractFacts } from './facts/extract';
import type { IndicatorCache } from './evaluate/self-eval';

export type { IndicatorCache };

export interface AnalysedTable {
  binding: TableBinding;
  evaluated: EvaluatedTable;
  findings: Finding[];
}

/**
 * Evaluates and checks one bound table: no recognition involved, so it is
 * what a live edit runs. `facts` are the workbook's figures other tables
 * state (regional rules score 三公经费控制率 from the 三公 table).
 */
export function analyseBound(grid: Grid, binding: TableBinding, profile: Profile, facts: Facts = new Map(), cache?: IndicatorCache): AnalysedTable {
  const evaluated = evaluateTable(grid, binding, profile, facts, cache);
  return { binding, evaluated, findings: runChecks({ grid, profile, table: evaluated }) };
}

export interface WorkbookBinding {
  tables: { grid: Grid; binding: TableBinding }[];
  facts: Facts;
}

/** Recognises every table of a workbook and the facts they state. */
export function bindWorkbook(sheets: Grid[]): WorkbookBinding {
  const tables = sheets.flatMap((grid) => recogniseSheet(grid).map((binding) => ({ grid, binding })));
  return { tables, facts: extractFacts(tables) };
}

export function analyseWorkbook(sheets: Grid[], profile: Profile): AnalysedTable[] {
  const wb = bindWorkbook(sheets);
  return wb.tables.map(({ grid, binding }) => analyseBound(grid, binding, profile, wb.facts));
}

export function analyseSheet(grid: Grid, profile: Profile): AnalysedTable[] {
  return analyseWorkbook([grid], profile);
}
