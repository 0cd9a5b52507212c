/**
 * The third unseen workbook set (w01–w10): evaluation workbooks as clerks
 * really submit them — other provinces' 部门整体支出绩效自评表 and 基础数据表
 * wordings, two tables side by side, tables starting in column F, two
 * 项目自评表 stacked with different column orders, header words with inner
 * spaces and line breaks, numbers typed as text with 万元 suffixes, placeholders
 * (—, /, 无, 不适用, N/A), percentages as fractions, 注 rows inside the table
 * area, a merged 备注 column, 合计 written “合　计” / “总  计” — each with
 * planted mistakes (or none) and a truth file, to measure the checker blind
 * under the national profile of DOMAIN.md.
 *
 *   buildUnseen3(outDir) → writes outDir/*.xlsx and outDir/truth.json
 *   node scripts/run-ts.js tests/unseen3/build-unseen3.ts [outDir]   # default tests/unseen3/out
 *
 * Built from DOMAIN.md and the first two sets' library only (no engine code,
 * no checker run): every expectation is recomputed from the written cells
 * (tests/unseen/unseen-truth.ts, decimal.js ROUND_HALF_UP with rounding
 * intervals), and each case states how many findings of each code it plants;
 * the build fails if its data implies anything else.
 */
import * as path from 'path';
import { A1, BRow, budget, CaseBuilder, CellV, E, IndRow, m, num, P, pf, row, S, scoring, selfEval, SheetW, SNode, val } from '../unseen/unseen-lib';
import { D, Dec, gradeOf, readQty, UnseenCase } from '../unseen/unseen-truth';
import { runUnseenBuilder, writeUnseenSet } from '../unseen/set-io';

export type { UnseenCase, PlantedFinding, CorrectCell, UnseenTable, Basis, Code, TemplateId } from '../unseen/unseen-truth';


const SIGN = '单位负责人：　　　　　　　财务负责人：　　　　　　　填表人：　　　　　　　填报日期：　　年　　月　　日';


/** money typed as text with a 万元 suffix */
const wy = (x: number | string | Dec): string => `${new D(x as never).toFixed(2)}万元`;
/** a rate as text with two decimals */
const rt = (n: Dec, d: Dec): string => `${n.div(d).times(100).toFixed(2)}%`;

/** the value of a written cell, as the truth reads it */
function cellVal(cb: CaseBuilder, sh: SheetW, addr: string): Dec {
  const q = readQty(cb.getter(sh.name)(addr));
  if (q.status !== 'ok') throw new Error(`${sh.name}!${addr} is not a number`);
  return q.v;
}
/** overwrite a grade cell with a grade one band off the reported total */
function wrongGrade(cb: CaseBuilder, sh: SheetW, total: string, grade: string): string {
  const g = gradeOf(cellVal(cb, sh, total));
  const other = g === '优' ? '良' : '优';
  sh.ws.getCell(grade).value = other;
  return other;
}

// ---------------------------------------------------------------------------
// w01 部门整体支出绩效自评表 starting in column F, spaced headers

function w01(): CaseBuilder {
  const cb = new CaseBuilder(
    'w01-dept-self-eval-column-f-spaced-headers.xlsx',
    '部门整体支出绩效自评表 that starts in column F (columns A–E hold a 附件 label and a 填表说明 box), 部门预算资金 block with 基本支出 / 项目支出 / 其他资金 (“—”) rows and line-broken headers “全年预算数\\n（A）”, a 年度绩效目标 text block, indicator headers with inner spaces (“分　　值”, “得 分”, “偏差原因分析\\n及改进措施”), 一级/二级 merged, 总分 row written “总　分”.',
  );
  const sh = cb.sheet('部门整体自评表');
  sh.widths(1, [4, 4, 4, 4, 4, 10, 12, 22, 14, 14, 8, 8, 26]);
  sh.set(1, 1, '附件3');
  sh.set(3, 1, '填表说明：\n1.金额单位万元；\n2.定性指标按三档评分。');
  sh.merge(3, 1, 8, 4);
  const L = 6;
  selfEval(cb, sh, {
    template: 'dept-self-eval',
    top: 2,
    left: L,
    title: '部门整体支出绩效自评表',
    subtitle: '（2023年度）',
    info: [[['预算单位名称', 2], ['某某市自然资源和规划局', 6]]],
    funds: {
      lead: '部门预算\n资金\n（万元）',
      cols: ['init', 'budget', 'spent', 'weight', 'rate', 'score'],
      headers: { init: '年初预算数', budget: '全年预算数\n（A）', spent: '全年执行数\n（B）', weight: '分　值', rate: '执行率\n（B/A）', score: '得 分' },
      // 基本支出 1,864.20 + 项目支出 936.45 = 2,800.65, typed 2,880.65
      total: { label: '年度资金总额', init: m(2650), budget: m(2880.65), spent: m(2698.3), weight: 10 },
      subs: [
        { label: '　其中：基本支出', init: m(1820), budget: m(1864.2), spent: m(1851.06) },
        { label: '　　　　项目支出', init: m(830), budget: m(936.45), spent: m(847.24) },
        { label: '　　　　其他资金', init: '—', budget: '—', spent: '—' },
      ],
    },
    goals: {
      lead: '年度\n绩效\n目标',
      heads: ['年初设定目标', '全年实际完成情况'],
      texts: [
        '目标1：完成不动产登记办件12000件以上，一般登记3个工作日内办结。\n目标2：完成国土空间总体规划编制报批。\n目标3：开展耕地保护执法巡查20次以上。',
        '目标1：办件13,260件，一般登记平均2.6个工作日办结。\n目标2：总体规划已通过省级审查。\n目标3：开展执法巡查28次。',
      ],
    },
    ind: {
      cols: ['l1', 'l2', 'l3', 'target', 'actual', 'weight', 'score', 'reason'],
      headers: { l1: '一级指标', l2: '二级指标', l3: '三级指标', target: '年度指标值', actual: '实际完成值', weight: '分　　值', score: '得 分', reason: '偏差原因分析\n及改进措施' },
      mode: 'merge',
      rows: [
        row(P, '数量指标', '不动产登记办件量', '≥12000件', '13,260件', 10, 'pos', { probeReason: true }),
        row(P, '数量指标', '耕地保护执法巡查次数', '≥20次', '28次', 10, 'pos'),
        row(P, '质量指标', '国土空间规划编制质量', '通过省级审查', '达成年度指标', 10, 'qual'),
        row(P, '时效指标', '一般登记办结时限', '≤3个工作日', '2.6个工作日', 10, 'qual'),
        row(P, '成本指标', '规划编制成本', '≤280万元', '265.8万元', 10, 'rev', { probeReason: true }),
        row(E, '社会效益指标', '违法用地查处到位率', '≥95%', '97.4%', 10, 'pos', { probeReason: true }),
        row(E, '可持续影响指标', '自然资源节约集约利用水平', '稳步提升', '部分达成年度指标并具有一定效果', 10, 'qual', {
          score: 9,
          reason: '批而未供土地消化进度滞后，下年度纳入专项督办。',
        }),
        row(E, '生态效益指标', '耕地保有量', '≥55200亩', '55,360亩', 10, 'pos', { probeReason: true }),
        row(S, '服务对象满意度指标', '办事群众满意度', '≥90%', '96.2%', 10, 'pos', { probeReason: true }),
      ],
    },
    total: { label: '总　分', weight: 100 },
    footer: SIGN,
  });
  cb.expect = { 'total-mismatch': 1, 'target-far-exceeded': 1, 'missing-reason': 1, 'score-out-of-band': 1 };
  return cb;
}

// ---------------------------------------------------------------------------
// w02 two 项目自评表 stacked on one sheet, different column orders

function w02(): CaseBuilder {
  const cb = new CaseBuilder(
    'w02-two-project-forms-stacked-column-orders.xlsx',
    'One sheet with two 项目支出绩效自评表 one below the other: the first with 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因, 执行率 typed as text; the second at column B with 序号 | 一级 | 二级 | 三级 | 分值 | 得分 | 指标值 | 完成值 | 原因 (weights and scores before the values), 一级 carried down (blank below), section weights “产出指标（50分）”, a scored “8,5” typed with a decimal comma.',
  );
  const sh = cb.sheet('项目自评');
  sh.widths(1, [10, 12, 12, 22, 14, 14, 8, 8, 26, 26]);
  // first form: 执行率 412.6 / 450 = 91.69 %, typed 96.19 %
  const b1 = new D(450);
  const s1 = new D('412.6');
  const ref1 = selfEval(cb, sh, {
    template: 'project-self-eval',
    top: 1,
    left: 1,
    title: '项目支出绩效自评表（一）',
    subtitle: '（2023年度）　　　　　　　　　　　　　　　　　　　　单位：万元',
    info: [
      [['项目名称', 2], ['农村公路养护工程补助', 6]],
      [['主管部门', 2], ['某某县交通运输局', 2], ['实施单位', 2], ['某某县公路事业发展中心', 2]],
    ],
    funds: {
      lead: '项目资金',
      cols: ['init', 'budget', 'spent', 'weight', 'rate', 'score'],
      headers: { init: '年初预算数', budget: '全年预算数', spent: '全年执行数', weight: '分值', rate: '执行率', score: '得分' },
      total: { label: '年度资金总额', init: m(450), budget: m(450), spent: m(num(s1)), weight: 10, rate: '96.19%', score: num(s1.div(b1).times(10).toDecimalPlaces(2)) },
      subs: [
        { label: '其中：当年财政拨款', init: m(400), budget: m(400), spent: m(380.6) },
        { label: '　　　上年结转资金', init: m(50), budget: m(50), spent: m(32) },
        { label: '　　　其他资金', init: '/', budget: '/', spent: '/' },
      ],
    },
    ind: {
      cols: ['l1', 'l2', 'l3', 'target', 'actual', 'weight', 'score', 'reason'],
      headers: { l1: '一级指标', l2: '二级指标', l3: '三级指标', target: '年度指标值', actual: '实际完成值', weight: '分值', score: '得分', reason: '偏差原因分析及改进措施' },
      mode: 'merge',
      rows: [
        row(P, '数量指标', '养护农村公路里程', '≥320公里', '326公里', 20, 'pos', { probeReason: true }),
        row(P, '质量指标', '优良中等路率', '≥80%', '84.5%', 15, 'pos'),
        row(P, '时效指标', '病害处治及时率', '≥95%', '96%', 10, 'pos'),
        row(P, '成本指标', '每公里养护成本', '≤1.4万元', '1.27万元', 5, 'rev', { probeReason: true }),
        row(E, '社会效益指标', '群众出行条件', '明显改善', '达成年度指标', 20, 'qual'),
        row(E, '可持续影响指标', '养护长效机制', '健全', '部分达成年度指标并具有一定效果', 10, 'qual', { score: '8,5', reason: '村级养护员队伍不稳定。' }),
        row(S, '服务对象满意度指标', '沿线群众满意度', '≥90%', '93%', 10, 'pos'),
      ],
    },
    total: { label: '总分', weight: 100, score: num(s1.div(b1).times(10).toDecimalPlaces(2).plus(20 + 15 + 10 + 5 + 20 + 8.5 + 10)) },
  });
  cb.correct(sh, ref1.total.score, '总分 cannot be checked: one part (“8,5”) is unparseable; never a silent zero');

  // second form below, different column order
  const top2 = ref1.next + 3;
  sh.set(top2 - 1, 2, '（续）');
  selfEval(cb, sh, {
    template: 'project-self-eval',
    top: top2,
    left: 2,
    title: '项目支出绩效自评表（二）',
    info: [
      [['项目名称', 2], ['城乡环境卫生整治专项', 7]],
      [['主管部门', 2], ['某某县住房和城乡建设局', 3], ['实施单位', 2], ['某某县环境卫生服务中心', 2]],
    ],
    funds: {
      lead: '项目资金（万元）',
      cols: ['budget', 'spent', 'weight', 'rate', 'score'],
      headers: { budget: '全年预算数', spent: '全年执行数', weight: '分值', rate: '执行率', score: '得分' },
      total: { label: '年度资金总额', budget: m(180), spent: m(176.4), weight: 10 },
      subs: [{ label: '其中：财政拨款', budget: m(180), spent: m(176.4) }],
      rateStyle: 'percent',
    },
    ind: {
      cols: ['seq', 'l1', 'l2', 'l3', 'weight', 'score', 'target', 'actual', 'reason'],
      headers: { seq: '序号', l1: '一级指标', l2: '二级指标', l3: '三级指标', weight: '分值', score: '得分', target: '指标值', actual: '完成值', reason: '未完成原因' },
      mode: 'carry',
      // 产出 declared 50 over 15 + 15 + 10 = 40 (the total 100 = 10 + 40 + 40 + 10 computed stays silent)
      sections: { [P]: '产出指标（50分）', [E]: '效益指标（40分）', [S]: '满意度指标（10分）' },
      rows: [
        row(P, '数量指标', '垃圾清运量', '≥18000吨', '18,420吨', 15, 'pos'),
        row(P, '质量指标', '垃圾无害化处理率', '＝100%', '100%', 15, 'eq'),
        row(P, '时效指标', '日产日清率', '≥98%', null, 10, 'pos'),
        row(E, '生态效益指标', '村庄环境整治达标率', '≥85%', '90.2%', 20, 'pos', { probeReason: true }),
        row(E, '社会效益指标', '人居环境', '明显改善', '达成年度指标', 20, 'qual'),
        row(S, '服务对象满意度指标', '群众满意度', '≥90%', '92.5%', 10, 'pos'),
      ],
    },
    total: { label: '合　计', weight: 100 },
  });
  cb.expect = { 'rate-mismatch': 1, unparseable: 1, 'weight-mismatch': 1, 'missing-value': 1 };
  return cb;
}

// ---------------------------------------------------------------------------
// 基础数据表 in another wording (custom layout)

interface BasicSpec {
  top: number;
  left: number;
  title: string;
  unit: string;
  staff: { plan: number; actual: number; temp: number; rate?: string };
  /** 三公经费 parts: label, 上年决算, 本年预算, 本年决算 */
  sangong: Array<[string, CellV, CellV, CellV]>;
  /** reported 三公 合计 (omitted: the sum of the parts) per column */
  sangongTotal?: Partial<Record<0 | 1 | 2, CellV>>;
  /** single rows: label, 上年决算, 本年预算, 本年决算, rate (omitted: computed) */
  single: Array<[string, CellV, CellV, CellV, CellV?]>;
  assets: { all: CellV; used: CellV; rate?: CellV };
  totalLabel: string;
}

function basicData(cb: CaseBuilder, sh: SheetW, s: BasicSpec): { range: string; next: number; cells: Record<string, string> } {
  const L = s.left;
  let r = s.top;
  const top = r;
  const W = 7;
  const c = (i: number) => L + i;
  const cells: Record<string, string> = {};
  sh.span(r++, L, W, s.title, { bold: true, center: true, size: 14 });
  sh.span(r, L, 4, '填报单位（盖章）：');
  sh.span(r++, c(4), 3, s.unit);
  const head0 = r;
  // staff block
  sh.set(r, L, '人员\n编制', { center: true });
  sh.merge(r, L, r + 1, L);
  ['核定编制数\n（人）', '实有在编\n人数（人）', '编外聘用\n人员（人）', '在编人员\n控制率'].forEach((h, i) => sh.set(r, c(1 + i), h, { center: true, bold: true }));
  sh.span(r, c(5), 2, '备　注', { center: true, bold: true });
  r++;
  cells.plan = sh.set(r, c(1), s.staff.plan);
  cells.actual = sh.set(r, c(2), s.staff.actual);
  cells.temp = sh.set(r, c(3), s.staff.temp);
  cells.staffRate = sh.set(r, c(4), s.staff.rate ?? rt(new D(s.staff.actual), new D(s.staff.plan)));
  sh.span(r, c(5), 2, '编外人员为劳务派遣');
  r++;
  cb.check('rate-mismatch', sh, cells.staffRate, { op: 'ratio', num: cells.actual, den: cells.plan, reported: cells.staffRate }, '在编人员控制率 = 实有在编 / 核定编制');
  // money block
  const mh = r;
  sh.set(r, L, '经费\n控制\n情况', { center: true });
  sh.set(r, c(1), '项　　目', { center: true, bold: true });
  ['上年决算数', '本年预算数', '本年决算数', '控制率\n（执行率）', '备注'].forEach((h, i) => sh.set(r, c(2 + i), h, { center: true, bold: true }));
  r++;
  const money = (label: string, vals: CellV[], rate: CellV | undefined, note?: string) => {
    sh.set(r, c(1), label);
    const a = vals.map((v, i) => sh.set(r, c(2 + i), v));
    let rv = rate;
    if (rv === undefined) {
      const q1 = readQty({ value: typeof vals[1] === 'object' && vals[1] && 'n' in vals[1] ? Number(vals[1].n) : vals[1], numFmt: undefined });
      const q2 = readQty({ value: typeof vals[2] === 'object' && vals[2] && 'n' in vals[2] ? Number(vals[2].n) : vals[2], numFmt: undefined });
      rv = q1.status === 'ok' && q2.status === 'ok' && !q1.v.isZero() ? rt(q2.v, q1.v) : '—';
    }
    const rc = sh.set(r, c(5), rv);
    sh.set(r, c(6), note ?? null);
    r++;
    for (const x of a) cb.check('unparseable', sh, x, { op: 'unparseable', cell: x }, `${label.trim()} amount`, true);
    cb.check('rate-mismatch', sh, rc, { op: 'ratio', num: a[2], den: a[1], reported: rc }, `${label.trim()} 控制率 = 本年决算 / 本年预算`);
    cb.check('spent-without-budget', sh, a[2], { op: 'spent', budget: a[1], spent: a[2] }, `${label.trim()} 本年决算 against 本年预算`);
    return a;
  };
  const parts = s.sangong;
  const sumCol = (i: number) => parts.reduce((acc, p) => {
    const q = readQty({ value: typeof p[1 + i] === 'object' && p[1 + i] && 'n' in (p[1 + i] as object) ? Number((p[1 + i] as { n: number }).n) : p[1 + i] });
    return q.status === 'ok' ? acc.plus(q.v) : acc;
  }, new D(0));
  const totVals: CellV[] = [0, 1, 2].map((i) => s.sangongTotal?.[i as 0 | 1 | 2] ?? m(num(sumCol(i))));
  const tot = money(s.totalLabel, totVals, undefined);
  const partCells = parts.map((p) => money(p[0], [p[1], p[2], p[3]], undefined));
  [0, 1, 2].forEach((i) =>
    cb.check('total-mismatch', sh, tot[i], { op: 'sum', parts: partCells.map((pc) => pc[i]), total: tot[i] }, `三公经费合计 column ${i + 1} = 出国 + 公务用车 + 公务接待`),
  );
  for (const x of s.single) {
    const a = money(x[0], [x[1], x[2], x[3]], x[4]);
    cells[`rate:${x[0]}`] = A1(r - 1, c(5));
    void a;
  }
  sh.merge(mh, L, r - 1, L);
  // assets
  sh.set(r, L, '资产', { center: true });
  sh.set(r, c(1), '固定资产总额');
  cells.all = sh.set(r, c(2), s.assets.all);
  sh.set(r, c(3), '在用固定资产');
  cells.used = sh.set(r, c(4), s.assets.used);
  sh.set(r, c(5), '固定资产利用率');
  const av = readQty({ value: s.assets.all as string });
  const uv = readQty({ value: s.assets.used as string });
  cells.assetRate = sh.set(r, c(6), s.assets.rate ?? (av.status === 'ok' && uv.status === 'ok' ? rt(uv.v, av.v) : null));
  cb.check('rate-mismatch', sh, cells.assetRate, { op: 'ratio', num: cells.used, den: cells.all, reported: cells.assetRate }, '固定资产利用率 = 在用 / 总额');
  r++;
  sh.border(head0, L, r - 1, L + W - 1);
  const last = r - 1;
  sh.span(r + 1, L, W, '注：“三公”经费控制率=本年决算数/本年预算数；无预算的项目填“—”。');
  r += 2;
  const range = `${A1(top, L)}:${A1(last, L + W - 1)}`;
  cb.table(sh, 'dept-basic-data', range);
  return { range, next: r + 1, cells };
}

function w03(): CaseBuilder {
  const cb = new CaseBuilder(
    'w03-basic-data-other-wording.xlsx',
    '部门整体支出绩效评价基础数据表 in another wording: an 人员编制 block (核定编制数 | 实有在编人数 | 编外聘用人员 | 在编人员控制率), an 经费控制情况 block (项　　目 | 上年决算数 | 本年预算数 | 本年决算数 | 控制率（执行率） | 备注) with “三公经费合　计” over 其中 rows, 公用经费 and 政府采购 rows, amounts partly typed as text with 万元 suffixes, “—” where a line has no budget, and an 资产 row with label/value pairs (固定资产总额 … 在用固定资产 … 固定资产利用率).',
  );
  const sh = cb.sheet('基础数据表');
  sh.widths(1, [8, 26, 12, 12, 12, 12, 16]);
  const ref = basicData(cb, sh, {
    top: 1,
    left: 1,
    title: '2023年度部门整体支出绩效评价基础数据表',
    unit: '金额单位：万元',
    // 39 / 42 = 92.86 %, typed 95.24 % (40 / 42)
    staff: { plan: 42, actual: 39, temp: 6, rate: '95.24%' },
    totalLabel: '“三公”经费合　计',
    sangong: [
      ['其中：因公出国（境）费', '—', '—', '—'],
      ['　　　公务用车购置及运行维护费', '9.62万元', '9.80万元', '8.46万元'],
      // no 接待 budget this year, yet 1.25 spent
      ['　　　公务接待费', '1.08万元', 0, '1.25万元'],
    ],
    // 本年决算: 8.46 + 1.25 = 9.71, reported 8.71 (below its parts, so a finding whether the 其中 rows are read as complete or partial)
    sangongTotal: { 2: m(8.71) },
    single: [
      ['日常公用经费', '62.8O', m(58.6), m(55.32)],
      ['政府采购金额', m(286.4), m(320), m(296.5)],
      ['会议费', m(3.2), m(3.5), m(2.86)],
    ],
    assets: { all: '1,286.40', used: '1,150.20' },
  });
  cb.correct(sh, ref.cells.temp, '编外聘用人员: an input, no rule applies');
  cb.expect = { 'rate-mismatch': 1, 'spent-without-budget': 1, 'total-mismatch': 1, unparseable: 1 };
  return cb;
}

// ---------------------------------------------------------------------------
// w04 two budget tables side by side

function w04(): CaseBuilder {
  const cb = new CaseBuilder(
    'w04-two-budget-tables-side-by-side.xlsx',
    'Two tables side by side on one sheet: a 一般公共预算支出执行情况表 in A:E (功能科目 | 年初预算 | 调整后预算 | 决算数 | 完成率, 总计 last written “总  计”, a “注：” row inside the bordered area) and a “三公”经费支出情况表 in H:L (项目 | 上年决算 | 本年预算 | 本年决算 | 增减额, amounts typed as text “3.20万元”, increases/decreases as “-1.35”).',
  );
  const sh = cb.sheet('支出情况');
  sh.widths(1, [26, 12, 12, 12, 10, 3, 3, 24, 12, 12, 12, 10]);
  const rows: BRow[] = [
    { label: '一般公共服务支出', vals: [m(486.2), m(512.4), m(503.86)] },
    { label: '公共安全支出', vals: [m(38.5), m(42), m(40.12)] },
    { label: '教育支出', vals: [m(12), m(12), m(11.4)] },
    { label: '社会保障和就业支出', vals: [m(96.3), m(101.25), m(99.8)] },
    { label: '卫生健康支出', vals: [m(42.6), m(44.1), m(43.92)] },
    { label: '住房保障支出', vals: [m(36.8), m(36.8), m(36.8)] },
  ];
  const sumCol = (i: number) => rows.reduce((s, r) => s.plus(val(r.vals[i])), new D(0));
  // 调整后预算: the parts sum to 748.55, reported 784.55; the 完成率 of 总计 follows the reported total
  const totalBudget = sumCol(1).plus(36);
  const all: BRow[] = [
    ...rows.map((r) => ({ ...r, parent: rows.length })),
    { label: '总  计', vals: [m(num(sumCol(0))), m(num(totalBudget)), m(num(sumCol(2))), rt(sumCol(2), totalBudget)] },
  ];
  // 社会保障和就业支出 完成率 99.8 / 101.25 = 98.57 %, typed 95.87 %
  all[3] = { ...all[3], vals: [...all[3].vals, '95.87%'] };
  const left = budget(cb, sh, {
    top: 2,
    left: 1,
    title: '2023年一般公共预算支出执行情况表',
    unitNote: '单位：万元',
    labelHeader: '功能科目',
    headers: ['年初预算', '调整后预算', '决算数', '完成率'],
    sumCols: [0, 1, 2],
    rates: [{ col: 3, num: 2, den: 1 }],
    rows: all,
  });
  const noteRow = Number(/\d+$/.exec(left.cells[left.cells.length - 1][0])![0]) + 1;
  sh.span(noteRow, 1, 5, '注：完成率=决算数/调整后预算。');
  sh.border(noteRow, 1, noteRow, 5);

  const sg: Array<[string, string, string | number, string]> = [
    ['因公出国（境）费', '—', '—', '—'],
    ['公务用车购置及运行维护费', '6.80万元', '7.20万元', '5.85万元'],
    ['公务接待费', '2.15万元', 0, '1.60万元'],
  ];
  const dq = (v: string | number) => {
    const q = readQty({ value: v });
    return q.status === 'ok' ? q.v : new D(0);
  };
  const sgRows: BRow[] = sg.map(([label, a, b, c]) => ({
    label,
    parent: sg.length,
    vals: [a, b, c, c === '—' ? '—' : dq(c).minus(dq(b)).toFixed(2)],
  }));
  const tot = [1, 2, 3].map((i) => sg.reduce((s, x) => s.plus(dq(x[i])), new D(0)));
  sgRows.push({ label: '合　计', vals: [wy(tot[0]), wy(tot[1]), wy(tot[2]), tot[2].minus(tot[1]).toFixed(2)] });
  budget(cb, sh, {
    top: 2,
    left: 8,
    title: '2023年“三公”经费支出情况表',
    unitNote: '单位：万元',
    labelHeader: '项　　目',
    headers: ['上年决算', '本年预算', '本年决算', '增减额'],
    sumCols: [0, 1, 2, 3],
    spent: { budget: 1, spent: 2 },
    rows: sgRows,
  });
  cb.expect = { 'total-mismatch': 1, 'rate-mismatch': 1, 'spent-without-budget': 1 };
  return cb;
}

// ---------------------------------------------------------------------------
// w05 指标评分表 with spaced headers, subtotal column, merged 备注

function w05(): CaseBuilder {
  const cb = new CaseBuilder(
    'w05-scoring-spaced-headers-merged-remarks.xlsx',
    '项目绩效评价指标体系及评分表 as a grid: 一级指标 | 分　值 | 小　计 | 二级指标 | 分 值 | 三级指标 | 分　　值 | 得 分 | 备　注, the 备注 column merged over all indicator rows with one remark, scores written with one or two decimals (3.5, 2.75), a deduction typed as −1, 总分 row “合　计” and 评价等次 row.',
  );
  const sh = cb.sheet('评分表');
  sh.widths(1, [10, 7, 7, 14, 7, 26, 7, 7, 20]);
  const k = (label: string, w: number, s: number | string): SNode => ({ label, w, s });
  const tree: SNode[] = [
    {
      label: '决策',
      w: 20,
      kids: [
        // declared 8 over 3 + 3
        { label: '项目立项', w: 8, kids: [k('立项依据充分性', 3, 3), k('立项程序规范性', 3, 2.5)] },
        { label: '绩效目标', w: 8, kids: [k('绩效目标合理性', 4, 3.5), k('绩效指标明确性', 4, 3)] },
        { label: '资金投入', w: 6, kids: [k('预算编制科学性', 3, 2.75), k('资金分配合理性', 3, 3)] },
      ],
    },
    {
      label: '过程',
      w: 20,
      kids: [
        { label: '资金管理', w: 12, kids: [k('资金到位率', 4, 4), k('预算执行率', 4, 3.6), // a deduction typed as a negative score
          k('资金使用合规性', 4, -1)] },
        // 4.5 of 4
        { label: '组织实施', w: 8, kids: [k('管理制度健全性', 4, 4.5), k('制度执行有效性', 4, 3)] },
      ],
    },
    {
      label: '产出',
      w: 30,
      // reported 27.5 while the items sum to 26.5
      s: 27.5,
      kids: [
        { label: '产出数量', w: 10, kids: [k('实际完成率', 10, 9)] },
        { label: '产出质量', w: 10, kids: [k('质量达标率', 10, 9.5)] },
        { label: '产出时效', w: 5, kids: [k('完成及时性', 5, 4)] },
        { label: '产出成本', w: 5, kids: [k('成本节约率', 5, 4)] },
      ],
    },
    {
      label: '效益',
      w: 30,
      kids: [
        { label: '项目效益', w: 20, kids: [k('社会效益', 10, 8.5), k('可持续影响', 10, 8)] },
        { label: '满意度', w: 10, kids: [k('服务对象满意度', 10, 8.25)] },
      ],
    },
  ];
  const ref = scoring(cb, sh, {
    top: 1,
    left: 1,
    title: '项目绩效评价指标体系及评分表',
    subtitle: '项目名称：智慧城管平台运维　　　　　　　　　　　评价机构：某某会计师事务所',
    layout: 'grid',
    levels: [
      ['一级指标', '分　值', '小　计'],
      ['二级指标', '分 值', null],
    ],
    leaf: { label: '三级指标', weight: '分　　值', score: '得 分', reason: '备　注' },
    tree,
    total: { label: '合　计', weight: 100 },
    grade: { label: '评价等次' },
  });
  // one remark for the whole table, in a merged 备注 column
  const firstData = 4;
  const lastData = Number(/\d+$/.exec(ref.total.score)![0]) - 1;
  sh.set(firstData, 9, '各项扣分依据详见评价报告第四部分');
  sh.merge(firstData, 9, lastData, 9);
  wrongGrade(cb, sh, ref.total.score, ref.grade!);
  cb.expect = { 'weight-mismatch': 1, 'score-over-weight': 1, 'total-mismatch': 1, 'grade-mismatch': 1, 'score-out-of-band': 1 };
  return cb;
}

// ---------------------------------------------------------------------------
// w06 项目自评表 with placeholders, fractions, a 注 row inside the table

function w06(): CaseBuilder {
  const cb = new CaseBuilder(
    'w06-project-placeholders-notes-inside.xlsx',
    '项目支出绩效自评表 at B4 with “无” / “N/A” / “不适用” typed in reason cells of rows that need no explanation, “/” in the 上年结转 funds row, actuals stored as fractions in 0.0% formats, one-decimal scores, 一级/二级 carried down, and a “注：…” row inside the indicator table above the 总分 row.',
  );
  const sh = cb.sheet('自评表');
  sh.widths(2, [9, 12, 12, 22, 14, 14, 8, 8, 26]);
  const ref = selfEval(cb, sh, {
    template: 'project-self-eval',
    top: 4,
    left: 2,
    title: '2023年度项目支出绩效自评表',
    info: [
      [['项目名称', 2], ['食品安全抽检监测专项', 3], ['实施单位', 1], ['某某区食品药品检验中心', 2]],
    ],
    funds: {
      lead: '项目资金\n（万元）',
      cols: ['init', 'budget', 'spent', 'weight', 'rate', 'score'],
      headers: { init: '年初预算数', budget: '全年预算数', spent: '全年执行数', weight: '分值', rate: '执行率', score: '得分' },
      total: { label: '年度资金总额', init: m(240), budget: m(260), spent: m(251.3), weight: 10 },
      subs: [
        { label: '其中：当年财政拨款', init: m(240), budget: m(260), spent: m(251.3) },
        { label: '　　　上年结转资金', init: '/', budget: '/', spent: '/' },
      ],
      rateStyle: 'formula',
    },
    goals: {
      lead: '年度\n总体\n目标',
      heads: ['预期目标', '实际完成情况'],
      texts: ['完成食品安全抽检4800批次，问题产品核查处置率100%，抽检成本控制在50万元以内。', '完成抽检4,960批次；核查处置率100%；委托检验成本56万元。'],
    },
    ind: {
      cols: ['l1', 'l2', 'l3', 'target', 'actual', 'weight', 'score', 'reason'],
      headers: { l1: '一级\n指标', l2: '二级\n指标', l3: '三级指标', target: '年度\n指标值', actual: '实际\n完成值', weight: '分值', score: '得分', reason: '偏差原因分析及改进措施' },
      mode: 'carry',
      rows: [
        row(P, '数量指标', '食品安全抽检批次', '≥4800批', '4,960批', 15, 'pos', { reason: '无', probeReason: true }),
        row(P, '数量指标', '快检筛查批次', '≥12000批', null, 10, 'pos', { score: 10 }),
        row(P, '质量指标', '问题产品核查处置率', '＝100%', pf('1', '0.0%'), 10, 'eq', { reason: 'N/A', probeReason: true }),
        row(P, '质量指标', '抽检样品检验合格率', '≥95%', pf('0.953', '0.0%'), 5, 'pos', { probeReason: true }),
        // cost over its cap: 56 万元 vs ≤50 万元, national (1 − 6/50) × 10 = 8.8, reported 9.5
        row(P, '成本指标', '委托检验成本', '≤50万元', '56万元', 10, 'rev', { score: 9.5, reason: '新增专项抽检任务，检验费用相应增加。' }),
        row(E, '社会效益指标', '食品安全风险防控能力', '持续提升', '达成年度指标', 15, 'qual', { score: 12 }),
        row(E, '可持续影响指标', '抽检数据共享应用', '实现共享', '达成年度指标', 15, 'qual', { reason: '无', probeReason: true }),
        row(S, '服务对象满意度指标', '公众食品安全满意度', '≥85%', pf('0.902', '0.0%'), 10, 'pos', { reason: '不适用', probeReason: true, blankAfter: 1 }),
      ],
    },
    total: { label: '总分', weight: 100 },
    footer: SIGN,
  });
  // the 注 row inside the table, between the last indicator and 总分
  const totalRow = Number(/\d+$/.exec(ref.total.score)![0]);
  sh.span(totalRow - 1, 2, 9, '注：定量指标实际完成值须填写数值，定性指标填写达成程度；偏差原因无则填“无”。');
  cb.expect = { 'missing-value': 1, 'score-mismatch': 1, 'target-not-met': 1, 'missing-reason': 1 };
  return cb;
}

// ---------------------------------------------------------------------------
// w07 部门整体支出绩效自评表 with a 原因 column in the funds block and a grade row

function w07(): CaseBuilder {
  const cb = new CaseBuilder(
    'w07-dept-self-eval-funds-reason-grade.xlsx',
    '部门整体支出绩效自评表 at C6 under a 填报说明 paragraph: funds block 预算数 | 执行数 | 执行率 | 分值 | 得分 | 执行率偏低原因 (rate as a formula), 基本支出 / 项目支出 / 其他资金 rows, 年度绩效目标 block, indicator header with “绩 效 指 标” over 一级/二级/三级, one-decimal scores, a 自评等级 row.',
  );
  const sh = cb.sheet('Sheet1');
  sh.widths(3, [10, 12, 14, 22, 14, 14, 8, 8, 24]);
  sh.span(2, 3, 9, '填报说明：1.预算执行率未达到90%的需说明原因；2.得分低于分值的指标须填写偏差原因；3.金额单位为万元。');
  sh.ws.getRow(2).height = 36;
  const ref = selfEval(cb, sh, {
    template: 'dept-self-eval',
    top: 6,
    left: 3,
    title: '2023年度部门整体支出绩效自评表',
    info: [[['部门名称', 2], ['某某县农业农村局', 3], ['自评得分', 1], ['见总分', 2]]],
    funds: {
      lead: '部门\n预算\n资金',
      labelHeader: '资金性质',
      cols: ['budget', 'spent', 'rate', 'weight', 'score', 'reason'],
      headers: { budget: '预算数', spent: '执行数', rate: '执行率', weight: '分值', score: '得分', reason: '执行率偏低\n原因' },
      // 1,456.88 / 1,680 = 86.72 %, below 90 % with no reason
      total: { label: '合　　计', budget: m(1680), spent: m(1456.88), weight: 10, reason: '' },
      subs: [
        { label: '基本支出', budget: m(940), spent: m(932.16) },
        { label: '项目支出', budget: m(700), spent: m(498.72) },
        { label: '其他资金', budget: m(40), spent: m(26) },
      ],
      rateStyle: 'formula',
    },
    goals: {
      lead: '年度\n绩效\n目标',
      heads: ['年度目标', '完成情况'],
      texts: ['完成高标准农田建设2.5万亩，农作物病虫害统防统治覆盖率45%以上，农产品质量安全例行监测合格率98%以上。', '建成高标准农田2.6万亩，统防统治覆盖率47.2%，监测合格率92.5%。'],
    },
    ind: {
      cols: ['l1', 'l2', 'l3', 'target', 'actual', 'weight', 'score', 'reason'],
      headers: { l1: '一级指标', l2: '二级指标', l3: '三级指标', target: '年度指标值', actual: '实际完成值', weight: '分值', score: '得分', reason: '偏差原因分析及改进措施' },
      above: [[['绩 效 指 标', 3], [null, 5]]],
      mode: 'merge',
      rows: [
        row(P, '数量指标', '高标准农田建设面积', '≥2.5万亩', '2.6万亩', 15, 'pos', { probeReason: true }),
        row(P, '数量指标', '统防统治覆盖率', '≥45%', '47.2%', 10, 'pos', { probeReason: true }),
        // 92.5 / 98 × 10 = 9.44, reported 10
        row(P, '质量指标', '农产品质量安全例行监测合格率', '≥98%', '92.5%', 10, 'pos', { score: 10, reason: '个别蔬菜样品农残超标，已追溯处置。' }),
        row(P, '时效指标', '惠农补贴发放及时率', '≥95%', '100%', 10, 'pos'),
        row(P, '成本指标', '亩均建设成本', '≤1500元', '1,486元', 5, 'rev', { probeReason: true }),
        row(E, '经济效益指标', '项目区粮食亩均增产', '≥50公斤', '56公斤', 10, 'qual'),
        row(E, '社会效益指标', '农业防灾减灾能力', '明显增强', '部分达成年度指标并具有一定效果', 10, 'qual', { score: 7.5, reason: '部分灌排设施尚未配套。' }),
        row(E, '可持续影响指标', '耕地质量等级', '稳步提升', '达成年度指标', 10, 'qual', { score: 9, reason: '土壤改良周期较长。' }),
        row(S, '服务对象满意度指标', '农户满意度', '≥90%', '94%', 10, 'pos'),
      ],
    },
    total: { label: '总　分', weight: 100 },
    grade: { label: '自评等级' },
  });
  wrongGrade(cb, sh, ref.total.score, ref.grade!);
  cb.expect = { 'missing-reason': 1, 'score-mismatch': 1, 'target-not-met': 1, 'grade-mismatch': 1 };
  return cb;
}

// ---------------------------------------------------------------------------
// w08 negative: purchase contract ledger and a meeting sign-in sheet

function w08(): CaseBuilder {
  const cb = new CaseBuilder(
    'w08-contract-ledger-and-sign-in.xlsx',
    'Not an evaluation workbook: a 采购合同台账 (序号 | 合同编号 | 合同名称 | 供应商 | 合同金额（元） | 已付金额（元） | 未付金额（元） | 调整金额 | 签订日期, 合计 row, adjustments as “(12.50)” and “-300.00”) and a 会议签到表 (姓名 | 单位 | 职务 | 联系电话 | 人数, 合计). Nothing may be recognised or flagged.',
  );
  const sh = cb.sheet('合同台账');
  sh.widths(1, [6, 14, 26, 22, 14, 14, 14, 12, 12]);
  sh.span(1, 1, 9, '2023年度采购合同台账', { bold: true, center: true, size: 14 });
  sh.span(2, 1, 9, '登记部门：财务室　　　　　　　　　　　　　　　　　　　　　金额单位：元');
  ['序号', '合同编号', '合同名称', '供应商', '合同金额（元）', '已付金额（元）', '未付金额（元）', '调整金额', '签订日期'].forEach((h, i) => sh.set(3, 1 + i, h, { center: true, bold: true }));
  const items: Array<[string, string, string, number, number, string]> = [
    ['HT-2023-001', '办公家具采购', '某某家具有限责任公司', 86500, 86500, '—'],
    ['HT-2023-002', '网络安全等级保护测评', '某某信息技术有限责任公司', 45000, 31500, '(12.50)'],
    ['HT-2023-003', '物业管理服务', '某某物业服务有限责任公司', 268000, 201000, '-300.00'],
    ['HT-2023-004', '公务用车维修', '某某汽车服务有限责任公司', 18600, 18600, '无'],
    ['HT-2023-005', '档案数字化加工', '某某数据服务有限责任公司', 132000, 66000, '/'],
  ];
  items.forEach((it, i) => {
    const r = 4 + i;
    sh.set(r, 1, i + 1, { center: true });
    sh.set(r, 2, it[0]);
    sh.set(r, 3, it[1]);
    sh.set(r, 4, it[2]);
    sh.set(r, 5, m(it[3]));
    sh.set(r, 6, m(it[4]));
    sh.set(r, 7, m(it[3] - it[4]));
    sh.set(r, 8, it[5]);
    sh.set(r, 9, `2023-0${i + 2}-15`);
  });
  const tr = 4 + items.length;
  sh.span(tr, 1, 4, '合　　计', { center: true });
  const sum = (f: (x: (typeof items)[number]) => number) => items.reduce((s, x) => s + f(x), 0);
  // 未付 合计 typed 10 元 off: a ledger, not a budget table — nothing to flag
  sh.set(tr, 5, m(sum((x) => x[3])));
  sh.set(tr, 6, m(sum((x) => x[4])));
  sh.set(tr, 7, m(sum((x) => x[3] - x[4]) + 10));
  sh.border(3, 1, tr, 9);
  cb.correct(sh, A1(tr, 7), '未付金额 合计 of a contract ledger: not an evaluation table');
  cb.correct(sh, 'H5', '“(12.50)” in a ledger column: not an evaluation table');
  cb.correct(sh, 'H6', '“-300.00” in a ledger column: not an evaluation table');

  const s2 = cb.sheet('签到表');
  s2.widths(1, [6, 12, 26, 14, 16, 8]);
  s2.span(1, 1, 6, '2023年度预算绩效管理培训会签到表', { bold: true, center: true, size: 14 });
  ['序号', '姓名', '单位', '职务', '联系电话', '人数'].forEach((h, i) => s2.set(2, 1 + i, h, { center: true, bold: true }));
  const ppl: Array<[string, string, string, number]> = [
    ['张某', '某某县教育局', '财务股长', 2],
    ['李某', '某某县卫生健康局', '规财股', 1],
    ['王某', '某某县农业农村局', '计财股', 2],
    ['赵某', '某某县水利局', '办公室', 1],
  ];
  ppl.forEach((p, i) => {
    s2.set(3 + i, 1, i + 1);
    s2.set(3 + i, 2, p[0]);
    s2.set(3 + i, 3, p[1]);
    s2.set(3 + i, 4, p[2]);
    s2.set(3 + i, 5, '　');
    s2.set(3 + i, 6, p[3]);
  });
  s2.span(3 + ppl.length, 1, 5, '合　计', { center: true });
  s2.set(3 + ppl.length, 6, 7);
  s2.border(2, 1, 3 + ppl.length, 6);
  cb.correct(s2, A1(3 + ppl.length, 6), '人数 合计 7 of a sign-in sheet (the rows sum to 6): not an evaluation table');
  cb.expect = {};
  return cb;
}

// ---------------------------------------------------------------------------
// w09 fully correct: 部门整体支出绩效自评表 + 基础数据表

function w09(): CaseBuilder {
  const cb = new CaseBuilder(
    'w09-clean-dept-self-eval-and-basic-data.xlsx',
    'Correct workbook: 部门整体支出绩效自评表 (基本支出 / 项目支出 / 其他资金 “—”, 年度资金总额 执行数 one cent above its parts, 执行率 1,247.35 / 1,298.60 = 96.05%, score 9.61, 部分达成 at exactly 60%, 达成 at 80% with a reason, +30% exactly, a cost exactly at its cap, “无” / “不适用” reasons, percent fractions) and a correct 基础数据表 (38 / 40 = 95.00%, 三公 control rates, a line with zero budget and zero spending). No mistakes.',
  );
  const sh = cb.sheet('整体自评');
  sh.widths(1, [10, 12, 14, 22, 14, 14, 8, 8, 26]);
  const ref = selfEval(cb, sh, {
    template: 'dept-self-eval',
    top: 2,
    left: 1,
    title: '部门整体支出绩效自评表',
    subtitle: '（2023年度）　　　　　　　　　　　　　　　　　　　　　　单位：万元',
    info: [[['部门（单位）名称', 2], ['某某市统计局', 6]]],
    funds: {
      lead: '部门预算\n资金',
      cols: ['init', 'budget', 'spent', 'weight', 'rate', 'score'],
      headers: { init: '年初\n预算数', budget: '全年\n预算数', spent: '全年\n执行数', weight: '分 值', rate: '执行率', score: '得 分' },
      total: { label: '年度资金总额', init: m(1260), budget: m(1298.6), spent: m(1247.35), weight: 10 },
      subs: [
        { label: '其中：基本支出', init: m(1010), budget: m(1032.4), spent: m(1021.18) },
        { label: '　　　项目支出', init: m(250), budget: m(266.2), spent: m(226.16) },
        { label: '　　　其他资金', init: '—', budget: '—', spent: '—' },
      ],
    },
    goals: {
      lead: '年度\n绩效\n目标',
      heads: ['年初目标', '实际完成'],
      texts: ['完成经济普查清查，发布统计公报和分析报告，数据质量抽查合格率98%以上。', '完成清查并通过验收，发布公报1期、分析报告13期，抽查合格率98.6%。'],
    },
    ind: {
      cols: ['l1', 'l2', 'l3', 'target', 'actual', 'weight', 'score', 'reason'],
      headers: { l1: '一级指标', l2: '二级指标', l3: '三级指标', target: '年度指标值', actual: '实际完成值', weight: '分　值', score: '得　分', reason: '偏差原因分析及改进措施' },
      mode: 'merge',
      sections: { [P]: '产出指标（50分）', [E]: '效益指标（30分）', [S]: '满意度指标（10分）' },
      rows: [
        row(P, '数量指标', '统计分析报告发布期数', '≥10期', '13期', 10, 'pos', { reason: '无', probeReason: true }),
        row(P, '数量指标', '常规统计调查项目', '≥12项', '12项', 10, 'pos', { reason: '不适用', probeReason: true }),
        row(P, '质量指标', '数据质量抽查合格率', pf('0.98'), pf('0.986', '0.0%'), 10, 'pos', { probeReason: true }),
        row(P, '时效指标', '统计报表按时上报率', '＝100%', '100%', 10, 'eq', { probeReason: true }),
        row(P, '成本指标', '普查员劳务补助', '≤96万元', '96万元', 10, 'rev', { probeReason: true }),
        row(E, '社会效益指标', '统计数据社会认可度', '稳步提升', '部分达成年度指标并具有一定效果', 10, 'qual', { score: 6, reason: '部分乡镇数据解读宣传不足。' }),
        row(E, '社会效益指标', '统计服务决策能力', '持续增强', '达成年度指标', 10, 'qual', { score: 8, reason: '专题研究成果转化偏少。' }),
        row(E, '可持续影响指标', '统计信息化水平', '提升', '达成年度指标', 10, 'qual', { probeReason: true }),
        row(S, '服务对象满意度指标', '数据使用单位满意度', '≥90%', '94.5%', 10, 'pos', { reason: '无', probeReason: true }),
      ],
    },
    total: { label: '总　　分', weight: 100 },
    grade: { label: '评价等级' },
    footer: SIGN,
  });
  // 1,021.18 + 226.16 = 1,247.34 vs a reported 1,247.35: rounding only
  cb.allowRounding(sh, ref.fund.spent);

  const s2 = cb.sheet('基础数据');
  s2.widths(1, [8, 26, 12, 12, 12, 12, 16]);
  const bd = basicData(cb, s2, {
    top: 1,
    left: 1,
    title: '部门整体支出绩效评价基础数据表',
    unit: '单位：万元、人',
    staff: { plan: 40, actual: 38, temp: 4 },
    totalLabel: '三公经费　合计',
    sangong: [
      ['其中：因公出国（境）费', 0, 0, 0],
      ['　　　公务用车运行维护费', m(4.2), m(4.5), m(3.98)],
      ['　　　公务接待费', m(1.36), m(1.5), m(1.12)],
    ],
    single: [
      ['公用经费', m(48.6), m(52.3), m(49.87)],
      ['政府采购金额', m(126.4), m(140), m(131.25)],
      // 1.37 / 1.60 = 85.625 %, written truncated as 85.62 %
      ['培训费', m(1.42), m(1.6), m(1.37), '85.62%'],
    ],
    assets: { all: '862.50', used: '801.30' },
  });
  cb.allowRounding(s2, bd.cells['rate:培训费']);
  cb.expect = {};
  return cb;
}

// ---------------------------------------------------------------------------
// w10 支出决算明细表 starting in column F, 合计 first, 万元 text

function w10(): CaseBuilder {
  const cb = new CaseBuilder(
    'w10-expenditure-detail-column-f-total-first.xlsx',
    '部门支出决算明细表 starting at F3 (columns A–E empty but for a 附表 label): 科目编码 | 科目名称 | 调整预算数 | 决算数 | 执行率, 合计 first written “合　计”, 类 rows (工资福利支出 / 商品和服务支出 / 对个人和家庭的补助) over their items, a 其中 line under 办公费, amounts typed as text with 万元 suffixes in one group and as plain text numbers (“18.40”, as a leading apostrophe leaves them) in another.',
  );
  const sh = cb.sheet('支出明细');
  sh.widths(1, [8, 3, 3, 3, 3, 10, 26, 12, 12, 10]);
  sh.set(1, 1, '附表2');
  type It = [string, string, string | number, string | number];
  const g1: It[] = [
    ['30101', '基本工资', '186.40万元', '186.40万元'],
    ['30102', '津贴补贴', '142.80万元', '141.36万元'],
    ['30108', '机关事业单位基本养老保险缴费', '58.20万元', '57.96万元'],
    ['30112', '其他社会保障缴费', '6.40万元', '6.12万元'],
  ];
  const g2: It[] = [
    ['30201', '办公费', '18.40', '17.26'],
    ['', '　其中：印刷费', '6.00', '7.85'],
    ['30211', '差旅费', '12.60', '10.94'],
    ['30215', '会议费', '3.50', '2.86'],
    ['30228', '工会经费', '8.30', '8.30'],
  ];
  const g3: It[] = [
    ['30302', '退休费', '24.60万元', '24.48万元'],
    ['30305', '生活补助', '3.20万元', '3.45万元'],
  ];
  const dq = (v: string | number) => {
    const q = readQty({ value: v });
    if (q.status !== 'ok') throw new Error(String(v));
    return q.v;
  };
  const rows: BRow[] = [{ label: '合　计', vals: [] }];
  const groups: Array<[string, string, It[], boolean]> = [
    ['301', '工资福利支出', g1, true],
    ['302', '商品和服务支出', g2, false],
    ['303', '对个人和家庭的补助', g3, true],
  ];
  const groupTotals: Dec[][] = [];
  for (const [code, label, items, suffix] of groups) {
    const gi = rows.length;
    const real = items.filter((x) => !x[1].includes('其中'));
    const t = [2, 3].map((i) => real.reduce((s, x) => s.plus(dq(x[i])), new D(0)));
    groupTotals.push(t);
    rows.push({ code, label, parent: 0, vals: [suffix ? wy(t[0]) : t[0].toFixed(2), suffix ? wy(t[1]) : t[1].toFixed(2)] });
    let last = -1;
    for (const it of items) {
      const partial = it[1].includes('其中');
      rows.push({ code: it[0], label: it[1], parent: partial ? last : gi, partial, vals: [it[2], it[3]] });
      if (!partial) last = rows.length - 1;
    }
  }
  // 工资福利支出 决算: items sum to 391.84, typed 381.84 (the 合计 sums the typed subtotals)
  const g1i = 1;
  const wrong = groupTotals[0][1].minus(10);
  rows[g1i].vals[1] = wy(wrong);
  const tb = groupTotals.reduce((s, t) => s.plus(t[0]), new D(0));
  const ts = wrong.plus(groupTotals[1][1]).plus(groupTotals[2][1]);
  // 合计 调整预算数: the three 类 rows sum to tb, typed 20 万元 more
  rows[0].vals = [wy(tb.plus(20)), wy(ts)];
  // 差旅费 执行率 10.94 / 12.60 = 86.83 %, typed 68.83 %
  const trip = rows.findIndex((r) => r.label === '差旅费');
  rows[trip].vals[2] = '68.83%';
  budget(cb, sh, {
    top: 3,
    left: 6,
    title: '2023年度部门支出决算明细表',
    unitNote: '单位：万元',
    codeHeader: '科目编码',
    labelHeader: '科目名称',
    headers: ['调整预算数', '决算数', '执行率'],
    sumCols: [0, 1],
    rates: [{ col: 2, num: 1, den: 0 }],
    rows,
    footer: '注：执行率=决算数/调整预算数；“其中”项为办公费的组成部分。',
  });
  cb.expect = { 'total-mismatch': 2, 'rate-mismatch': 1 };
  return cb;
}

// ---------------------------------------------------------------------------
// w11 部门整体支出绩效自评表, 一级 repeated, 执行率 as a fraction, one-decimal scores

function w11(): CaseBuilder {
  const cb = new CaseBuilder(
    'w11-dept-self-eval-repeated-levels-fraction-rate.xlsx',
    '部门整体支出绩效自评表 at A3 under a “附件2” line: 执行率 stored as the fraction 0.953 in a 0.0% format and its score written with one decimal (9.5 for 9.53), 其他资金 row with “0.00”, header texts broken per character (“分\\n值”, “得\\n分”), 一级 repeated on every row and 二级 carried down, an indicator with its 分值 left empty, a scored sentence (“已完成”) with no level, 总分 row written “总  计”.',
  );
  const sh = cb.sheet('自评表');
  sh.set(1, 1, '附件2');
  sh.widths(1, [10, 12, 14, 22, 14, 14, 6, 6, 26]);
  const rows: IndRow[] = [
    row(P, '数量指标', '执法检查企业户数', '≥600户', '640户', 10, 'pos', { probeReason: true }),
    // +45 %, explained
    row(P, '数量指标', '消费维权投诉处理件数', '≥1000件', '1,450件', 10, 'pos', { reason: '网购投诉量大幅上升，年初目标值设定偏低，下年度据实调整。' }),
    row(P, '质量指标', '投诉办结率', '≥95%', '98.2%', 10, 'pos', { probeReason: true }),
    // 11 of 10 on a row whose actual states no level
    row(P, '质量指标', '特种设备监督检验', '按计划完成', '已完成', 10, 'qual', { score: 11 }),
    row(P, '时效指标', '投诉处理时限', '≤7天', '5.5天', 10, 'rev', { probeReason: true }),
    row(E, '社会效益指标', '市场秩序', '持续向好', '达成年度指标', 15, 'qual', { score: 13.5, reason: '个别领域价格违法行为仍有发生。' }),
    // 分值 left empty
    row(E, '可持续影响指标', '信用监管体系', '逐步完善', '达成年度指标', null, 'qual', { score: 9 }),
    row(S, '服务对象满意度指标', '市场主体满意度', '≥90%', '93.5%', 10, 'pos', { probeReason: true }),
  ];
  const execScore = new D('9.5');
  // every row without a typed score meets its target: full marks
  const sum = rows.reduce((acc, r) => acc.plus(val(r.score !== undefined ? r.score : r.weight)), execScore);
  const ref = selfEval(cb, sh, {
    template: 'dept-self-eval',
    top: 3,
    left: 1,
    title: '2023年度部门整体支出绩效自评表',
    info: [[['预算单位', 2], ['某某县市场监督管理局', 4], ['单位：万元', 2]]],
    funds: {
      lead: '年度\n资金\n情况',
      cols: ['init', 'budget', 'spent', 'weight', 'rate', 'score'],
      headers: { init: '年初\n预算数', budget: '全年\n预算数', spent: '全年\n执行数', weight: '分\n值', rate: '执行率', score: '得\n分' },
      // 762.40 / 800 = 95.3 %, shown as 0.953 in 0.0%, score 9.53 written 9.5
      total: { label: '年度资金总额', init: m(780), budget: m(800), spent: m(762.4), weight: 10, rate: { n: '0.953', fmt: '0.0%' }, score: 9.5 },
      subs: [
        { label: '其中：基本支出', init: m(560), budget: m(572), spent: m(569.8) },
        { label: '　　　项目支出', init: m(220), budget: m(228), spent: m(192.6) },
        { label: '　　　其他资金', init: m(0), budget: m(0), spent: m(0) },
      ],
    },
    goals: {
      lead: '年度\n绩效\n目标',
      heads: ['年初目标', '实际完成'],
      texts: ['开展“双随机、一公开”检查600户以上，投诉办结率95%以上，维护公平竞争市场秩序。', '检查企业640户，处理投诉1,450件，办结率98.2%。'],
    },
    ind: {
      cols: ['l1', 'l2', 'l3', 'target', 'actual', 'weight', 'score', 'reason'],
      headers: { l1: '一级指标', l2: '二级指标', l3: '三级指标', target: '年度\n指标值', actual: '实际\n完成值', weight: '分\n值', score: '得\n分', reason: '偏差原因分析及改进措施' },
      mode: 'repeat',
      l2mode: 'carry',
      rows,
    },
    // the scores sum to `sum`; the clerk typed 2 more
    total: { label: '总  计', weight: 100, score: num(sum.plus(2)) },
    footer: SIGN,
  });
  const wEmpty = ref.rows[6].weight!;
  cb.check('missing-value', sh, wEmpty, { op: 'empty', cell: wEmpty }, '信用监管体系 分值');
  cb.correct(sh, ref.fund.rate, '执行率 762.40 / 800 = 95.3 %, stored as 0.953 in a 0.0% format', [{ op: 'ratio', num: ref.fund.spent, den: ref.fund.budget, reported: ref.fund.rate }]);
  cb.expect = { 'score-over-weight': 1, 'target-far-exceeded': 1, 'missing-value': 1, 'total-mismatch': 1 };
  return cb;
}

// ---------------------------------------------------------------------------

export const CASES: Array<() => CaseBuilder> = [w01, w02, w03, w04, w05, w06, w07, w08, w09, w10, w11];

export async function buildUnseen3(outDir: string): Promise<UnseenCase[]> {
  return writeUnseenSet(
    outDir,
    CASES,
    'Third unseen set. Planted mistakes (expected findings: code, sheet, cell) and cells that must stay silent, per workbook. Cells are A1 addresses; merged cells are named by their top-left cell. `allowed` lists the only codes tolerated at a correct cell (rounding, info).',
  );
}

if (require.main === module || process.argv[1] === __filename) runUnseenBuilder(buildUnseen3, path.join(__dirname, 'out'));
