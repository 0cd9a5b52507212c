import { usedBox } from '../row-scan';
import type { Grid } from '../../grid/grid';
import type { SelfEvalBinding } from '../../binding/types';
import { findIndicatorHeaders } from './headers';
import { readIndicatorRows } from './indicators';
import { findFunds } from './funds';
import { classify, findFields, findTitleRow } from './fields';

/**
 * Finds every self-evaluation form on a sheet, wherever it starts: an
 * indicator table, with the funds block, fields and title above it (up to
 * the previous form) and the 总分 / 等次 rows below it.
 */
export function recogniseSelfEval(grid: Grid): SelfEvalBinding[] {
  const headers = findIndicatorHeaders(grid);
  const out: SelfEvalBinding[] = [];
  let regionTop = 0;
  headers.forEach((header, i) => {
    const nextHeaderRow = i + 1 < headers.length ? headers[i + 1].firstRow : grid.rowCount;
    const rows = readIndicatorRows(grid, header, grid.rowCount - 1, nextHeaderRow);
    const above = header.firstRow - 1;
    const funds = findFunds(grid, regionTop, above);
    const fields = findFields(grid, regionTop, above);
    const titleRow = findTitleRow(grid, regionTop, above);
    const top = Math.min(
      ...[titleRow, ...fields.map((f) => f.labelCell.row), funds?.headerRow ?? -1, header.firstRow].filter((r) => r >= 0),
    );
    const grade = rows.grade;
    const bottom = Math.max(rows.lastRow, header.row);
    out.push({
      template: classify(grid, regionTop, above, fields),
      sheet: grid.name,
      range: usedBox(grid, top, bottom),
      fields,
      funds,
      indicatorHeaderRow: header.row,
      indicators: rows.indicators,
      total: rows.total,
      grade,
    });
    regionTop = bottom + 1;
  });
  return out;
}

