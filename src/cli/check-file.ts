import type { Profile } from '../core/profiles/types';
import type { ReportFile } from '../core/report/json';
import type { Grid } from '../core/grid/grid';
import { analyseWorkbook } from '../core/analyse';
import { reportTable } from '../core/report/json';
import { detectProfile } from '../core/profiles';
import { readWorkbookFile, WorkbookReadError } from './read-xlsx';

/** Short texts of a workbook, for profile detection. */
function* texts(grids: Grid[]): Iterable<string> {
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
export async function checkFile(file: string, requested: Profile | 'auto', label = file): Promise<ReportFile> {
  try {
    const grids = await readWorkbookFile(file);
    const profile = requested === 'auto' ? detectProfile(texts(grids)) : requested;
    const tables = analyseWorkbook(grids, profile).map((t) => reportTable(t, profile.scoreDecimals));
    return { file: label, profile: profile.id, error: null, tables };
  } catch (e) {
    if (e instanceof WorkbookReadError) return { file: label, error: { code: e.code, message: e.message }, tables: [] };
    return { file: label, error: { code: 'internal', message: `检查时出错：${(e as Error).message}` }, tables: [] };
  }
}
