import * as path from 'path';
import * as zlib from 'zlib';
import type { RangeRef } from '../core/grid/a1';
import { parseRange } from '../core/grid/a1';
import type { Limits } from './limits';
import { formatBytes, MB } from './limits';
import { WorkbookReadError } from './read-error';
import { checkMergedCells } from './sheet-limits';
import { entryData, readZipDirectory, ZipEntry, ZipFormatError } from './zip-directory';

/** An entry this big that compresses better than this ratio is a zip bomb, not a spreadsheet part. */
const BIG_ENTRY = 10 * MB;
const MAX_RATIO = 200;
/** Deflate cannot expand data more than about 1032 times (RFC 1951: a 258-byte match costs at least 2 bits). */
const DEFLATE_MAX_RATIO = 1032;

const WORKSHEET_PART = /(^|\/)worksheets\/[^/]+\.xml$/i;

/**
 * Refuses an .xlsx package before ExcelJS (through JSZip) inflates it: when
 * its declared sizes exceed the limit or are bomb-like, when an entry
 * inflates to more than it declares (checked with a bounded inflate, so a
 * lying archive is stopped at its declared size), or when a sheet holds more
 * cells than allowed. Inflating here costs a fraction of the XML parsing that
 * follows. An archive too small to inflate past the limit whatever it
 * declares only has its worksheets inflated (to count their cells and merged
 * areas). Returns the worksheet parts it inflated, by entry name, so a reader
 * that goes on to parse them need not inflate them again.
 */
export function guardXlsxPackage(buf: Buffer, limits: Limits): Map<string, Buffer> {
  const inflated = new Map<string, Buffer>();
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(buf);
  } catch (e) {
    if (e instanceof ZipFormatError) throw new WorkbookReadError('corrupt', `工作簿已损坏或格式不正确：${e.message}`);
    throw e;
  }
  checkDeclaredSizes(entries, limits);
  const cannotExceed = entries.reduce((s, e) => s + e.compressedSize, 0) * DEFLATE_MAX_RATIO <= limits.maxUncompressedBytes;
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const sheet = WORKSHEET_PART.test(e.name);
    if (!sheet && cannotExceed) continue;
    const data = inflate(buf, e);
    if (sheet) {
      inflated.set(e.name, data);
      const sheetName = () => sheetNamesByPart(buf, entries).get(e.name) ?? e.name;
      const cells = countCellElements(data);
      if (cells > limits.maxCellsPerSheet) {
        throw new WorkbookReadError(
          'too-many-cells',
          `工作表「${sheetName()}」有 ${cells.toLocaleString('en-US')} 个单元格（含只有格式的空单元格），超过上限 ${limits.maxCellsPerSheet.toLocaleString('en-US')}（--max-cells）`,
        );
      }
      // ExcelJS creates a cell for every cell of a merged area.
      const merges = mergedAreas(data);
      if (merges.length) checkMergedCells(sheetName, merges, limits);
    }
  }
  return inflated;
}

function checkDeclaredSizes(entries: ZipEntry[], limits: Limits): void {
  const total = entries.reduce((s, e) => s + e.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes) {
    throw new WorkbookReadError(
      'zip-bomb',
      `工作簿解压后共 ${formatBytes(total)}，超过上限 ${formatBytes(limits.maxUncompressedBytes)}（--max-uncompressed），疑似“压缩炸弹”，未解压`,
    );
  }
  for (const e of entries) {
    if (e.uncompressedSize >= BIG_ENTRY && e.uncompressedSize > MAX_RATIO * Math.max(1, e.compressedSize)) {
      const ratio = Math.round(e.uncompressedSize / Math.max(1, e.compressedSize));
      throw new WorkbookReadError('zip-bomb', `工作簿中的 ${e.name} 压缩比达 ${ratio}:1（解压后 ${formatBytes(e.uncompressedSize)}），疑似“压缩炸弹”，未解压`);
    }
  }
}

/** An entry's bytes, inflating at most what it declares. */
function inflate(buf: Buffer, e: ZipEntry): Buffer {
  const corrupt = (why: string) => new WorkbookReadError('corrupt', `工作簿已损坏或格式不正确：${e.name} ${why}`);
  if (e.flags & 1) throw corrupt('已加密');
  let data: Buffer;
  try {
    data = entryData(buf, e);
  } catch (err) {
    if (err instanceof ZipFormatError) throw corrupt(err.message);
    throw err;
  }
  if (e.method === 0) return data;
  if (e.method !== 8) throw corrupt(`使用了不支持的压缩方式（${e.method}）`);
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressedSize) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      throw new WorkbookReadError('zip-bomb', `工作簿中的 ${e.name} 解压后超过它声明的 ${formatBytes(e.uncompressedSize)}，疑似“压缩炸弹”，已停止解压`);
    }
    throw corrupt(`无法解压（${(err as Error).message}）`);
  }
}

const isNameByte = (b: number) => (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b === 0x5f || b === 0x2d || b === 0x2e;
const endsName = (b: number | undefined) => b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;

/** Number of <c> elements (cells, with any namespace prefix) in a worksheet part. */
export function countCellElements(xml: Buffer): number {
  let n = 0;
  for (let i = xml.indexOf(0x3c); i !== -1; i = xml.indexOf(0x3c, i + 1)) {
    let j = i + 1;
    let k = j;
    while (k < xml.length && isNameByte(xml[k])) k++;
    if (xml[k] === 0x3a) j = k + 1;
    if (xml[j] === 0x63 && endsName(xml[j + 1])) n++;
  }
  return n;
}

/** Merged areas declared in a worksheet part (<mergeCells> follows <sheetData>). */
export function mergedAreas(xml: Buffer): RangeRef[] {
  const from = Math.max(0, xml.lastIndexOf('sheetData>'));
  const at = xml.indexOf('mergeCell', from);
  if (at === -1) return [];
  const out: RangeRef[] = [];
  for (const m of xml.toString('latin1', at).matchAll(/<(?:[\w.-]+:)?mergeCell\s[^>]*?\bref="([A-Za-z]{1,3}\d{1,7}(?::[A-Za-z]{1,3}\d{1,7})?)"/g)) {
    out.push(parseRange(m[1]));
  }
  return out;
}

const decodeXml = (s: string) =>
  s.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (_, hex, dec, named) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[named as 'amp'],
  );

const attr = (tag: string, name: RegExp) => {
  const m = name.exec(tag);
  return m ? decodeXml(m[1]) : null;
};

/** Worksheet part name → the sheet's name in the workbook, for messages. */
function sheetNamesByPart(buf: Buffer, entries: ZipEntry[]): Map<string, string> {
  const out = new Map<string, string>();
  const wb = entries.find((e) => /(^|\/)workbook\.xml$/i.test(e.name));
  if (!wb) return out;
  const dir = path.posix.dirname(wb.name);
  const relsName = path.posix.join(dir, '_rels', `${path.posix.basename(wb.name)}.rels`);
  const rels = entries.find((e) => e.name === relsName);
  if (!rels) return out;
  const targets = new Map<string, string>();
  for (const m of inflate(buf, rels).toString('utf8').matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], /\sId="([^"]*)"/);
    const target = attr(m[0], /\sTarget="([^"]*)"/);
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(dir, target)));
  }
  for (const m of inflate(buf, wb).toString('utf8').matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], /\sname="([^"]*)"/);
    const id = attr(m[0], /\s(?:[\w.-]+:)?id="([^"]*)"/);
    const part = id ? targets.get(id) : undefined;
    if (name && part) out.set(part, name);
  }
  return out;
}
