import type { Profile } from '../core/profiles/types';
import type { ReportFile } from '../core/report/json';
import type { Grid } from '../core/grid/grid';
import { analyseWorkbook } from '../core/analyse';
import { summariseTable } from '../core/summary/table-summary';
import { detectProfile } from '../core/profiles';
import { DEFAULT_LIMITS, Limits } from './limits';
import { readWorkbookFile, WorkbookReadError } from './read-xlsx';
import { CheckedFile, errorEntry, toReportFile } from './checked-file';

export type { CheckedFile } from './checked-file';
export { errorEntry, toReportFile, toReportTable } from './checked-file';

/** Short texts of a workbook, for profile detection. */
export function* workbookTexts(grids: Grid[]): Iterable<string> {
  for (const g of grids) {
    for (let r = 0; r < g.rowCount; r++) {
      for (let c = 0; c < g.colCount; c++) {
        const v = g.value(r, c);
        if (typeof v === 'string' && v.length <= 60) yield v.replace(/\s+/g, '');
      }
    }
  }
}

/** Reads and checks one workbook; a file that cannot be read becomes an error entry, never an exception. */
export async function checkWorkbook(file: string, requested: Profile | 'auto', label = file, limits: Limits = DEFAULT_LIMITS): Promise<CheckedFile> {
  try {
    const grids = await readWorkbookFile(file, limits);
    const profile = requested === 'auto' ? detectProfile(workbookTexts(grids)) : requested;
    const tables = analyseWorkbook(grids, profile).map((t) => summariseTable(t, profile.scoreDecimals));
    return { file: label, profile: profile.id, error: null, tables };
  } catch (e) {
    if (e instanceof WorkbookReadError) return errorEntry(label, e.code, e.message);
    return errorEntry(label, 'internal', `检查时出错：${(e as Error).message}`);
  }
}

export async function checkFile(file: string, requested: Profile | 'auto', label = file, limits: Limits = DEFAULT_LIMITS): Promise<ReportFile> {
  return toReportFile(await checkWorkbook(file, requested, label, limits));
}
