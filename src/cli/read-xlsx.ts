import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { Grid, CellInput, CellValue } from '../core/grid/grid';
import { parseRange } from '../core/grid/a1';
import { formatNumber } from '../core/grid/format-number';

/** Why a workbook could not be read; `code` is part of the JSON report. */
export class WorkbookReadError extends Error {
  constructor(
    readonly code: 'not-found' | 'not-xlsx' | 'encrypted' | 'legacy-xls' | 'corrupt' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** An OLE compound file is either a legacy .xls or an encrypted .xlsx (whose package sits in an EncryptionInfo stream). */
function classifyOle(buf: Buffer): WorkbookReadError {
  const utf16 = (s: string) => Buffer.from(s, 'utf16le');
  if (buf.includes(utf16('EncryptionInfo')) || buf.includes(utf16('EncryptedPackage'))) {
    return new WorkbookReadError('encrypted', '工作簿设有打开密码（已加密），无法读取；请去除密码后再检查');
  }
  return new WorkbookReadError('legacy-xls', '这是旧版 .xls 工作簿，目前只能读取 .xlsx；请在 Excel 中另存为 .xlsx');
}

export async function readWorkbookFile(path: string): Promise<Grid[]> {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(path);
  } catch (e) {
    throw new WorkbookReadError('not-found', `无法打开文件：${(e as Error).message}`);
  }
  return readWorkbookBuffer(buf);
}

export async function readWorkbookBuffer(buf: Buffer): Promise<Grid[]> {
  if (buf.subarray(0, 8).equals(OLE)) throw classifyOle(buf);
  if (!buf.subarray(0, 4).equals(ZIP)) throw new WorkbookReadError('not-xlsx', '不是 Excel 工作簿（.xlsx）文件');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookReadError('corrupt', `工作簿已损坏或格式不正确：${(e as Error).message}`);
  }
  return wb.worksheets.map(toGrid);
}

function cellValue(v: ExcelJS.CellValue): { value: CellValue; formula?: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10) };
  if (typeof v === 'object') {
    if ('richText' in v) return { value: v.richText.map((r) => r.text).join('') };
    if ('formula' in v || 'sharedFormula' in v) {
      const f = v as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;
      const result = cellValue((f.result ?? null) as ExcelJS.CellValue);
      return { value: result.value, formula: `=${'formula' in f ? f.formula : f.sharedFormula}` };
    }
    if ('error' in v) return { value: String(v.error) };
    if ('text' in v) return { value: String((v as { text: unknown }).text) };
  }
  return { value: String(v) };
}

/** One ExcelJS worksheet as the core's grid: values, display texts, number formats, merged areas. */
export function toGrid(ws: ExcelJS.Worksheet): Grid {
  const rows: CellInput[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: CellInput[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // ExcelJS lends a merged area's value to every cell in it; Excel (and the core) see it only in the anchor.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const { value, formula } = cellValue(cell.value);
      const numFmt = cell.numFmt || undefined;
      const text = typeof value === 'number' ? formatNumber(value, numFmt) : undefined;
      out[colNumber - 1] = { value, text, numberFormat: numFmt, formula };
    });
    rows[rowNumber - 1] = out;
  });
  for (let r = 0; r < rows.length; r++) {
    rows[r] = rows[r] ?? [];
    for (let c = 0; c < rows[r].length; c++) rows[r][c] = rows[r][c] ?? { value: null };
  }
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(parseRange);
  return new Grid(ws.name, rows, merges);
}
