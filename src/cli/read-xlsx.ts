import * as fs from 'fs';
import type * as ExcelJS from 'exceljs';
import { Grid, CellInput, CellValue } from '../core/grid/grid';
import { parseRange } from '../core/grid/a1';
import { formatNumber } from '../core/grid/format-number';
import { DEFAULT_LIMITS, formatBytes, Limits } from './limits';
import { ENCRYPTED_MESSAGE, WorkbookReadError } from './read-error';
import { checkMergedCells, checkSheetArea } from './sheet-limits';
import { guardXlsxPackage } from './zip-guard';
import { readXlsBuffer } from './read-xls';
import { FastXlsxError } from './fast-xlsx/fast-xlsx-error';
import { readXlsxFast } from './fast-xlsx/read-fast-xlsx';

export { WorkbookReadError } from './read-error';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** An OLE compound file is either a legacy .xls or an encrypted .xlsx (whose package sits in an EncryptionInfo stream). */
function isEncryptedPackage(buf: Buffer): boolean {
  const utf16 = (s: string) => Buffer.from(s, 'utf16le');
  return buf.includes(utf16('EncryptionInfo')) || buf.includes(utf16('EncryptedPackage'));
}

/** The file's bytes, never more than the size limit (checked on the open file, so a growing file cannot slip past). */
function readBounded(file: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    throw new WorkbookReadError('not-found', `无法打开文件：${(e as Error).message}`);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new WorkbookReadError('not-xlsx', '不是普通文件，无法作为工作簿读取');
    const tooLarge = (size: string) => new WorkbookReadError('too-large', `文件大小${size}超过上限 ${formatBytes(maxBytes)}（--max-file-size），未读取`);
    if (stat.size > maxBytes) throw tooLarge(` ${formatBytes(stat.size)} `);
    const buf = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let n = 0;
    for (let got = -1; got !== 0 && n < buf.length; n += got) got = fs.readSync(fd, buf, n, buf.length - n, n);
    // The file grew after it was measured.
    if (n > maxBytes) throw tooLarge('');
    return buf.subarray(0, n);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw new WorkbookReadError('not-found', `无法读取文件：${(e as Error).message}`);
  } finally {
    fs.closeSync(fd);
  }
}

export async function readWorkbookFile(path: string, limits: Limits = DEFAULT_LIMITS): Promise<Grid[]> {
  return readWorkbookBuffer(readBounded(path, limits.maxFileBytes), limits);
}

/** An .xlsx / .xlsm package or a legacy .xls as the core's grids, within the limits. */
export async function readWorkbookBuffer(buf: Buffer, limits: Limits = DEFAULT_LIMITS): Promise<Grid[]> {
  if (buf.length > limits.maxFileBytes) {
    throw new WorkbookReadError('too-large', `文件大小 ${formatBytes(buf.length)} 超过上限 ${formatBytes(limits.maxFileBytes)}（--max-file-size），未读取`);
  }
  if (buf.subarray(0, 8).equals(OLE)) {
    if (isEncryptedPackage(buf)) throw new WorkbookReadError('encrypted', ENCRYPTED_MESSAGE);
    return readXlsBuffer(buf, limits);
  }
  if (!buf.subarray(0, 4).equals(ZIP)) throw new WorkbookReadError('not-xlsx', '不是 Excel 工作簿（.xlsx 或 .xls）文件');
  const inflatedSheets = guardXlsxPackage(buf, limits);
  try {
    return readXlsxFast(buf, limits, inflatedSheets);
  } catch (e) {
    // A limit the grids exceed holds whichever reader builds them; anything
    // else the fast reader cannot read exactly as ExcelJS would, ExcelJS reads.
    if (e instanceof WorkbookReadError && !(e instanceof FastXlsxError)) throw e;
  }
  return readXlsxWithExcelJs(buf, limits);
}

/**
 * An .xlsx package (already through guardXlsxPackage) through ExcelJS's full
 * object model: the reference for the fast reader, and its fallback. ExcelJS
 * is loaded on first use, so a thread that never needs it never pays for it.
 */
export async function readXlsxWithExcelJs(buf: Buffer, limits: Limits = DEFAULT_LIMITS): Promise<Grid[]> {
  const { Workbook } = await import('exceljs');
  const wb = new Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookReadError('corrupt', `工作簿已损坏或格式不正确：${(e as Error).message}`);
  }
  return wb.worksheets.map((ws) => toGrid(ws, limits));
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
export function toGrid(ws: ExcelJS.Worksheet, limits: Limits = DEFAULT_LIMITS): Grid {
  const rows: CellInput[][] = [];
  let cols = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: CellInput[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // ExcelJS lends a merged area's value to every cell in it; Excel (and the core) see it only in the anchor.
      if (cell.master !== cell) return;
      const { value, formula } = cellValue(cell.value);
      const numFmt = cell.numFmt || undefined;
      const text = typeof value === 'number' ? formatNumber(value, numFmt) : undefined;
      out[colNumber - 1] = { value, text, numberFormat: numFmt, formula };
    });
    rows[rowNumber - 1] = out;
    cols = Math.max(cols, out.length);
  });
  checkSheetArea(ws.name, rows.length, cols, limits);
  for (let r = 0; r < rows.length; r++) {
    rows[r] = rows[r] ?? [];
    for (let c = 0; c < rows[r].length; c++) rows[r][c] = rows[r][c] ?? { value: null };
  }
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(parseRange);
  checkMergedCells(ws.name, merges, limits);
  return new Grid(ws.name, rows, merges);
}
