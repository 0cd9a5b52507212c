/**
 * Checks the unseen-set generator itself (not the engine): the files are
 * written, the truth points at real cells, codes and templates are the
 * stable ids, and every expectation recomputes from the cells read back from
 * disk. The truth arithmetic is also checked against DOMAIN.md section 8.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildUnseen } from './build-unseen';
import { Basis, CODES, evaluate, Getter, RawCell, rawText, TEMPLATE_IDS, UnseenCase } from './unseen-truth';
import { useWrittenSet, type WrittenSet } from './set-io';
import { describeSetFiles, describeTruthChecks } from './truth-checks';

const set = useWrittenSet(buildUnseen, 'jixiao-unseen-');
const { getterFor } = set;
let dir: string;
let cases: UnseenCase[];
let books: WrittenSet['books'];
beforeAll(() => ({ dir, cases, books } = set));

describeSetFiles('unseen set', set, buildUnseen, { letter: null, min: 12, max: 17, sources: [path.join(__dirname, 'build-unseen.ts'), __filename] });

describe('unseen set: what its files hold', () => {
  it('holds no machine paths, hosts or personal names', () => {
    const text = fs.readFileSync(path.join(dir, 'truth.json'), 'utf8');
    expect(text).not.toMatch(/\/(tmp|work|home|Users)\//);
    expect(text).not.toMatch(/[A-Za-z]:\\/);
    expect(text).not.toMatch(/https?:\/\//);
    // units are neutral (某市 / 某某县 …); people appear only as 职工01 …
    for (const [file, wb] of books)
      wb.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            const t = rawText({ value: cell.value });
            if (typeof t !== 'string') return;
            if (/(局|公司)$/.test(t) && t.length < 20) expect([file, t]).toEqual([file, expect.stringMatching(/某/)]);
            expect(t).not.toMatch(/填表人：[^　\s]/);
          }),
        ),
      );
  });

});

describeTruthChecks('unseen set', () => ({ cases, books, getterFor }), { planted: 26, correct: 300, rounding: 1 });

describe('unseen set: what it holds', () => {
  it('plants every code at least twice, and keeps negatives and clean forms', () => {
    const count: Record<string, number> = {};
    for (const c of cases) for (const p of c.planted) count[p.code] = (count[p.code] ?? 0) + 1;
    for (const code of CODES) expect([code, (count[code] ?? 0) >= 2]).toEqual([code, true]);
    expect(cases.some((c) => c.tables.length === 0 && c.planted.length === 0)).toBe(true);
    expect(cases.filter((c) => c.tables.length > 0 && c.planted.length === 0).length).toBeGreaterThanOrEqual(2);
    const templates = new Set(cases.flatMap((c) => c.tables.map((t) => t.template)));
    expect([...templates].sort()).toEqual([...TEMPLATE_IDS].sort());
  });

  it('agrees with hand-computed values', () => {
    const find = (file: string, code: string, cell: string) => {
      const c = cases.find((x) => x.file.startsWith(file))!;
      const p = c.planted.find((x) => x.code === code && x.cell === cell);
      expect(p).toBeDefined();
      return p!;
    };
    // 266.5 / 280 = 95.1786 % → 9.52 of 10
    expect(find('u01', 'score-mismatch', 'J7').expected).toBe('9.52');
    // 10 + 10 + 10 + 5 + 5 + 10 + 10 + 10 + 7 + 10 + 8
    expect(find('u01', 'total-mismatch', 'I27').expected).toBe('95');
    // 131 / 126 = 103.968 %
    expect(find('u09', 'rate-mismatch', 'E9').expected).toBe('103.97%');
    // 745.80 + 774.35 + 100.00
    expect(find('u13', 'total-mismatch', 'D23').expected).toBe('1620.15');
    // 1286.50 + 2026.90
    expect(find('u13', 'total-mismatch', 'B29').expected).toBe('3313.4');
    // (1 − (56 − 50)/50) × 10
    expect(find('u07', 'score-mismatch', 'H18').expected).toBe('8.80');
    // 288 / 300 × 10
    expect(find('u06', 'score-mismatch', 'H12').expected).toBe('9.60');
    // 过程 35 = 15 + 12 + 8 computed, so only 预算管理 (10 over 4 + 4 + 4) is flagged
    expect(find('u10', 'weight-mismatch', 'D12').expected).toBe('12');
    const u02 = getterFor(cases.find((c) => c.file.startsWith('u02'))!.file, 'Sheet1');
    // reverse cost (≤2.5 万元, actual 3.1): (1 − 0.6/2.5) × 5 = 3.8, written as the national score
    expect(rawText(u02('I17'))).toBe(3.8);
  });
});

describe('truth arithmetic reproduces DOMAIN.md section 8', () => {
  const sheet = (cells: Record<string, RawCell['value']>): Getter => (a) => ({ value: cells[a] ?? null });
  const st = (b: Basis, cells: Record<string, RawCell['value']>) => evaluate(b, sheet(cells)).status;

  it('rates: rounding-aware, truncation is only rounding', () => {
    const ratio: Basis = { op: 'ratio', num: 'A1', den: 'A2', reported: 'A3' };
    expect(st(ratio, { A1: '2.33', A2: '6.30', A3: '37.06%' })).toBe('slack');
    expect(st(ratio, { A1: 15, A2: 17, A3: '88.23%' })).toBe('slack');
    expect(st(ratio, { A1: 15, A2: 17, A3: '88.24%' })).toBe('ok');
    expect(st(ratio, { A1: '20.8', A2: '174.56', A3: '10.68%' })).toBe('mistake');
    expect(st(ratio, { A1: '0.55', A2: '3', A3: '18.33%' })).toBe('ok');
    expect(st(ratio, { A1: '1.61', A2: '2.50', A3: '64.40%' })).toBe('ok');
    expect(st(ratio, { A1: 10, A2: 11, A3: '90.91%' })).toBe('ok');
  });

  it('sums: off by a cent is rounding, 2242.83 under 242.83 is a mistake, integer scores are exact', () => {
    const sum: Basis = { op: 'sum', parts: ['A1', 'A2'], total: 'A3' };
    expect(st(sum, { A1: '72.53', A2: '193.49', A3: '266.03' })).toBe('slack');
    expect(st(sum, { A1: '2242.83', A2: '—', A3: '242.83' })).toBe('mistake');
    expect(st({ op: 'sum', parts: ['A1', 'A2', 'A4'], total: 'A3' }, { A1: 17, A2: 63, A4: 19, A3: 99 })).toBe('ok');
    expect(st({ op: 'sum', parts: ['A1', 'A2'], total: 'A3' }, { A1: 30, A2: 31, A3: 63 })).toBe('mistake');
    expect(st({ op: 'sum', parts: ['A1', 'A2'], total: 'A3' }, { A1: '130.03', A2: '28.00', A3: '160.02' })).toBe('mistake');
  });

  it('scores: 执行率 capped, reverse cost rows, quantitative', () => {
    const exec: Basis = { op: 'execScore', num: 'A1', den: 'A2', weight: 'A3', reported: 'A4' };
    expect(st(exec, { A1: '96.89', A2: '100（调减20万）', A3: 10, A4: 9 })).toBe('mistake');
    expect(st(exec, { A1: '96.89', A2: '100', A3: 10, A4: '9.69' })).toBe('ok');
    expect(st(exec, { A1: '1115.09', A2: '1085.09', A3: 10, A4: 10 })).toBe('ok');
    expect(st(exec, { A1: '1115.09', A2: '1085.09', A3: 10, A4: 9 })).toBe('mistake');
    const rev: Basis = { op: 'score', kind: 'rev', target: 'A1', actual: 'A2', weight: 'A3', reported: 'A4' };
    expect(evaluate(rev, sheet({ A1: '≤1085.09万', A2: '1115.09万', A3: 10, A4: 9 })).expected).toBe('9.72');
    expect(st(rev, { A1: '100万', A2: '96.9万', A3: 10, A4: 9 })).toBe('mistake');
    expect(st({ op: 'notMet', kind: 'rev', target: 'A1', actual: 'A2' }, { A1: '≤1085.09万', A2: '1115.09万' })).toBe('mistake');
    expect(st({ op: 'farExceeded', kind: 'pos', target: 'A1', actual: 'A2' }, { A1: '4次', A2: '6次' })).toBe('mistake');
    expect(st({ op: 'farExceeded', kind: 'pos', target: 'A1', actual: 'A2' }, { A1: '10次', A2: '13次' })).toBe('ok');
  });

  it('weights: one wrong declaration, one finding', () => {
    // 004: 目标设定 "(6分)" over 3 + 4 is flagged; 投入 "(17分)" over (6分) + (10分) = 7 + 10 computed is not
    expect(st({ op: 'weight', parent: 'A1', children: ['A2', 'A3'], leaves: ['A2', 'A3'] }, { A1: '（1）目标设定。（6分）', A2: 3, A3: 4 })).toBe('mistake');
    expect(
      st(
        { op: 'weight', parent: 'A1', children: ['B1', 'B2'], leaves: ['A2', 'A3', 'A4', 'A5'] },
        { A1: '1.投入。（17分）', B1: '（1）目标设定。（6分）', B2: '（2）预算配置。（10分）', A2: 3, A3: 4, A4: 5, A5: 5 },
      ),
    ).toBe('ok');
    expect(st({ op: 'grade', total: 'A1', grade: 'A2' }, { A1: '88.62', A2: '良' })).toBe('ok');
    expect(st({ op: 'grade', total: 'A1', grade: 'A2' }, { A1: '91.9', A2: '良' })).toBe('mistake');
    expect(st({ op: 'spent', budget: 'A1', spent: 'A2' }, { A1: 0, A2: '1.9' })).toBe('mistake');
    expect(st({ op: 'unparseable', cell: 'A1' }, { A1: '12..5' })).toBe('mistake');
    expect(st({ op: 'unparseable', cell: 'A1' }, { A1: '20,179.71' })).toBe('ok');
  });
});
