/**
 * Checks the fourth unseen set's generator itself (not the engine): the files
 * are written, the truth points at real cells, codes and templates are the
 * stable ids, every expectation recomputes from the cells read back from disk
 * (formula cells by their cached results), and a few expected values agree
 * with hand arithmetic. Measuring the checker against truth.json is a
 * separate harness.
 */
import * as path from 'path';
import { buildUnseen4 } from './build-unseen4';
import { evaluate, UnseenCase } from '../unseen/unseen-truth';
import { useWrittenSet, type WrittenSet } from '../unseen/set-io';
import { describeSetFiles, describeTruthChecks } from '../unseen/truth-checks';

const set = useWrittenSet(buildUnseen4, 'jixiao-unseen4-');
const { getterFor, byPrefix } = set;
let cases: UnseenCase[];
let books: WrittenSet['books'];
beforeAll(() => ({ cases, books } = set));

const formula = (file: string, sheet: string, cell: string): string | undefined => {
  const v = books.get(byPrefix(file).file)!.getWorksheet(sheet)!.getCell(cell).value as { formula?: string } | null;
  return v && typeof v === 'object' ? v.formula : undefined;
};

describeSetFiles('fourth unseen set', set, buildUnseen4, { letter: 'x', min: 7, max: 10, sources: [path.join(__dirname, 'build-unseen4.ts'), __filename] });

describe('fourth unseen set: what its files hold', () => {
});

describeTruthChecks('fourth unseen set', () => ({ cases, books, getterFor }), { planted: 20, correct: 150, rounding: 2 });

describe('fourth unseen set: what it holds', () => {
  it('plants 20+ findings over 12+ codes and keeps a negative and a clean workbook', () => {
    const count: Record<string, number> = {};
    for (const c of cases) for (const p of c.planted) count[p.code] = (count[p.code] ?? 0) + 1;
    expect(Object.keys(count).length).toBeGreaterThanOrEqual(12);
    expect(Object.values(count).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(20);
    const negatives = cases.filter((c) => c.tables.length === 0);
    expect(negatives.length).toBeGreaterThanOrEqual(1);
    for (const c of negatives) expect(c.planted).toEqual([]);
    const clean = cases.filter((c) => c.tables.length > 0 && c.planted.length === 0);
    expect(clean.length).toBeGreaterThanOrEqual(1);
    expect(clean.reduce((s, c) => s + c.correctCells.length, 0)).toBeGreaterThanOrEqual(30);
  });

  it('writes derived cells as formulas with cached results', () => {
    let n = 0;
    for (const wb of books.values())
      wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => {
        const v = c.value as { formula?: string; result?: unknown } | null;
        // ExcelJS writes no cached value for a result of 0 (only x05's 盘盈盘亏 column has one)
        if (v && typeof v === 'object' && v.formula && typeof v.result === 'number') n++;
      })));
    expect(n).toBeGreaterThanOrEqual(60);
    // x01: 执行率 over 年初预算数, 总分 SUM one row short
    expect(formula('x01', 'Sheet1', 'G6')).toBe('E6/C6');
    expect(formula('x01', 'Sheet1', 'H6')).toBe('ROUND(MIN(E6/D6,1)*F6,2)');
    expect(formula('x01', 'Sheet1', 'G24')).toBe('SUM(H6,G13:G22)');
    // x02: the 执行率得分 typed over its formula
    expect(formula('x02', '学生营养餐', 'H7')).toBeUndefined();
    expect(formula('x02', '乡村道路养护', 'H7')).toMatch(/^ROUND\(MIN\(/);
  });

  it('has one sheet per project, a 汇总 sheet and an empty sheet in x02', () => {
    const wb = books.get(byPrefix('x02').file)!;
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '学生营养餐', '乡村道路养护', '文化惠民演出', 'Sheet1']);
    expect(wb.getWorksheet('Sheet1')!.actualRowCount).toBe(0);
    expect(byPrefix('x02').tables.map((t) => t.sheet).sort()).toEqual(['乡村道路养护', '学生营养餐', '文化惠民演出', '汇总'].sort());
  });

  it('agrees with hand-computed values', () => {
    const find = (file: string, code: string, cell: string) => {
      const p = byPrefix(file).planted.find((x) => x.code === code && x.cell === cell);
      expect([file, code, cell, !!p]).toEqual([file, code, cell, true]);
      return p!;
    };
    // 342.6 / 360 = 95.17 %; the formula divides by 年初 300: 114.20 %
    expect(find('x01', 'rate-mismatch', 'G6')).toMatchObject({ expected: '95.17%', actual: '114.20%' });
    // 9.52 + 50 − 0.32 + 30 − 3 + 10 = 96.2; the SUM misses the 满意度 10
    expect(find('x01', 'total-mismatch', 'G24')).toMatchObject({ expected: '96.2', actual: '86.2' });
    // 376.2 / 400 = 94.05 % → 9.41, typed 10
    expect(find('x02', 'score-mismatch', 'H7').expected).toBe('9.41');
    // 8.5 + 20 + 7 + 8 + 6 + 20 + 20 = 89.5 → 良
    expect(find('x02', 'grade-mismatch', 'F17').expected).toBe('良');
    // 400 + 240 + 85; 执行数 SUM over two rows: 376.2 + 204
    expect(find('x02', 'total-mismatch', 'C7')).toMatchObject({ expected: '663.5', actual: '580.2' });
    // 管理效率（20分） over 5 + 5 + 5
    expect(find('x03', 'weight-mismatch', 'A14').expected).toBe('15');
    // 过程 25 over 4 × 5
    expect(find('x04', 'weight-mismatch', 'D11').expected).toBe('20');
    // 公务用车 调整后预算 typed 15 over 0 + 16.50
    expect(find('x07', 'total-mismatch', 'C6').expected).toBe('16.5');
    // 876.30 / 918.25 = 95.43 %
    expect(find('x07', 'rate-mismatch', 'D18').expected).toBe('95.43%');
    // reverse cost 57.5 vs ≤50: (1 − 7.5/50) × 10
    expect(find('x08', 'score-mismatch', 'G14').expected).toBe('8.50');

    // x06: 497.36 / 520 = 95.6462 %, ROUNDDOWN to 95.64 %: rounding only; its score 9.56 exact
    const x06 = byPrefix('x06');
    const g = getterFor(x06.file, '自评表');
    expect(x06.correctCells.find((x) => x.sheet === '自评表' && x.cell === 'G6')!.allowed).toEqual(['rounding']);
    expect(evaluate({ op: 'execScore', num: 'E6', den: 'D6', weight: 'F6', reported: 'H6' }, g).status).toBe('ok');
    expect(formula('x06', '自评表', 'G6')).toBe('ROUNDDOWN(E6/D6,4)');
  });
});
