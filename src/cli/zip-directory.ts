/**
 * The central directory of a zip archive, read by hand so that an .xlsx can
 * be judged by what it declares before anything is inflated.
 * (APPNOTE.TXT 4.3: end of central directory, zip64 records, file headers.)
 */

export interface ZipEntry {
  name: string;
  flags: number;
  /** 0 stored, 8 deflated; anything else is not an Office package. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function u64(buf: Buffer, at: number): number {
  const v = buf.readBigUInt64LE(at);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('zip64 字段超出范围');
  return Number(v);
}

function need(buf: Buffer, at: number, length: number, what: string): void {
  if (at < 0 || at + length > buf.length) throw new ZipFormatError(`${what}超出文件末尾`);
}

function findEndRecord(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  throw new ZipFormatError('找不到 zip 目录（文件可能不完整）');
}

/** Entry count, central directory size and offset, from the zip64 record when the classic one is saturated. */
function directoryBounds(buf: Buffer): { count: number; size: number; offset: number } {
  const end = findEndRecord(buf);
  let count = buf.readUInt16LE(end + 10);
  let size = buf.readUInt32LE(end + 12);
  let offset = buf.readUInt32LE(end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = end - 20;
    need(buf, locator, 20, 'zip64 定位记录');
    if (buf.readUInt32LE(locator) !== ZIP64_LOCATOR) throw new ZipFormatError('缺少 zip64 定位记录');
    const rec = u64(buf, locator + 8);
    need(buf, rec, 56, 'zip64 目录记录');
    if (buf.readUInt32LE(rec) !== ZIP64_EOCD) throw new ZipFormatError('zip64 目录记录无效');
    count = u64(buf, rec + 32);
    size = u64(buf, rec + 40);
    offset = u64(buf, rec + 48);
  }
  need(buf, offset, size, 'zip 目录');
  return { count, size, offset };
}

/** Sizes and offset saturated in a central header are given in its zip64 extra field, in this order. */
function applyZip64Extra(buf: Buffer, extraAt: number, extraEnd: number, e: ZipEntry): void {
  for (let p = extraAt; p + 4 <= extraEnd; ) {
    const id = buf.readUInt16LE(p);
    const len = buf.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      const take = () => {
        need(buf, q, 8, 'zip64 扩展字段');
        const v = u64(buf, q);
        q += 8;
        return v;
      };
      if (e.uncompressedSize === 0xffffffff) e.uncompressedSize = take();
      if (e.compressedSize === 0xffffffff) e.compressedSize = take();
      if (e.localOffset === 0xffffffff) e.localOffset = take();
      return;
    }
    p += 4 + len;
  }
}

export function readZipDirectory(buf: Buffer): ZipEntry[] {
  const { count, size, offset } = directoryBounds(buf);
  const entries: ZipEntry[] = [];
  let p = offset;
  const end = offset + size;
  for (let i = 0; i < count; i++) {
    need(buf, p, 46, 'zip 目录项');
    if (p >= end || buf.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError('zip 目录项无效');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    need(buf, p + 46, nameLen + extraLen, 'zip 目录项');
    const e: ZipEntry = {
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
    };
    applyZip64Extra(buf, p + 46 + nameLen, p + 46 + nameLen + extraLen, e);
    entries.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The entry's stored (still compressed) bytes. */
export function entryData(buf: Buffer, e: ZipEntry): Buffer {
  need(buf, e.localOffset, 30, `${e.name} 的本地头`);
  if (buf.readUInt32LE(e.localOffset) !== LOCAL) throw new ZipFormatError(`${e.name} 的本地头无效`);
  const start = e.localOffset + 30 + buf.readUInt16LE(e.localOffset + 26) + buf.readUInt16LE(e.localOffset + 28);
  need(buf, start, e.compressedSize, `${e.name} 的数据`);
  return buf.subarray(start, start + e.compressedSize);
}
