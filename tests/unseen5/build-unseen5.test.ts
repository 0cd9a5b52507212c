/**
 * Checks the fifth unseen set's generator itself (not the engine): the files
 * are written, the truth points at real cells, codes and templates are the
 * stable ids, every expectation recomputes from the cells read back from disk,
 * and a few expected values agree with hand arithmetic. Measuring the checker
 * against truth.json is a separate harness.
 */
import * as path from 'path';
import { buildUnseen5 } from './build-unseen5';
import { evaluate, rawText, UnseenCase } from '../unseen/unseen-truth';
import { useWrittenSet, type WrittenSet } from '../unseen/set-io';
import { describeSetFiles, describeTruthChecks } from '../unseen/truth-checks';

const set = useWrittenSet(buildUnseen5, 'jixiao-unseen5-');
const { getterFor, byPrefix } = set;
let cases: UnseenCase[];
let books: WrittenSet['books'];
beforeAll(() => ({ cases, books } = set));

const text = (file: string, sheet: string, cell: string) => rawText({ value: books.get(byPrefix(file).file)!.getWorksheet(sheet)!.getCell(cell).value });

describeSetFiles('fifth unseen set', set, buildUnseen5, { letter: 'y', min: 7, max: 8, sources: [path.join(__dirname, 'build-unseen5.ts'), __filename] });

describeTruthChecks('fifth unseen set', () => ({ cases, books, getterFor }), { planted: 20, correct: 140, rounding: 3 });

describe('fifth unseen set: what it holds', () => {
  it('plants 15+ findings over 12+ codes and keeps a negative and a clean workbook', () => {
    const count: Record<string, number> = {};
    for (const c of cases) for (const p of c.planted) count[p.code] = (count[p.code] ?? 0) + 1;
    expect(Object.keys(count).length).toBeGreaterThanOrEqual(12);
    expect(Object.values(count).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(15);
    const negatives = cases.filter((c) => c.tables.length === 0);
    expect(negatives.length).toBeGreaterThanOrEqual(1);
    for (const c of negatives) expect(c.planted).toEqual([]);
    const clean = cases.filter((c) => c.tables.length > 0 && c.planted.length === 0);
    expect(clean.length).toBeGreaterThanOrEqual(1);
    expect(clean.reduce((s, c) => s + c.correctCells.length, 0)).toBeGreaterThanOrEqual(20);
  });

  it('has two 基础数据表 wordings, each with a 控制率 and the 人员 / 楼堂馆所 blocks', () => {
    const basics = cases.filter((c) => c.tables.some((t) => t.template === 'dept-basic-data'));
    expect(basics.map((c) => c.file.slice(0, 3))).toEqual(['y01', 'y02']);
    expect(text('y01', '基础数据表', 'C3')).toBe('在职人数');
    expect(text('y02', '表一', 'D4')).toBe('离退休人数（人）');
    expect(text('y01', '基础数据表', 'D14')).toBe('规模控制率');
    expect(String(text('y01', '基础数据表', 'B9'))).toContain('其中：公务用车购置费');
  });

  it('writes 指标性质 in words and 计量单位 in columns of their own in y03, and “无” as one reason (left out of the truth)', () => {
    expect(text('y03', '自评表', 'D12')).toBe('指标性质');
    expect(text('y03', '自评表', 'F12')).toBe('计量单位');
    expect([text('y03', '自评表', 'D13'), text('y03', '自评表', 'D18'), text('y03', '自评表', 'D16')]).toEqual(['正向', '反向', '定性']);
    expect(text('y03', '自评表', 'J14')).toBe('无');
    const y03 = byPrefix('y03');
    expect(y03.planted.some((p) => p.cell === 'J14')).toBe(false);
    expect(y03.correctCells.some((x) => x.cell === 'J14')).toBe(false);
  });

  it('indents the y04 labels in one column without numbering', () => {
    expect(text('y04', '评分表', 'A5')).toBe('部门决策');
    expect(text('y04', '评分表', 'A6')).toBe('　目标设定');
    expect(text('y04', '评分表', 'A7')).toBe('　　绩效目标合理性');
  });

  it('agrees with hand-computed values', () => {
    const find = (file: string, code: string, cell: string) => {
      const p = byPrefix(file).planted.find((x) => x.code === code && x.cell === cell);
      expect([file, code, cell, !!p]).toEqual([file, code, cell, true]);
      return p!;
    };
    // 0 + 9.20 + 3.90 = 13.10, typed 12.60
    expect(find('y01', 'total-mismatch', 'E6')).toMatchObject({ expected: '13.1', actual: '12.6' });
    // 88.40 / 95.00 = 93.05 %
    expect(find('y01', 'rate-mismatch', 'F12')).toMatchObject({ expected: '93.05%', actual: '96.20%' });
    // 2,460 / 2,400 = 102.50 %
    expect(find('y02', 'rate-mismatch', 'D15')).toMatchObject({ expected: '102.50%', actual: '95.00%' });
    find('y02', 'spent-without-budget', 'E10');
    // 88.6 / 95 × 10 = 9.33; reverse 86 vs 80: (1 − 6/80) × 10 = 9.25
    expect(find('y03', 'score-mismatch', 'I15').expected).toBe('9.33');
    expect(find('y03', 'score-mismatch', 'I18').expected).toBe('9.25');
    // 4 + 4 + 5 under a declared 15
    expect(find('y04', 'weight-mismatch', 'B13').expected).toBe('13');
    // 9 + 10 + 8.5 under a reported 29
    expect(find('y04', 'total-mismatch', 'D23').expected).toBe('27.5');
    // 18.5 + 28.8 + 29 + 18 = 94.3 → 优
    expect(find('y04', 'grade-mismatch', 'B35').expected).toBe('优');
    // y07: 412.6 / 520 = 79.35 % < 90 % and no 原因说明
    find('y07', 'missing-reason', 'J7');
    find('y07', 'missing-value', 'G11');
    find('y07', 'unparseable', 'I13');
    expect(find('y07', 'score-out-of-band', 'I16').actual).toBe('8 (80.00%)');
    // y05: 2,873.46 / 3,015.28 = 95.2966 % written 95.29 %: rounding only; its score 9.53 exact
    const y05 = byPrefix('y05');
    expect(y05.correctCells.find((x) => x.cell === 'G4')!.allowed).toEqual(['rounding']);
    expect(evaluate({ op: 'execScore', num: 'E4', den: 'D4', weight: 'F4', reported: 'H4' }, getterFor(y05.file, '整体自评')).status).toBe('ok');
  });
});
