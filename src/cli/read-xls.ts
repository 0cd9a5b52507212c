import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import { CellInput, CellValue, Grid } from '../core/grid/grid';
import type { RangeRef } from '../core/grid/a1';
import { formatNumber } from '../core/grid/format-number';
import type { Limits } from './limits';
import { ENCRYPTED_MESSAGE, WorkbookReadError } from './read-error';
import { checkCellCount, checkMergedCells, checkSheetArea } from './sheet-limits';

type SheetJS = typeof import('@e965/xlsx');

/** SheetJS is large: loaded on the first legacy workbook only. */
let sheetjs: SheetJS | null = null;
async function loadSheetJS(): Promise<SheetJS> {
  return (sheetjs ??= await import('@e965/xlsx'));
}

/** Excel serial day → ISO date, as ExcelJS converts date-formatted cells of an .xlsx (so both readers agree). */
function serialToIsoDate(serial: number, date1904: boolean): string {
  const days = date1904 ? serial + 1462 : serial;
  return new Date(Math.round((days - 25569) * 86_400_000)).toISOString().slice(0, 10);
}

function toInput(c: CellObject, X: SheetJS, date1904: boolean): CellInput {
  const fmt = typeof c.z === 'string' && c.z !== 'General' ? c.z : undefined;
  switch (c.t) {
    case 'n': {
      const v = c.v as number;
      if (fmt && X.SSF.is_date(fmt)) return { value: serialToIsoDate(v, date1904) };
      return { value: v, text: c.w ?? formatNumber(v, fmt), numberFormat: fmt };
    }
    case 's':
      return { value: String(c.v ?? '') };
    case 'b':
      return { value: Boolean(c.v) };
    case 'e':
      return { value: c.w ?? '#N/A' };
    case 'd':
      return { value: c.v instanceof Date ? c.v.toISOString().slice(0, 10) : String(c.v) };
    default:
      return { value: null };
  }
}

function toGrid(name: string, ws: WorkSheet, X: SheetJS, date1904: boolean, limits: Limits): Grid {
  const data = (ws['!data'] ?? []) as (CellObject | null | undefined)[][];
  let cols = 0;
  let cells = 0;
  for (const row of data) {
    if (!row) continue;
    cols = Math.max(cols, row.length);
    for (const c of row) if (c) cells++;
  }
  checkCellCount(name, cells, limits);
  checkSheetArea(name, data.length, cols, limits);
  // Dense mode still leaves holes for empty rows and cells: the grid needs every row.
  const rows: CellInput[][] = [];
  for (let r = 0; r < data.length; r++) {
    const row = data[r] ?? [];
    const out: CellInput[] = [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      out.push(cell ? toInput(cell, X, date1904) : { value: null as CellValue });
    }
    rows.push(out);
  }
  const merges: RangeRef[] = (ws['!merges'] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
  checkMergedCells(name, merges, limits);
  return new Grid(name, rows, merges);
}

/** A legacy BIFF (.xls) workbook as the core's grids: values, displayed texts, number formats, merged areas. */
export async function readXlsBuffer(buf: Buffer, limits: Limits): Promise<Grid[]> {
  const X = await loadSheetJS();
  let wb: WorkBook;
  try {
    wb = X.read(buf, { type: 'buffer', cellFormula: false, cellHTML: false, cellNF: true, cellText: true, cellDates: false, sheetStubs: false, dense: true });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/password/i.test(message)) throw new WorkbookReadError('encrypted', ENCRYPTED_MESSAGE);
    throw new WorkbookReadError('legacy-xls', `无法读取这个旧版 .xls 工作簿（${message}）；请在 Excel 中打开并另存为 .xlsx 后再检查`);
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const grids: Grid[] = [];
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    // Chart and macro sheets hold no cells (ExcelJS skips them in an .xlsx as well).
    if (!ws || (ws['!type'] && ws['!type'] !== 'sheet')) continue;
    grids.push(toGrid(name, ws, X, date1904, limits));
  }
  return grids;
}
