import { runCheck, fileReport, findingKeys, FIXTURES } from './cli-json';

/** DOMAIN.md section 8, reproduced by `node bin/jixiao.js check --json` on the seed fixtures. */
const { report, status } = runCheck([FIXTURES]);

const table = (file: string, sheet: string, template?: string) => {
  const t = fileReport(report, file).tables.find((x) => x.sheet === sheet && (!template || x.template === template));
  if (!t) throw new Error(`no ${template ?? 'table'} on ${sheet} in ${file}`);
  return t;
};

describe('the command line on the seed fixtures', () => {
  it('reads every fixture and exits 1 (the seeds hold error-severity mistakes)', () => {
    expect(report.version).toBe(1);
    expect(report.files).toHaveLength(4);
    expect(report.files.every((f) => f.error === null)).toBe(true);
    expect(status).toBe(1);
  });
});

describe('001 岳阳', () => {
  const file = 'seed-001-yueyang.xlsx';

  it('reports exactly the seed mistakes, silent elsewhere', () => {
    expect(findingKeys(report, file)).toEqual(
      [
        'spent-without-budget@附件1!G8',
        'spent-without-budget@附件1!G13',
        'score-mismatch@附件2!I6',
        'target-not-met@附件2!F25',
        'score-mismatch@附件2!H25',
        'score-mismatch@附件4!K7',
        'target-far-exceeded@附件4!H14',
        'missing-reason@附件4!K14',
        'score-mismatch@附件4!J22',
        'missing-reason@附件4!K22',
      ].sort(),
    );
  });

  it('附件2: dept form, 执行率 1115.09/1085.09 = 102.76%, score 10 (capped) vs 9, total 98 consistent', () => {
    const t = table(file, '附件2');
    expect(t.template).toBe('dept-self-eval');
    expect(t.executionRate).toBe('102.76%');
    expect(t.total).toMatchObject({ cell: 'H43', reported: '98', computed: '98.00', rescored: '99.72', max: '100' });
    expect(t.grade?.computed).toBe('优');
    const exec = t.findings.find((f) => f.cell === 'I6')!;
    expect(exec).toMatchObject({ code: 'score-mismatch', severity: 'warning', expected: '10.00', actual: '9' });
    const cost = t.indicators.find((i) => i.name === '总成本控制')!;
    expect(cost).toMatchObject({ kind: 'reverse', target: '≤1085.09万', actual: '1115.09万', weight: '10', reported: '9', computed: '9.72' });
    expect(t.findings.find((f) => f.cell === 'H25')).toMatchObject({ expected: '9.72', actual: '9' });
    // Sentence-valued rows are qualitative at full marks: no computed score, no finding.
    const study = t.indicators.find((i) => i.name === '学习贯彻二十大精神')!;
    expect(study).toMatchObject({ kind: 'qualitative', computed: null, reported: '10' });
    expect(t.indicators).toHaveLength(11);
    expect(t.indicators.filter((i) => i.kind === 'qualitative')).toHaveLength(10);
  });

  it('附件4: project form, 全年预算数 "100（调减20万）" = 100, 执行率 96.89%, score 9.69 vs 9', () => {
    const t = table(file, '附件4');
    expect(t.template).toBe('project-self-eval');
    expect(t.project).toBe('业务工作经费');
    expect(t.executionRate).toBe('96.89%');
    expect(t.total).toMatchObject({ reported: '98', computed: '98.00', max: '100' });
    expect(t.findings.find((f) => f.cell === 'K7')).toMatchObject({ code: 'score-mismatch', expected: '9.69', actual: '9' });
    expect(t.indicators.find((i) => i.name === '业务工作经费')).toMatchObject({ kind: 'reverse', computed: '10.00', reported: '9' });
    expect(t.indicators.find((i) => i.name === '防非、处非知识学习培训')).toMatchObject({ kind: 'positive', target: '4次', actual: '6次', computed: '10.00' });
    expect(t.indicators.map((i) => i.level1)).toContain('产出指标');
  });

  it('附件1: 控制率 20/20 = 100% is consistent; 0 budget with 1.9 spent on both 三公 rows', () => {
    const t = table(file, '附件1');
    expect(t.template).toBe('dept-basic-data');
    expect(t.findings.map((f) => f.code)).toEqual(['spent-without-budget', 'spent-without-budget']);
    expect(t.findings.map((f) => f.actual)).toEqual(['1.9', '1.9']);
  });

  it('附件5: 20 + 10 + 15 + 18 + 18 + 14 = 95', () => {
    const t = table(file, '附件5');
    expect(t.template).toBe('indicator-scoring');
    expect(t.total).toMatchObject({ reported: '95', computed: '95.00', max: '100' });
    expect(t.findings).toEqual([]);
  });
});

describe('000 洛阳', () => {
  const file = 'seed-000-luoyang.xlsx';

  it('reports only the 2242.83 under a parent of 242.83, at the parent', () => {
    expect(findingKeys(report, file)).toEqual(['total-mismatch@收支及资产!E18']);
    const f = fileReport(report, file).tables.flatMap((t) => t.findings)[0];
    expect(f).toMatchObject({ expected: '2242.83', actual: '242.83', severity: 'error' });
  });

  it('个性指标体系表: total 91.9, 优', () => {
    const t = fileReport(report, file).tables.find((x) => x.template === 'indicator-scoring' && x.total?.cell === 'F80')!;
    expect(t.total).toMatchObject({ reported: '91.9', computed: '91.90', max: '100' });
    expect(t.grade?.computed).toBe('优');
  });

  it('recognises the budget tables and both scoring tables', () => {
    const templates = fileReport(report, file).tables.map((t) => t.template);
    expect(templates.filter((x) => x === 'indicator-scoring')).toHaveLength(2);
    expect(templates.filter((x) => x === 'budget-table').length).toBeGreaterThanOrEqual(4);
  });
});

describe('003 深圳罗湖', () => {
  const file = 'seed-003-luohu.xlsx';

  it('is checked under the auto-detected regional profile', () => {
    expect(fileReport(report, file).profile).toBe('shenzhen-luohu');
  });

  it('reports weight, quarterly score and the three wrong totals, silent on 921.75 vs 921.76', () => {
    expect(findingKeys(report, file)).toEqual(
      ['weight-mismatch@评分表!B36', 'score-mismatch@评分表!I41', 'total-mismatch@预算执行!D24', 'total-mismatch@预算执行!D32', 'total-mismatch@预算执行!E32'].sort(),
    );
  });

  it('total 88.62 (良), rescored 87.53 with 预算执行率 3.53 by the quarterly rule', () => {
    const t = table(file, '评分表', 'indicator-scoring');
    expect(t.total).toMatchObject({ reported: '88.62', computed: '88.62', rescored: '87.53' });
    expect(t.grade?.computed).toBe('良');
    expect(t.findings.find((f) => f.cell === 'I41')).toMatchObject({ expected: '3.53', actual: '4.62' });
    expect(t.findings.find((f) => f.cell === 'B36')).toMatchObject({ expected: '60', actual: '55' });
  });

  it('功能分类 parts sum to 20,149.72; 固定资产 160.02 vs 158.03 in 原值 and 在用', () => {
    const all = fileReport(report, file).tables.flatMap((t) => t.findings);
    expect(all.find((f) => f.cell === 'D24')).toMatchObject({ expected: '20149.72', actual: '20179.71' });
    expect(all.find((f) => f.cell === 'D32')).toMatchObject({ expected: '158.03', actual: '160.02' });
    expect(all.find((f) => f.cell === 'E32')).toMatchObject({ expected: '158.03', actual: '160.02' });
  });
});

describe('004 万州', () => {
  const file = 'seed-004-wanzhou.xlsx';

  it('reports 过程 63 vs 61, 目标设定 (6分) vs 3 + 4, and 基本支出 in both columns; silent on 38.26 vs 38.27', () => {
    expect(findingKeys(report, file)).toEqual(
      ['total-mismatch@评分表!E12', 'weight-mismatch@评分表!C6', 'total-mismatch@收支表!D26', 'total-mismatch@收支表!E26'].sort(),
    );
  });

  it('total 99 = 17 + 63 + 19 from the reported subtotals (one finding, not two); items sum to 97', () => {
    const t = table(file, '评分表', 'indicator-scoring');
    expect(t.total).toMatchObject({ reported: '99', computed: '99.00', rescored: '97.00', max: '100' });
    expect(t.grade).toMatchObject({ reported: '优', computed: '优' });
    expect(t.findings.find((f) => f.cell === 'E12')).toMatchObject({ expected: '61', actual: '63' });
  });

  it('基本支出 94.03 over 55.76 + 16.29 in the 总合计 block', () => {
    const all = fileReport(report, file).tables.flatMap((t) => t.findings);
    expect(all.find((f) => f.cell === 'D26')).toMatchObject({ expected: '72.05', actual: '94.03' });
  });
});
