import type { Grid } from '../../grid/grid';
import { ColumnRole, roleOf, isBareUnitHeader } from '../header-roles';
import { mergedFromAbove } from '../row-scan';
import { normalise } from '../../text/normalise';

export interface IndicatorHeader {
  /** Last row of the header band; data starts below it. */
  row: number;
  firstRow: number;
  roles: Map<ColumnRole, number>;
}

const CORE_ROLES: ColumnRole[] = ['level1', 'level2', 'level3', 'target', 'actual', 'weight', 'score'];

function rolesOfRow(grid: Grid, row: number): Map<number, ColumnRole> {
  const out = new Map<number, ColumnRole>();
  for (let c = 0; c < grid.colCount; c++) {
    const text = grid.seenText(row, c);
    // Header cells are short; a sentence that happens to contain 目标 or 实际 is data.
    if (!text || normalise(text).length > 20) continue;
    const role = isBareUnitHeader(text) ? 'unit' : roleOf(text);
    if (role) out.set(c, role);
  }
  return out;
}

function distinctCore(roles: Map<number, ColumnRole>): Set<ColumnRole> {
  return new Set([...roles.values()].filter((r) => CORE_ROLES.includes(r)));
}

/** First column of each role, reading left to right. */
function byRole(cols: Map<number, ColumnRole>): Map<ColumnRole, number> {
  const out = new Map<ColumnRole, number>();
  for (const [c, role] of [...cols.entries()].sort((a, b) => a[0] - b[0])) if (!out.has(role)) out.set(role, c);
  return out;
}

/**
 * Header rows of self-evaluation indicator tables: a row naming at least four
 * of 一级/二级/三级/年度指标值/实际完成值/分值/得分, among them a target and an
 * actual. A second header row below it (指标性质 | 指标值 | 度量单位 under a
 * merged 年度指标值) refines the roles of the columns it names.
 */
export function findIndicatorHeaders(grid: Grid): IndicatorHeader[] {
  const headers: IndicatorHeader[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    // A header row holds words only; skipping rows with figures keeps recognition linear and cheap.
    if (hasNumbers(grid, r)) continue;
    const roles = rolesOfRow(grid, r);
    const core = distinctCore(roles);
    if (core.size < 4 || !core.has('target') || !core.has('actual')) continue;
    let last = r;
    const below = rolesOfRow(grid, r + 1);
    const subOnly = [...below.entries()].filter(([c]) => !mergedFromAbove(grid, r + 1, c));
    if (subOnly.length >= 2 && !hasNumbers(grid, r + 1)) {
      for (const [c, role] of subOnly) roles.set(c, role);
      last = r + 1;
    }
    headers.push({ row: last, firstRow: r, roles: byRole(roles) });
    r = last;
  }
  return headers;
}

function hasNumbers(grid: Grid, row: number): boolean {
  for (let c = 0; c < grid.colCount; c++) if (typeof grid.value(row, c) === 'number') return true;
  return false;
}
