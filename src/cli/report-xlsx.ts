import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { freeSheetName, summarySheet } from '../core/summary/sheet-model';
import type { CheckedFile } from './checked-file';
import type { Column, RowValue } from './report-rows';
import { FILE_COLUMNS, FINDING_COLUMNS, fileRows, findingRows } from './report-rows';
import { cellValue, HEADER_FILL, writeSheetModel } from './write-sheet-model';

export const FILES_SHEET = '文件一览';
export const FINDINGS_SHEET = '问题清单';

/** Excel's rules for a sheet name: at most 31 characters, none of []:*?/\, no apostrophe at either end. */
export function safeSheetName(name: string): string {
  const s = name.replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '').slice(0, 31);
  return s || 'Sheet';
}

/** The summary sheet of each readable file: 汇总-<序号>, unique (null for an unreadable file). */
export function summarySheetNames(files: CheckedFile[]): (string | null)[] {
  const taken = [FILES_SHEET, FINDINGS_SHEET];
  return files.map((f, i) => {
    if (f.error) return null;
    const name = freeSheetName(taken, safeSheetName(`汇总-${i + 1}`));
    taken.push(name);
    return name;
  });
}

function writeList(ws: ExcelJS.Worksheet, columns: Column[], rows: RowValue[][]): void {
  ws.columns = columns.map((c) => ({ width: c.width }));
  const header = ws.addRow(columns.map((c) => c.header));
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
  header.commit();
  for (const values of rows) {
    const row = ws.addRow(values.map(cellValue));
    columns.forEach((c, i) => {
      if (c.numFmt && typeof values[i] === 'number') row.getCell(i + 1).numFmt = c.numFmt;
    });
    row.commit();
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

/**
 * The consolidated workbook: 文件一览 (every file and table), 问题清单 (every
 * finding with file, sheet and cell), then one summary sheet per readable
 * workbook. Streamed to a temporary file beside the target, then renamed, so
 * memory stays flat for thousands of files and a failed write leaves no
 * half-written report.
 */
export async function writeReportWorkbook(file: string, files: CheckedFile[]): Promise<void> {
  const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
  const names = summarySheetNames(files);
  const frozen: Partial<ExcelJS.AddWorksheetOptions> = { views: [{ state: 'frozen', ySplit: 1 }] };
  try {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: true });
    wb.creator = 'jixiao';
    const list = wb.addWorksheet(FILES_SHEET, frozen);
    writeList(list, FILE_COLUMNS, fileRows(files, names));
    list.commit();
    const findings = wb.addWorksheet(FINDINGS_SHEET, frozen);
    writeList(findings, FINDING_COLUMNS, findingRows(files));
    findings.commit();
    files.forEach((f, i) => {
      const name = names[i];
      if (!name) return;
      const ws = wb.addWorksheet(name);
      writeSheetModel(ws, summarySheet(f.tables, { name, source: f.file }));
      ws.commit();
    });
    await wb.commit();
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
