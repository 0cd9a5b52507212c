/**
 * Checks the second unseen set's generator itself (not the engine): the files
 * are written, the truth points at real cells, codes and templates are the
 * stable ids, every expectation recomputes from the cells read back from disk,
 * and a few expected values agree with hand arithmetic. Measuring the checker
 * against truth.json is a separate harness.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildUnseen2 } from './build-unseen2';
import { CODES, evaluate, rawText, UnseenCase } from '../unseen/unseen-truth';
import { useWrittenSet, type WrittenSet } from '../unseen/set-io';
import { describeSetFiles, describeTruthChecks } from '../unseen/truth-checks';

const set = useWrittenSet(buildUnseen2, 'jixiao-unseen-');
const { getterFor, byPrefix } = set;
let dir: string;
let cases: UnseenCase[];
let books: WrittenSet['books'];
beforeAll(() => ({ dir, cases, books } = set));

describeSetFiles('second unseen set', set, buildUnseen2, { letter: 'v', min: 10, max: 14, sources: [path.join(__dirname, 'build-unseen2.ts'), __filename] });

describe('second unseen set: what its files hold', () => {
  it('does not reuse the first set’s file names', () => {
    const first = fs.readFileSync(path.join(__dirname, '..', 'unseen', 'build-unseen.ts'), 'utf8');
    for (const c of cases) expect(first.includes(c.file)).toBe(false);
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

});

describeTruthChecks('second unseen set', () => ({ cases, books, getterFor }), { planted: 30, correct: 300, rounding: 2 });

describe('second unseen set: what it holds', () => {
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
