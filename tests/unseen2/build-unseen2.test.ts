/**
 * Checks the second unseen set's generator itself (not the engine): the files
 * are written, the truth points at real cells, codes and templates are the
 * stable ids, every expectation recomputes from the cells read back from disk,
 * and a few expected values agree with hand arithmetic. Measuring the checker
 * against truth.json is a separate harness.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { buildUnseen2 } from './build-unseen2';
import { CODES, evaluate, evaluateLenient, Getter, rawText, SEVERITY, TEMPLATE_IDS, UnseenCase } from '../unseen/unseen-truth';

let dir: string;
let cases: UnseenCase[];
let truth: { version: number; profile: string; cases: UnseenCase[] };
const books = new Map<string, ExcelJS.Workbook>();

function getterFor(file: string, sheet: string): Getter {
  const ws = books.get(file)!.getWorksheet(sheet);
  if (!ws) throw new Error(`${file}: no sheet ${sheet}`);
  return (addr) => {
    const c = ws.getCell(addr);
    return { value: c.value, numFmt: c.numFmt };
  };
}

function decode(addr: string): { r: number; c: number } {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(addr);
  if (!m) throw new Error(`bad address ${addr}`);
  const c = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { r: Number(m[2]), c };
}

function inRange(addr: string, range: string): boolean {
  const [a, b] = range.split(':').map(decode);
  const x = decode(addr);
  return x.r >= a.r && x.r <= b.r && x.c >= a.c && x.c <= b.c;
}

const byPrefix = (p: string) => {
  const c = cases.find((x) => x.file.startsWith(p));
  if (!c) throw new Error(`no case ${p}`);
  return c;
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-unseen2-'));
  cases = await buildUnseen2(dir);
  truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8'));
  for (const c of cases) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, c.file));
    books.set(c.file, wb);
  }
}, 120_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('second unseen set: files', () => {
  it('writes 10–14 workbooks (v01, v02, …) and a truth.json that lists exactly them', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    expect(cases.length).toBeLessThanOrEqual(14);
    expect(truth.version).toBe(1);
    expect(truth.profile).toBe('national');
    expect(truth.cases).toEqual(JSON.parse(JSON.stringify(cases)));
    const written = fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort();
    expect(written).toEqual(cases.map((c) => c.file).sort());
    cases.forEach((c, i) => {
      expect(c.file).toMatch(/^v\d\d-[a-z0-9-]+\.xlsx$/);
      expect(c.file.slice(0, 3)).toBe(`v${String(i + 1).padStart(2, '0')}`);
      expect(c.description.length).toBeGreaterThan(20);
    });
  });

  it('does not reuse the first set’s file names', () => {
    const first = fs.readFileSync(path.join(__dirname, '..', 'unseen', 'build-unseen.ts'), 'utf8');
    for (const c of cases) expect(first.includes(c.file)).toBe(false);
  });

  it('was built without the engine: the generator imports nothing from src/', () => {
    for (const f of ['build-unseen2.ts', 'build-unseen2.test.ts']) {
      const text = fs.readFileSync(path.join(__dirname, f), 'utf8');
      const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      for (const i of imports) expect([f, i, /(^|\/)src(\/|$)/.test(i)]).toEqual([f, i, false]);
    }
  });

  it('holds no machine paths, hosts or personal names', () => {
    const text = fs.readFileSync(path.join(dir, 'truth.json'), 'utf8');
    expect(text).not.toMatch(/\/(tmp|work|home|Users)\//);
    expect(text).not.toMatch(/[A-Za-z]:\\/);
    expect(text).not.toMatch(/https?:\/\//);
    for (const [file, wb] of books)
      wb.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            const t = rawText({ value: cell.value });
            if (typeof t !== 'string') return;
            if (/(局|公司|馆)$/.test(t) && t.length < 20) expect([file, t]).toEqual([file, expect.stringMatching(/某/)]);
            expect(t).not.toMatch(/(填表人|联系人|制表|审核)：[^　\s]/);
          }),
        ),
      );
  });

  it('is deterministic', async () => {
    const again = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-unseen2-'));
    try {
      await buildUnseen2(again);
      expect(fs.readFileSync(path.join(again, 'truth.json'), 'utf8')).toBe(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8'));
    } finally {
      fs.rmSync(again, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('second unseen set: truth points at real cells', () => {
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

describe('second unseen set: every expectation recomputes from the files', () => {
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
    expect(n).toBeGreaterThanOrEqual(30);
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
    expect(n).toBeGreaterThanOrEqual(300);
  });

  it('the cells that allow `rounding` are really off by rounding only', () => {
    const allowed = cases.flatMap((c) => c.correctCells.filter((x) => x.allowed?.includes('rounding')).map((x) => ({ c, x })));
    expect(allowed.length).toBeGreaterThanOrEqual(2);
    for (const { c, x } of allowed) {
      const st = (x.basis ?? []).map((b) => evaluate(b, getterFor(c.file, x.sheet)).status);
      expect([c.file, x.cell, st.includes('slack')]).toEqual([c.file, x.cell, true]);
    }
  });

  it('plants every code at least twice, 30+ in all, and keeps negatives and clean forms', () => {
    const count: Record<string, number> = {};
    for (const c of cases) for (const p of c.planted) count[p.code] = (count[p.code] ?? 0) + 1;
    for (const code of CODES) expect([code, (count[code] ?? 0) >= 2]).toEqual([code, true]);
    expect(Object.values(count).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(30);
    const negatives = cases.filter((c) => c.tables.length === 0);
    expect(negatives.length).toBeGreaterThanOrEqual(2);
    for (const c of negatives) {
      expect(c.planted).toEqual([]);
      expect(c.correctCells.length).toBeGreaterThan(0);
    }
    const clean = cases.filter((c) => c.tables.length > 0 && c.planted.length === 0);
    expect(clean.length).toBeGreaterThanOrEqual(1);
    expect(clean.reduce((s, c) => s + c.correctCells.length, 0)).toBeGreaterThanOrEqual(80);
    const templates = new Set(cases.flatMap((c) => c.tables.map((t) => t.template)));
    for (const t of ['project-self-eval', 'dept-self-eval', 'indicator-scoring', 'budget-table']) expect(templates).toContain(t);
  });

  it('agrees with hand-computed values', () => {
    const find = (file: string, code: string, cell: string) => {
      const p = byPrefix(file).planted.find((x) => x.code === code && x.cell === cell);
      expect([file, code, cell, !!p]).toEqual([file, code, cell, true]);
      return p!;
    };
    // 518.30 / 560 = 92.5536 % → 9.26 of 10 (reported 10)
    expect(find('v01', 'score-mismatch', 'I6').expected).toBe('9.26');
    // ≥ 120 场, 168 场: +40 %
    expect(find('v01', 'target-far-exceeded', 'G13').actual).toBe('168');
    // 460 / 500 × 10
    expect(find('v03', 'score-mismatch', 'J15').expected).toBe('9.20');
    // 1,106.52 + 286.40 against a reported 1,382.92
    expect(find('v04', 'total-mismatch', 'F5').expected).toBe('1392.92');
    // 88.36 → 良, reported 优
    expect(find('v04', 'grade-mismatch', 'G26').expected).toBe('良');
    // 1,080 / 1,250 = 86.40 %, typed 86.04 %
    expect(find('v05', 'rate-mismatch', 'F6').expected).toBe('86.40%');
    // 8.64 + 90 = 98.64, typed 98.46
    expect(find('v05', 'total-mismatch', 'H20').expected).toBe('98.64');
    // A11 3 + A12 1.5, reported 5.5
    expect(find('v06', 'total-mismatch', 'G6').expected).toBe('4.5');
    // 过程 declared 22 over B1 10 + B2 10
    expect(find('v06', 'weight-mismatch', 'F15').expected).toBe('20');
    // 3.5 / 4
    expect(find('v07', 'rate-mismatch', 'E6').expected).toBe('87.50%');
    // 498,200 / 560,000 = 88.9643 %
    expect(find('v09', 'rate-mismatch', 'F9').expected).toBe('88.96%');
    // 3,200,000 + 1,280,000 + 2,600,000 + 4,800,000 + 560,000 + 0 + 380,000
    expect(find('v09', 'total-mismatch', 'C4').expected).toBe('12820000');
    // 226.35 + 163.80 + 41.20
    expect(find('v10', 'total-mismatch', 'E14').expected).toBe('431.35');
    // 其中 0 + 5.86 above the parent 4.86
    expect(find('v10', 'total-mismatch', 'D6').expected).toBe('≥ 5.86');

    // v11: 执行率 100 / 150 shown as 66.67 % and its score 6.67 stay silent
    const v11 = byPrefix('v11');
    const silent = (sheet: string, cell: string) => v11.correctCells.find((x) => x.sheet === sheet && x.cell === cell);
    expect(silent('项目自评', 'H7')).toBeDefined();
    expect(silent('项目自评', 'I7')).toBeDefined();
    const g = getterFor(v11.file, '项目自评');
    expect(evaluate({ op: 'ratio', num: 'F7', den: 'E7', reported: 'H7' }, g).status).toBe('ok');
    // 过程 12 / 18 = 66.67 % exactly as rounded; 决策 11 / 12 written truncated as 91.66 %: rounding only
    expect(silent('评价得分汇总', 'F8')!.allowed).toBeUndefined();
    expect(silent('评价得分汇总', 'F4')!.allowed).toEqual(['rounding']);
  });
});
