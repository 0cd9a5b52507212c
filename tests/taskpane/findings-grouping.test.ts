import type { Finding } from '../../src/core/model/finding';
import type { PaneTable } from '../../src/taskpane/session';
import {
  NO_FILTER,
  allFindings,
  applyFilter,
  countBySeverity,
  filterChoices,
  groupFindings,
  qualifiedCell,
  reconcileFilter,
} from '../../src/taskpane/state/findings';

const f = (code: Finding['code'], severity: Finding['severity'], sheet: string, cell: string, message = `${code} ${cell}`): Finding => ({ code, severity, sheet, cell, message });

const findings: Finding[] = [
  f('score-mismatch', 'warning', '附件4', 'J22'),
  f('missing-reason', 'error', '附件4', 'K22'),
  f('missing-reason', 'error', '附件4', 'K14'),
  f('rounding', 'info', '附件2', 'F9'),
  f('target-far-exceeded', 'warning', '附件4', 'H14'),
  f('score-mismatch', 'warning', '附件4', 'K7'),
  f('total-mismatch', 'error', '附件2', 'AA100'),
  f('missing-reason', 'error', '附件2', 'K9'),
];

describe('grouping findings', () => {
  it('groups by severity (error, warning, info), then code in report order, then position', () => {
    const groups = groupFindings(findings);
    expect(groups.map((g) => [g.severity, g.count])).toEqual([
      ['error', 4],
      ['warning', 3],
      ['info', 1],
    ]);
    expect(groups[0].codes.map((c) => [c.code, c.findings.map((x) => `${x.sheet}!${x.cell}`)])).toEqual([
      ['missing-reason', ['附件4!K14', '附件4!K22', '附件2!K9']],
      ['total-mismatch', ['附件2!AA100']],
    ]);
    expect(groups[1].codes.map((c) => [c.code, c.findings.map((x) => x.cell)])).toEqual([
      ['target-far-exceeded', ['H14']],
      ['score-mismatch', ['K7', 'J22']],
    ]);
  });

  it('leaves out empty severities and counts every finding once', () => {
    const groups = groupFindings(findings.filter((x) => x.severity !== 'warning'));
    expect(groups.map((g) => g.severity)).toEqual(['error', 'info']);
    const total = groupFindings(findings).reduce((n, g) => n + g.codes.reduce((m, c) => m + c.findings.length, 0), 0);
    expect(total).toBe(findings.length);
    expect(countBySeverity(findings)).toEqual({ error: 4, warning: 3, info: 1 });
  });

  it('returns no groups for no findings', () => {
    expect(groupFindings([])).toEqual([]);
  });
});

describe('filters', () => {
  it('filter by severity, code and sheet together', () => {
    expect(applyFilter(findings, NO_FILTER)).toHaveLength(8);
    expect(applyFilter(findings, { severity: 'error', code: null, sheet: null })).toHaveLength(4);
    expect(applyFilter(findings, { severity: null, code: 'missing-reason', sheet: '附件4' }).map((x) => x.cell)).toEqual(['K22', 'K14']);
    expect(applyFilter(findings, { severity: 'info', code: 'missing-reason', sheet: null })).toEqual([]);
  });

  it('offers the codes that occur, in report order, and the sheets in the order met', () => {
    expect(filterChoices(findings)).toEqual({
      codes: ['missing-reason', 'target-far-exceeded', 'score-mismatch', 'total-mismatch', 'rounding'],
      sheets: ['附件4', '附件2'],
    });
  });

  it('falls back to all when the chosen code or sheet disappears after an edit', () => {
    const chosen = { severity: 'error' as const, code: 'total-mismatch' as const, sheet: '附件2' };
    expect(reconcileFilter(chosen, findings)).toEqual(chosen);
    const afterEdit = findings.filter((x) => x.sheet !== '附件2');
    expect(reconcileFilter(chosen, afterEdit)).toEqual({ severity: 'error', code: null, sheet: null });
  });
});

describe('findings of several tables', () => {
  it('are listed once even when two tables report the same cell', () => {
    const table = (fs: Finding[]) => ({ findings: fs }) as unknown as PaneTable;
    const all = allFindings([table(findings.slice(0, 3)), table(findings.slice(2, 5))]);
    expect(all).toHaveLength(5);
  });
});

describe('cell names', () => {
  it('quote sheet names as Excel does', () => {
    expect(qualifiedCell('附件4', 'K14')).toBe('附件4!K14');
    expect(qualifiedCell('Sheet1', 'A1')).toBe('Sheet1!A1');
    expect(qualifiedCell('My sheet', 'A1')).toBe("'My sheet'!A1");
    expect(qualifiedCell("O'Brien", 'A1')).toBe("'O''Brien'!A1");
    expect(qualifiedCell('A1', 'B2')).toBe("'A1'!B2");
    expect(qualifiedCell('2022', 'B2')).toBe("'2022'!B2");
  });
});
