/**
 * Checks of a set's truth against its written workbooks, shared by both
 * unseen sets' generator tests: the truth names real cells with the stable
 * ids, and every expectation recomputes from the cells read back from disk.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { CODES, evaluate, evaluateLenient, Getter, rawText, SEVERITY, TEMPLATE_IDS, UnseenCase } from './unseen-truth';
import { decode, inRange, type WrittenSetFixture } from './set-io';

export interface TruthCheckSubject {
  cases: UnseenCase[];
  books: Map<string, ExcelJS.Workbook>;
  getterFor: (file: string, sheet: string) => Getter;
}

export function describeTruthChecks(title: string, subject: () => TruthCheckSubject, min: { planted: number; correct: number; rounding: number }): void {
  let cases: UnseenCase[];
  let books: Map<string, ExcelJS.Workbook>;
  let getterFor: TruthCheckSubject['getterFor'];
  beforeAll(() => {
    ({ cases, books, getterFor } = subject());
  });

  describe(`${title}: truth points at real cells`, () => {
    it('uses only the stable template ids and finding codes', () => {
      for (const c of cases) {
        for (const t of c.tables) {
          expect(TEMPLATE_IDS).toContain(t.template);
          expect(books.get(c.file)!.getWorksheet(t.sheet)).toBeTruthy();
          if (t.range) expect(t.range).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
        }
        for (const p of c.planted) {
          expect(CODES).toContain(p.code);
          expect(p.severity).toBe(SEVERITY[p.code]);
          expect(p.note.length).toBeGreaterThan(5);
        }
      }
    });

    it('names each planted cell once, inside a table of its sheet, and never also as a correct cell', () => {
      for (const c of cases) {
        const keys = c.planted.map((p) => `${p.code}@${p.sheet}!${p.cell}`);
        expect(new Set(keys).size).toBe(keys.length);
        const plantedCells = new Set(c.planted.map((p) => `${p.sheet}!${p.cell}`));
        for (const p of c.planted) {
          const ranges = c.tables.filter((t) => t.sheet === p.sheet && t.range).map((t) => t.range!);
          expect([c.file, p.cell, ranges.some((r) => inRange(p.cell, r))]).toEqual([c.file, p.cell, true]);
        }
        const correct = c.correctCells.map((x) => `${x.sheet}!${x.cell}`);
        expect(new Set(correct).size).toBe(correct.length);
        for (const x of c.correctCells) {
          expect(plantedCells.has(`${x.sheet}!${x.cell}`)).toBe(false);
          expect(x.cell).toMatch(/^[A-Z]{1,3}\d+$/);
          expect(books.get(c.file)!.getWorksheet(x.sheet)).toBeTruthy();
          for (const a of x.allowed ?? []) expect(a).toBe('rounding');
        }
      }
    });

    it('points at cells that exist in the written sheets (empty exactly where a value is missing)', () => {
      for (const c of cases) {
        for (const p of c.planted) {
          const ws = books.get(c.file)!.getWorksheet(p.sheet)!;
          const { r, c: col } = decode(p.cell);
          expect(r).toBeLessThanOrEqual(ws.rowCount);
          expect(col).toBeLessThanOrEqual(ws.columnCount);
          const cell = ws.getCell(p.cell);
          if (cell.isMerged) expect(cell.master.address).toBe(p.cell);
          const v = rawText({ value: cell.value });
          const empty = v === null || (typeof v === 'string' && v.trim() === '');
          expect([c.file, p.code, p.cell, empty]).toEqual([c.file, p.code, p.cell, p.code === 'missing-reason' || p.code === 'missing-value']);
        }
        for (const x of c.correctCells) {
          const ws = books.get(c.file)!.getWorksheet(x.sheet)!;
          expect(decode(x.cell).r).toBeLessThanOrEqual(ws.rowCount);
          const cell = ws.getCell(x.cell);
          if (cell.isMerged) expect(cell.master.address).toBe(x.cell);
        }
      }
    });
  });

  describe(`${title}: every expectation recomputes from the files`, () => {
    it('planted findings are certain mistakes, beyond any rounding of the inputs', () => {
      let n = 0;
      for (const c of cases)
        for (const p of c.planted) {
          expect(p.basis).toBeDefined();
          const v = evaluate(p.basis!, getterFor(c.file, p.sheet));
          expect([c.file, p.code, p.cell, v.status]).toEqual([c.file, p.code, p.cell, 'mistake']);
          expect(evaluateLenient(p.basis!, getterFor(c.file, p.sheet)).status).toBe('mistake');
          expect(v.expected).toBe(p.expected);
          expect(v.actual).toBe(p.actual);
          n++;
        }
      expect(n).toBeGreaterThanOrEqual(min.planted);
    });

    it('correct cells hold exactly (or within rounding where only `rounding` is allowed)', () => {
      let n = 0;
      for (const c of cases)
        for (const x of c.correctCells) {
          n++;
          for (const b of x.basis ?? []) {
            const v = evaluate(b, getterFor(c.file, x.sheet));
            const ok = v.status === 'ok' || v.status === 'na' || (v.status === 'slack' && !!x.allowed?.includes('rounding'));
            expect([c.file, x.cell, b.op, ok]).toEqual([c.file, x.cell, b.op, true]);
          }
        }
      expect(n).toBeGreaterThanOrEqual(min.correct);
    });

    it('the cells that allow `rounding` are really off by rounding only', () => {
      const allowed = cases.flatMap((c) => c.correctCells.filter((x) => x.allowed?.includes('rounding')).map((x) => ({ c, x })));
      expect(allowed.length).toBeGreaterThanOrEqual(min.rounding);
      for (const { c, x } of allowed) {
        const st = (x.basis ?? []).map((b) => evaluate(b, getterFor(c.file, x.sheet)).status);
        expect([c.file, x.cell, st.includes('slack')]).toEqual([c.file, x.cell, true]);
      }
    });
  });
}

/**
 * The files a set writes: between `min` and `max` workbooks named
 * <letter>01-…, exactly those in truth.json, the same truth on a second
 * build, and (for `sources`) generator code that imports nothing from src/.
 */
export function describeSetFiles(
  title: string,
  set: WrittenSetFixture,
  build: (outDir: string) => Promise<UnseenCase[]>,
  opts: { letter: string | null; min: number; max: number; sources: string[] },
): void {
  describe(`${title}: files`, () => {
    it(`writes ${opts.min}–${opts.max} workbooks and a truth.json that lists exactly them`, () => {
      const { cases, truth, dir } = set;
      expect(cases.length).toBeGreaterThanOrEqual(opts.min);
      expect(cases.length).toBeLessThanOrEqual(opts.max);
      expect(truth.version).toBe(1);
      expect(truth.profile).toBe('national');
      expect(truth.cases).toEqual(JSON.parse(JSON.stringify(cases)));
      const written = fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort();
      expect(written).toEqual(cases.map((c) => c.file).sort());
      cases.forEach((c, i) => {
        expect(c.file).toMatch(opts.letter ? new RegExp(`^${opts.letter}\\d\\d-[a-z0-9-]+\\.xlsx$`) : /^[a-z0-9-]+\.xlsx$/);
        if (opts.letter) expect(c.file.slice(0, 3)).toBe(`${opts.letter}${String(i + 1).padStart(2, '0')}`);
        expect(c.description.length).toBeGreaterThan(20);
      });
    });

    it('was built without the engine: the generator imports nothing from src/', () => {
      for (const f of opts.sources) {
        const imports = [...fs.readFileSync(f, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
        for (const i of imports) expect([f, i, /(^|\/)src(\/|$)/.test(i)]).toEqual([f, i, false]);
      }
    });

    it('holds no machine paths or hosts', () => {
      const text = fs.readFileSync(path.join(set.dir, 'truth.json'), 'utf8');
      expect(text).not.toMatch(/\/(tmp|work|home|Users)\//);
      expect(text).not.toMatch(/[A-Za-z]:\\/);
      expect(text).not.toMatch(/https?:\/\//);
    });

    it('is deterministic', async () => {
      const again = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-unseen-again-'));
      try {
        await build(again);
        expect(fs.readFileSync(path.join(again, 'truth.json'), 'utf8')).toBe(fs.readFileSync(path.join(set.dir, 'truth.json'), 'utf8'));
      } finally {
        fs.rmSync(again, { recursive: true, force: true });
      }
    }, 120_000);
  });
}
