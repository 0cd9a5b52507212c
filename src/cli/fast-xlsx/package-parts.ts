import * as zlib from 'zlib';
import { entryData, readZipDirectory, ZipEntry, ZipFormatError } from '../zip-directory';
import { FastXlsxError } from './fast-xlsx-error';

const PACKAGE = 'zip 包';

/**
 * The parts of an .xlsx package by name, inflated on demand with zlib. Names
 * are taken as ExcelJS (through JSZip) takes them: a leading "/" dropped.
 * Whatever JSZip would refuse to load (encrypted entries, compression other
 * than stored or deflate) or would read differently (two entries of one name)
 * is left to ExcelJS. Inflating stops at the size an entry declares, so the
 * package guard's limits hold here too.
 */
export class PackageParts {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly entryNames = new Map<string, string>();

  /** `inflated`: parts already inflated (by the package guard), by entry name. */
  constructor(
    private readonly buf: Buffer,
    private readonly inflated: ReadonlyMap<string, Buffer> = new Map(),
  ) {
    let entries: ZipEntry[];
    try {
      entries = readZipDirectory(buf);
    } catch (e) {
      if (e instanceof ZipFormatError) throw new FastXlsxError(PACKAGE, e.message);
      throw e;
    }
    for (const e of entries) {
      if (e.name.endsWith('/')) continue;
      if (e.flags & 1) throw new FastXlsxError(e.name, '已加密');
      if (e.method !== 0 && e.method !== 8) throw new FastXlsxError(e.name, `使用了不支持的压缩方式（${e.method}）`);
      const name = e.name.startsWith('/') ? e.name.slice(1) : e.name;
      if (this.byName.has(name)) throw new FastXlsxError(name, '在 zip 包中出现了两次');
      this.byName.set(name, e);
      this.entryNames.set(name, e.name);
    }
  }

  names(): IterableIterator<string> {
    return this.byName.keys();
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The part as text (UTF-8, byte-order mark dropped). */
  text(name: string): string {
    const e = this.byName.get(name);
    if (!e) throw new FastXlsxError(name, '缺失');
    const ready = this.inflated.get(this.entryNames.get(name)!);
    if (ready) return decode(ready);
    let data: Buffer;
    try {
      data = entryData(this.buf, e);
    } catch (err) {
      if (err instanceof ZipFormatError) throw new FastXlsxError(name, err.message);
      throw err;
    }
    if (e.method === 8) {
      try {
        data = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressedSize) });
      } catch (err) {
        throw new FastXlsxError(name, `无法解压（${(err as Error).message}）`);
      }
    }
    return decode(data);
  }
}

/** Decoded as JSZip decodes under Node (Buffer's UTF-8), so stray bytes read alike; byte-order mark dropped. */
function decode(data: Buffer): string {
  const text = data.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
