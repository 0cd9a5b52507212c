import { sampleWorkbook, SAMPLE_SHEET } from '../../src/playground/sample';
import { tablesFromWorkbook } from './fake-session';

describe('the playground sample (001 附件4)', () => {
  const tables = tablesFromWorkbook(sampleWorkbook());

  it('is recognised as one project self-evaluation form', () => {
    expect(tables.map((t) => [t.sheet, t.template])).toEqual([[SAMPLE_SHEET, 'project-self-eval']]);
  });

  it('reproduces the seed figures of DOMAIN.md section 8', () => {
    const [t] = tables;
    expect(t.executionRate).toBe('96.89%');
    expect(t.total?.reported).toBe('98');
    const codes = t.findings.map((f) => `${f.code}@${f.cell}`).sort();
    expect(codes).toEqual(expect.arrayContaining(['missing-reason@K14', 'missing-reason@K22', 'score-mismatch@J22', 'target-far-exceeded@H14']));
    expect(t.findings.some((f) => f.code === 'score-mismatch' && f.cell === 'K7')).toBe(true);
  });
});
