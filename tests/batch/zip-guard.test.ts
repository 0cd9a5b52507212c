import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import JSZip from 'jszip';
import { countCellElements, guardXlsxPackage, mergedAreas } from '../../src/cli/zip-guard';
import { entryData, readZipDirectory } from '../../src/cli/zip-directory';
import { DEFAULT_LIMITS, MB } from '../../src/cli/limits';
import { WorkbookReadError } from '../../src/cli/read-error';
import { FIXTURES } from './run-cli';

const SEED = path.join(FIXTURES, 'seed-001-yueyang.xlsx');

function codeOf(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (e instanceof WorkbookReadError) return e.code;
    throw e;
  }
}

async function zipWith(files: Record<string, Buffer | string>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fs.readFileSync(SEED));
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('zip central directory', () => {
  it('lists the entries of a package with their sizes, and finds their data', async () => {
    const buf = fs.readFileSync(SEED);
    const entries = readZipDirectory(buf);
    const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    expect(sheet.method).toBe(8);
    const xml = zlib.inflateRawSync(entryData(buf, sheet));
    expect(xml.length).toBe(sheet.uncompressedSize);
    expect(xml.toString('utf8')).toContain('<sheetData>');
  });

  it('refuses what is not a whole zip', () => {
    const buf = fs.readFileSync(SEED);
    expect(codeOf(() => guardXlsxPackage(buf.subarray(0, buf.length - 30), DEFAULT_LIMITS))).toBe('corrupt');
    expect(codeOf(() => guardXlsxPackage(Buffer.from('PK\u0003\u0004 no directory'), DEFAULT_LIMITS))).toBe('corrupt');
  });
});

describe('guardXlsxPackage', () => {
  it('lets an ordinary workbook through', () => {
    expect(codeOf(() => guardXlsxPackage(fs.readFileSync(SEED), DEFAULT_LIMITS))).toBeNull();
  });

  it('refuses a bomb-like compression ratio with the default limits, without inflating', async () => {
    const bomb = await zipWith({ 'xl/worksheets/sheet1.xml': Buffer.alloc(12 * MB, 0x30) });
    const t = Date.now();
    expect(codeOf(() => guardXlsxPackage(bomb, DEFAULT_LIMITS))).toBe('zip-bomb');
    expect(Date.now() - t).toBeLessThan(1000);
  });

  it('refuses a declared total over --max-uncompressed', async () => {
    const big = await zipWith({ 'xl/media/big.bin': Buffer.from(Array.from({ length: 3 * MB }, (_, i) => (i * 7919) % 251)) });
    expect(codeOf(() => guardXlsxPackage(big, { ...DEFAULT_LIMITS, maxUncompressedBytes: 2 * MB }))).toBe('zip-bomb');
    expect(codeOf(() => guardXlsxPackage(big, DEFAULT_LIMITS))).toBeNull();
  });

  it('counts cells and merged cells per sheet against --max-cells, naming the sheet', async () => {
    const cells = Array.from({ length: 30 }, (_, i) => `<c r="A${i + 1}"><v>1</v></c>`).join('');
    const pkg = await zipWith({ 'xl/worksheets/sheet1.xml': `<worksheet><sheetData><row r="1">${cells}</row></sheetData></worksheet>` });
    const limits = { ...DEFAULT_LIMITS, maxCellsPerSheet: 20 };
    expect(() => guardXlsxPackage(pkg, limits)).toThrow(/工作表「附件1」有 30 个单元格/);
    const merged = await zipWith({ 'xl/worksheets/sheet1.xml': '<worksheet><sheetData/><mergeCells count="1"><mergeCell ref="A1:E5"/></mergeCells></worksheet>' });
    expect(codeOf(() => guardXlsxPackage(merged, limits))).toBe('too-many-cells');
  });

  it('counts <c> elements with or without a namespace prefix, and nothing else', () => {
    const xml = Buffer.from('<x:row><x:c r="A1"><x:v>1</x:v></x:c><c r="B1"/><c>\n</c><col min="1"/><cfRule/><color/><cc/></x:row>');
    expect(countCellElements(xml)).toBe(3);
  });

  it('reads the merged areas after the sheet data', () => {
    const xml = Buffer.from('<sheetData><row><c r="A1"/></row></sheetData><mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="C3"/></mergeCells>');
    expect(mergedAreas(xml)).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 2 },
    ]);
  });
});
