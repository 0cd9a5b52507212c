/**
 * Checks the third unseen set's generator itself (not the engine): the files
 * are written, the truth points at real cells, codes and templates are the
 * stable ids, every expectation recomputes from the cells read back from disk,
 * and a few expected values agree with hand arithmetic. Measuring the checker
 * against truth.json is a separate harness.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildUnseen3 } from './build-unseen3';
import { CODES, evaluate, rawText, UnseenCase } from '../unseen/unseen-truth';
import { useWrittenSet, type WrittenSet } from '../unseen/set-io';
import { describeSetFiles, describeTruthChecks } from '../unseen/truth-checks';

const set = useWrittenSet(buildUnseen3, 'jixiao-unseen3-');
const { getterFor, byPrefix } = set;
let dir: string;
let cases: UnseenCase[];
let books: WrittenSet['books'];
beforeAll(() => ({ dir, cases, books } = set));

describeSetFiles('third unseen set', set, buildUnseen3, { letter: 'w', min: 8, max: 12, sources: [path.join(__dirname, 'build-unseen3.ts'), __filename] });

describe('third unseen set: what its files hold', () => {
  it('does not reuse the earlier sets’ file names', () => {
    const first = fs.readFileSync(path.join(__dirname, '..', 'unseen', 'build-unseen.ts'), 'utf8');
    const second = fs.readFileSync(path.join(__dirname, '..', 'unseen2', 'build-unseen2.ts'), 'utf8');
    for (const c of cases) {
      expect(first.includes(c.file)).toBe(false);
      expect(second.includes(c.file)).toBe(false);
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
            if (/(局|公司|馆|所)$/.test(t) && t.length < 20) expect([file, t]).toEqual([file, expect.stringMatching(/某/)]);
            expect(t).not.toMatch(/(填表人|联系人|制表|审核)：[^　\s]/);
          }),
        ),
      );
  });

});

describeTruthChecks('third unseen set', () => ({ cases, books, getterFor }), { planted: 25, correct: 200, rounding: 2 });

describe('third unseen set: what it holds', () => {
  it('plants every code at least twice, 25+ in all, and keeps a negative and a clean workbook', () => {
    const count: Record<string, number> = {};
    for (const c of cases) for (const p of c.planted) count[p.code] = (count[p.code] ?? 0) + 1;
    for (const code of CODES) expect([code, (count[code] ?? 0) >= 2]).toEqual([code, true]);
    expect(Object.values(count).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(25);
    const negatives = cases.filter((c) => c.tables.length === 0);
    expect(negatives.length).toBeGreaterThanOrEqual(1);
    for (const c of negatives) {
      expect(c.planted).toEqual([]);
      expect(c.correctCells.length).toBeGreaterThan(0);
    }
    const clean = cases.filter((c) => c.tables.length > 0 && c.planted.length === 0);
    expect(clean.length).toBeGreaterThanOrEqual(1);
    expect(clean.reduce((s, c) => s + c.correctCells.length, 0)).toBeGreaterThanOrEqual(40);
    const templates = new Set(cases.flatMap((c) => c.tables.map((t) => t.template)));
    for (const t of ['project-self-eval', 'dept-self-eval', 'dept-basic-data', 'indicator-scoring', 'budget-table']) expect(templates).toContain(t);
  });

  it('lays tables out where the brief asks: column F, side by side, stacked', () => {
    const ranges = (p: string) => byPrefix(p).tables.map((t) => t.range!);
    expect(ranges('w01')[0]).toMatch(/^F\d+:/);
    expect(ranges('w10')[0]).toMatch(/^F\d+:/);
    const [a, b] = ranges('w04');
    expect(a.startsWith('A')).toBe(true);
    expect(b.startsWith('H')).toBe(true);
    expect(byPrefix('w02').tables.map((t) => t.sheet)).toEqual(['项目自评', '项目自评']);
  });

  it('agrees with hand-computed values', () => {
    const find = (file: string, code: string, cell: string) => {
      const p = byPrefix(file).planted.find((x) => x.code === code && x.cell === cell);
      expect([file, code, cell, !!p]).toEqual([file, code, cell, true]);
      return p!;
    };
    // 基本支出 1,864.20 + 项目支出 936.45 (其他资金 “—”)
    expect(find('w01', 'total-mismatch', 'I6').expected).toBe('2800.65');
    // ≥20次 → 28次: +40 %
    expect(find('w01', 'target-far-exceeded', 'J14').actual).toBe('28');
    // 412.6 / 450 = 91.6889 %, typed 96.19 %
    expect(find('w02', 'rate-mismatch', 'G6').expected).toBe('91.69%');
    // 产出 “(50分)” over 15 + 15 + 10
    expect(find('w02', 'weight-mismatch', 'C29').expected).toBe('40');
    // 39 / 42 = 92.857 %
    expect(find('w03', 'rate-mismatch', 'E4').expected).toBe('92.86%');
    // 8.46 + 1.25 (出国 “—”)
    expect(find('w03', 'total-mismatch', 'E6').expected).toBe('9.71');
    // 99.80 / 101.25 = 98.5679 %
    expect(find('w04', 'rate-mismatch', 'E8').expected).toBe('98.57%');
    // 512.4 + 42 + 12 + 101.25 + 44.1 + 36.8
    expect(find('w04', 'total-mismatch', 'C11').expected).toBe('748.55');
    // 项目立项 declared 8 over 3 + 3
    expect(find('w05', 'weight-mismatch', 'E4').expected).toBe('6');
    // 产出 9 + 9.5 + 4 + 4
    expect(find('w05', 'total-mismatch', 'C15').expected).toBe('26.5');
    // 17.75 + 14.1 + 27.5 + 24.75 = 84.1 → 良
    expect(find('w05', 'grade-mismatch', 'G23').expected).toBe('良');
    // reverse cost 56 vs ≤50: (1 − 6/50) × 10
    expect(find('w06', 'score-mismatch', 'H17').expected).toBe('8.80');
    // 92.5 / 98 × 10 = 9.4388
    expect(find('w07', 'score-mismatch', 'I19').expected).toBe('9.44');
    // 186.40 + 141.36 + 57.96 + 6.12
    expect(find('w10', 'total-mismatch', 'I7').expected).toBe('391.84');
    // 10.94 / 12.60 = 86.8254 %
    expect(find('w10', 'rate-mismatch', 'J15').expected).toBe('86.83%');

    // 9.5 + 10 + 10 + 10 + 11 + 10 + 13.5 + 9 + 10, typed 95
    expect(find('w11', 'total-mismatch', 'G21').expected).toBe('93');
    expect(find('w11', 'missing-value', 'F19').actual).toBe('(empty)');
    // 762.40 / 800 stored as 0.953 in 0.0%; its score 9.53 written 9.5 is consistent
    const w11 = getterFor(byPrefix('w11').file, '自评表');
    expect(evaluate({ op: 'ratio', num: 'E6', den: 'D6', reported: 'G6' }, w11).status).toBe('ok');
    expect(evaluate({ op: 'execScore', num: 'E6', den: 'D6', weight: 'F6', reported: 'H6' }, w11).status).toBe('ok');

    // w09: 1,021.18 + 226.16 = 1,247.34 vs a reported 1,247.35 (rounding only); 执行率 and its score exact
    const w09 = byPrefix('w09');
    const silent = (sheet: string, cell: string) => w09.correctCells.find((x) => x.sheet === sheet && x.cell === cell);
    expect(silent('整体自评', 'E6')!.allowed).toEqual(['rounding']);
    const g = getterFor(w09.file, '整体自评');
    expect(evaluate({ op: 'execScore', num: 'E6', den: 'D6', weight: 'F6', reported: 'H6' }, g).status).toBe('ok');
    expect(rawText(g('G6'))).toBe('96.05%');
    expect(rawText(g('H6'))).toBe(9.61);
  });
});
