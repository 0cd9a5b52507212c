import type { Profile } from '../core/profiles/types';
import type { ReportFile } from '../core/report/json';
import { analyseWorkbook } from '../core/analyse';
import { reportTable } from '../core/report/json';
import { readWorkbookFile, WorkbookReadError } from './read-xlsx';

/** Reads and checks one workbook; a file that cannot be read becomes an error entry, never an exception. */
export async function checkFile(file: string, profile: Profile, label = file): Promise<ReportFile> {
  try {
    const grids = await readWorkbookFile(file);
    const tables = analyseWorkbook(grids, profile).map((t) => reportTable(t, profile.scoreDecimals));
    return { file: label, error: null, tables };
  } catch (e) {
    if (e instanceof WorkbookReadError) return { file: label, error: { code: e.code, message: e.message }, tables: [] };
    return { file: label, error: { code: 'internal', message: `检查时出错：${(e as Error).message}` }, tables: [] };
  }
}
