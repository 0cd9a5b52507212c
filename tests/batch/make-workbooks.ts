/**
 * Workbooks for the batch tests: a clean form, a legacy .xls, and hostile
 * files (zip bombs honest and lying, too many cells, a far-away cell, a huge
 * merged area, an oversized sparse file, an encrypted-looking OLE file).
 */
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as XLSX from '@e965/xlsx';

type Row = (string | number | null)[];

/** A project self-evaluation form; with `mistake` its 产出 score (60) exceeds its weight (50). */
export function formRows(opts: { project?: string; unit?: string; mistake?: boolean } = {}): Row[] {
  const output = opts.mistake ? 60 : 50;
  return [
    ['2023年度项目支出绩效自评表'],
    ['项目名称', opts.project ?? '社区服务项目', null, '实施单位', opts.unit ?? '某街道办事处'],
    ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额', 100, 100, 100, 10, '100.00%', 10],
    ['年度总体目标', '预期目标', null, null, '实际完成情况'],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['产出指标', '数量指标', '培训次数', '≥4次', '4次', 50, output, null],
    ['效益指标', '社会效益', '服务覆盖率', '≥90%', '95%', 30, 30, null],
    ['满意度指标', '服务对象满意度', '群众满意度', '≥90%', '92%', 10, 10, null],
    ['总分', null, null, null, null, 100, 50 + output, null],
  ];
}

export async function writeForm(file: string, rows: Row[], sheet = '自评表'): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  rows.forEach((r) => ws.addRow(r));
  await wb.xlsx.writeFile(file);
}

/** The same workbook as a BIFF8 .xls, written by SheetJS. */
export function writeXls(fromXlsx: string, file: string): void {
  const wb = XLSX.read(fs.readFileSync(fromXlsx), { type: 'buffer', cellNF: true });
  fs.writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }));
}

async function rewrite(base: string, file: string, edit: (zip: JSZip) => Promise<void>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fs.readFileSync(base));
  await edit(zip);
  const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  fs.writeFileSync(file, buf);
  return buf;
}

const SHEET1 = 'xl/worksheets/sheet1.xml';

/** A workbook whose first sheet is `mb` megabytes of zeros (compresses about 1000:1). */
export function zipBomb(base: string, file: string, mb: number): Promise<Buffer> {
  return rewrite(base, file, async (zip) => void zip.file(SHEET1, Buffer.alloc(mb * 1024 * 1024, 0x30)));
}

/** A workbook with a part of `mb` megabytes whose central directory entry claims 1,000 bytes. */
export async function lyingZip(base: string, file: string, mb: number): Promise<void> {
  const part = 'xl/padding.xml';
  const buf = await rewrite(base, file, async (zip) => void zip.file(part, Buffer.alloc(mb * 1024 * 1024, 0x30)));
  const name = Buffer.from(part);
  for (let i = 0; i + 46 < buf.length; i++) {
    if (buf.readUInt32LE(i) === 0x02014b50 && buf.subarray(i + 46, i + 46 + name.length).equals(name)) buf.writeUInt32LE(1000, i + 24);
  }
  fs.writeFileSync(file, buf);
}

function colName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A workbook whose first sheet holds rows × cols numbers. */
export function manyCells(base: string, file: string, rows: number, cols: number): Promise<Buffer> {
  const parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  for (let r = 1; r <= rows; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < cols; c++) row += `<c r="${colName(c)}${r}"><v>${r + c}</v></c>`;
    parts.push(`${row}</row>`);
  }
  parts.push('</sheetData></worksheet>');
  return rewrite(base, file, async (zip) => void zip.file(SHEET1, parts.join('')));
}

/** A workbook with one more value, in XFD1048576: few cells, a used area of 17 billion. */
export function farCell(base: string, file: string): Promise<Buffer> {
  return rewrite(base, file, async (zip) => {
    const xml = await zip.file(SHEET1)!.async('string');
    zip.file(SHEET1, xml.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'));
  });
}

/** A workbook whose first sheet declares one merged area over the whole sheet (ExcelJS would create every cell). */
export function mergeBomb(base: string, file: string): Promise<Buffer> {
  return rewrite(base, file, async (zip) => {
    const xml = await zip.file(SHEET1)!.async('string');
    const merge = '<mergeCell ref="A1:XFD1048576"/>';
    zip.file(SHEET1, xml.includes('<mergeCells') ? xml.replace(/<mergeCells[^>]*>/, (m) => m + merge) : xml.replace('</sheetData>', `</sheetData><mergeCells count="1">${merge}</mergeCells>`));
  });
}

/** A sparse file of `bytes` (no disk space used). */
export function sparseFile(file: string, bytes: number): void {
  const fd = fs.openSync(file, 'w');
  fs.ftruncateSync(fd, bytes);
  fs.closeSync(fd);
}

/** An OLE compound file holding an EncryptionInfo stream name: what Excel writes for a password-protected .xlsx. */
export function encryptedOle(file: string): void {
  const ole = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  fs.writeFileSync(file, Buffer.concat([ole, Buffer.from('EncryptionInfo', 'utf16le')]));
}
