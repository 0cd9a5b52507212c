/**
 * What both unseen sets share around their builders: writing a set with its
 * truth.json, and reading it back from disk for the generator tests.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { CaseBuilder } from './unseen-lib';
import type { Getter, UnseenCase } from './unseen-truth';

export interface UnseenTruth {
  version: 1;
  profile: 'national';
  description: string;
  cases: UnseenCase[];
}

/** Builds every case, writes its workbook and the set's truth.json into `outDir`. */
export async function writeUnseenSet(outDir: string, makers: Array<() => CaseBuilder>, description: string): Promise<UnseenCase[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const cases: UnseenCase[] = [];
  for (const make of makers) {
    const cb = make();
    const c = cb.finalize(cb.expect);
    await cb.wb.xlsx.writeFile(path.join(outDir, c.file));
    cases.push(c);
  }
  const truth: UnseenTruth = { version: 1, profile: 'national', description, cases };
  fs.writeFileSync(path.join(outDir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  return cases;
}

/** The command-line entry of a set's builder: writes the set into argv[2] or `defaultDir`. */
export function runUnseenBuilder(build: (outDir: string) => Promise<UnseenCase[]>, defaultDir: string): void {
  const out = process.argv[2] ?? defaultDir;
  build(out).then(
    (cases) => {
      const n = cases.reduce((s, c) => s + c.planted.length, 0);
      const k = cases.reduce((s, c) => s + c.correctCells.length, 0);
      console.log(`wrote ${cases.length} workbooks, ${n} planted findings, ${k} correct cells, truth.json in ${path.relative(process.cwd(), out) || '.'}`);
    },
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}

/** A set read back from disk: its cases, truth.json and workbooks. */
export interface WrittenSet {
  dir: string;
  cases: UnseenCase[];
  truth: { version: number; profile: string; cases: UnseenCase[] };
  books: Map<string, ExcelJS.Workbook>;
}

export async function readWrittenSet(dir: string, cases: UnseenCase[]): Promise<WrittenSet> {
  const books = new Map<string, ExcelJS.Workbook>();
  for (const c of cases) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, c.file));
    books.set(c.file, wb);
  }
  return { dir, cases, truth: JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8')), books };
}

/** Cell values of one sheet of a written workbook, as the truth functions read them. */
export function getterFor(books: Map<string, ExcelJS.Workbook>, file: string, sheet: string): Getter {
  const ws = books.get(file)!.getWorksheet(sheet);
  if (!ws) throw new Error(`${file}: no sheet ${sheet}`);
  return (addr) => {
    const c = ws.getCell(addr);
    return { value: c.value, numFmt: c.numFmt };
  };
}

export function decode(addr: string): { r: number; c: number } {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(addr);
  if (!m) throw new Error(`bad address ${addr}`);
  const c = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { r: Number(m[2]), c };
}

export function inRange(addr: string, range: string): boolean {
  const [a, b] = range.split(':').map(decode);
  const x = decode(addr);
  return x.r >= a.r && x.r <= b.r && x.c >= a.c && x.c <= b.c;
}

/** A set built into a temporary folder before a test file's tests and removed after them, read back from disk. */
export interface WrittenSetFixture extends WrittenSet {
  getterFor: (file: string, sheet: string) => Getter;
  /** The case whose file name starts with `prefix` ("v03"). */
  byPrefix: (prefix: string) => UnseenCase;
}

export function useWrittenSet(build: (outDir: string) => Promise<UnseenCase[]>, tmpPrefix: string): WrittenSetFixture {
  const fixture = {
    dir: '',
    cases: [] as UnseenCase[],
    truth: { version: 0, profile: '', cases: [] as UnseenCase[] },
    books: new Map<string, ExcelJS.Workbook>(),
    getterFor: (file: string, sheet: string) => getterFor(fixture.books, file, sheet),
    byPrefix: (prefix: string) => {
      const c = fixture.cases.find((x) => x.file.startsWith(prefix));
      if (!c) throw new Error(`no case ${prefix}`);
      return c;
    },
  };
  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), tmpPrefix));
    Object.assign(fixture, await readWrittenSet(dir, await build(dir)));
  }, 120_000);
  afterAll(() => {
    if (fixture.dir) fs.rmSync(fixture.dir, { recursive: true, force: true });
  });
  return fixture;
}
