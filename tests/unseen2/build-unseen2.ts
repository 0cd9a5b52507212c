/**
 * The second unseen workbook set (v01–v14): evaluation workbooks in layouts
 * other provinces' finance bureaus use and that neither the seeds nor the first
 * unseen set (tests/unseen, u01–u17) cover, each with planted mistakes and a
 * truth file, to measure the checker blind under the national profile of
 * DOMAIN.md.
 *
 *   buildUnseen2(outDir) → writes outDir/*.xlsx and outDir/truth.json
 *   node scripts/run-ts.js tests/unseen2/build-unseen2.ts [outDir]   # default tests/unseen2/out
 *
 * Built from DOMAIN.md and public template conventions only, with the first
 * set's builder library (tests/unseen/unseen-lib.ts): every expectation is
 * recomputed from the written cells (tests/unseen/unseen-truth.ts, decimal.js
 * ROUND_HALF_UP with rounding intervals), and each case states how many
 * findings of each code it plants; the build fails if its data implies
 * anything else.
 */
import * as path from 'path';
import { BRow, budget, CaseBuilder, CellV, E, IndRow, m, nationalScore, num, P, pf, row, S, scoring, selfEval, SheetW, SNode, val } from '../unseen/unseen-lib';
import { D, Dec, UnseenCase } from '../unseen/unseen-truth';
import { runUnseenBuilder, writeUnseenSet } from '../unseen/set-io';

export type { UnseenCase, PlantedFinding, CorrectCell, UnseenTable, Basis, Code, TemplateId } from '../unseen/unseen-truth';


const SIGN = '单位负责人（签章）：　　　　　　财务负责人：　　　　　　填表人：　　　　　　联系电话：　　　　　　';


/** money with two decimals, no separators */
const m2 = (n: number | string): CellV => ({ n, fmt: '0.00' });

/** extra lines under a table (notes, signatures) */
function notes(sh: SheetW, r: number, c: number, span: number, lines: string[]): number {
  lines.forEach((t, i) => sh.span(r + i, c, span, t));
  return r + lines.length;
}

/** the row whose cell in any column reads `text` */
function rowOf(sh: SheetW, text: string): number {
  let found = 0;
  sh.ws.eachRow((r, n) =>
    r.eachCell((c) => {
      if (c.value === text && !found) found = n;
    }),
  );
  if (!found) throw new Error(`${sh.name}: no cell “${text}”`);
  return found;
}

// ---------------------------------------------------------------------------
// 项目支出 / 部门整体支出绩效自评表

function v01(): CaseBuilder {
  const cb = new CaseBuilder(
    'v01-project-seq-weight-first.xlsx',
    '项目支出绩效自评表 with 填报单位 and 单位：万元 above, funds columns 年初预算数 | 调整后预算数 | 实际支出数 with 执行率 stored as a fraction in a 0.00% format, indicator columns 序号 | 一级 | 二级 | 三级 | 分值 | 年度目标值 | 全年实际值 | 得分 | 偏差原因 (分值 before the values), 一级/二级 only on a group\'s first row, “≤30天” and “场” units, notes and signature lines below.',
  );
  const sh = cb.sheet('项目绩效自评');
  sh.widths(1, [6, 11, 13, 24, 7, 14, 14, 7, 28]);
  const ref = selfEval(cb, sh, {
    template: 'project-self-eval',
    top: 1,
    left: 1,
    title: '2023年度项目支出绩效自评表',
    subtitle: '填报单位（盖章）：某某市文化广电旅游局　　　　　　　　　　　　　　　　单位：万元',
    info: [
      [['项目名称', 2], ['公共文化服务体系建设专项资金', 7]],
      [['主管部门', 2], ['某某市文化广电旅游局', 3], ['实施单位', 2], ['某某市群众艺术馆', 2]],
    ],
    funds: {
      lead: '资金\n情况',
      cols: ['init', 'budget', 'spent', 'weight', 'rate', 'score'],
      headers: { init: '年初预算数', budget: '调整后预算数', spent: '实际支出数', weight: '分值', rate: '执行率', score: '得分' },
      // 518.30 / 560 = 92.55 %: 9.26 of 10, reported as full marks
      total: { label: '年度资金总额', init: m(520), budget: m(560), spent: m(518.3), weight: 10, score: 10 },
      subs: [
        { label: '其中：财政拨款', init: m(500), budget: m(540), spent: m(500.3) },
        { label: '　　　上年结转', init: m(20), budget: m(20), spent: m(18) },
        { label: '　　　其他资金', init: '—', budget: '—', spent: '—' },
      ],
      rateStyle: 'percent',
    },
    goals: {
      lead: '年度\n目标',
      heads: ['年初设定目标', '全年实际完成情况'],
      texts: [
        '全年开展公益性文化活动120场以上，基层综合性文化服务点覆盖45个，场馆设施完好率90%以上，群众满意度90%以上。',
        '全年开展公益性文化活动168场，覆盖基层服务点45个，场馆设施完好率84%，群众满意度95.6%。',
      ],
    },
    ind: {
      cols: ['seq', 'l1', 'l2', 'l3', 'weight', 'target', 'actual', 'score', 'reason'],
      headers: {
        seq: '序号',
        l1: '一级指标',
        l2: '二级指标',
        l3: '三级指标',
        weight: '分值',
        target: '年度目标值',
        actual: '全年实际值',
        score: '得分',
        reason: '偏差原因分析及改进措施',
      },
      mode: 'carry',
      rows: [
        row(P, '数量指标', '公益性文化活动场次', '≥120场', '168场', 10, 'pos', { reason: '春节、国庆期间增加惠民演出48场，年初目标值设定偏低，下年度据实调整。' }),
        row(P, '数量指标', '基层综合性文化服务点覆盖数', '≥45个', '45个', 10, 'pos', { probeReason: true }),
        row(P, '质量指标', '活动组织安全事故发生次数', '≤1次', '0次', 10, 'rev', { probeReason: true }),
        row(P, '质量指标', '场馆设施完好率', '≥90%', '84%', 10, 'pos'),
        row(P, '时效指标', '补助资金拨付时限', '≤30天', '25天', 5, 'rev', { probeReason: true }),
        row(P, '成本指标', '惠民演出补助成本', '≤180万元', '176.4万元', 5, 'rev'),
        row(E, '社会效益指标', '群众参与文化活动人数', '≥85,000人', '92,600人', 10, 'pos', { probeReason: true }),
        row(E, '社会效益指标', '公共文化服务均等化水平', '稳步提升', '达成年度指标', 10, 'qual'),
        row(E, '可持续影响指标', '文化志愿服务机制', '长效运行', '长效运行', 10, 'qual'),
        row(S, '服务对象满意度指标', '群众满意度', '≥90%', '95.6%', 10, 'pos'),
      ],
    },
    total: { label: '总　　分', weight: 100 },
  });
  notes(sh, ref.next + 1, 1, 9, [
    '备注：1.本表金额单位为万元；2.定性指标按“达成年度指标、部分达成年度指标并具有一定效果、未达成年度指标且效果较差”三档评分。',
    SIGN,
    '填报日期：2024年3月20日',
  ]);
  cb.expect = { 'score-mismatch': 1, 'target-far-exceeded': 1, 'target-not-met': 1, 'missing-reason': 1 };
  return cb;
}

function v02(): CaseBuilder {
  const cb = new CaseBuilder(
    'v02-project-three-row-header-fullwidth.xlsx',
    '项目支出绩效自评表 with a three-row indicator header (绩效指标 over 一级/二级/三级, 指标值 over 年度目标值/全年实际值, 指标分值/自评得分/偏差原因 spanning all three rows), values typed with full-width digits and punctuation (“≥１２，０００平方米”, “＝１００％”), 执行率 as a plain number under “执行率（%）”, section weights “产出指标（40分）”.',
  );
  const sh = cb.sheet('Sheet1');
  sh.widths(1, [10, 12, 24, 16, 16, 8, 8, 28]);
  const budgetV = 900;
  const spentV = 879.4;
  const rate = new D(spentV).div(budgetV).times(100).toDecimalPlaces(2);
  selfEval(cb, sh, {
    template: 'project-self-eval',
    top: 2,
    left: 1,
    title: '项目支出绩效自评表',
    subtitle: '（2023年度）　　　　　　　　　　　　　　　　　　　　　　　　　金额单位：万元',
    info: [
      [['项目名称', 1], ['中小学校舍维修改造资金', 7]],
      [['主管部门', 1], ['某某县教育局', 3], ['实施单位', 2], ['某某县教育局', 2]],
    ],
    funds: {
      lead: '项目资金',
      cols: ['init', 'budget', 'spent', 'weight', 'rate', 'score'],
      headers: { init: '年初\n预算', budget: '全年\n预算', spent: '全年\n执行', weight: '分值', rate: '执行率\n（%）', score: '得分' },
      total: { label: '年度资金总额', init: m(860), budget: m(budgetV), spent: m(spentV), weight: 10, rate: num(rate) },
      subs: [
        { label: '其中：当年财政拨款', init: m(800), budget: m(840), spent: m(822.4) },
        { label: '　　　上年结转资金', init: m(60), budget: m(60), spent: m(57) },
      ],
    },
    goals: {
      lead: '总体\n目标',
      heads: ['预期目标', '实际完成情况'],
      texts: ['完成18所学校校舍维修改造12,000平方米以上，开学前完工率95%以上，消除校舍安全隐患。', '完成18所学校维修改造12,650平方米，开学前完工率91%，校舍安全隐患全部消除。'],
    },
    ind: {
      cols: ['l1', 'l2', 'l3', 'target', 'actual', 'weight', 'score', 'reason'],
      headers: { l1: '一级指标', l2: '二级指标', l3: '三级指标', target: '年度目标值', actual: '全年实际值', weight: '指标\n分值', score: '自评\n得分', reason: '偏差原因及改进措施' },
      above: [
        [['绩　效　指　标', 5], [null, 3]],
        [[null, 3], ['指　标　值', 2], [null, 3]],
      ],
      mode: 'merge',
      sections: { [P]: '产出指标（40分）', [E]: '效益指标（30分）', [S]: '满意度指标（10分）' },
      rows: [
        row(P, '数量指标', '维修改造校舍面积', '≥１２，０００平方米', '１２，６５０平方米', 10, 'pos', { probeReason: true }),
        row(P, '数量指标', '维修改造学校数量', '≥１８所', '１８所', 10, 'pos'),
        row(P, '质量指标', '工程验收合格率', '＝１００％', '１００％', 10, 'eq', { probeReason: true }),
        row(P, '时效指标', '开学前完工率', '≥９５％', '９１％', 10, 'pos', { reason: '2所学校因雨季延误工期，已督促施工单位倒排工期。' }),
        row(E, '社会效益指标', '校舍安全隐患消除', '全部消除', '已全部消除', 15, 'qual', { score: 16 }),
        row(E, '社会效益指标', '受益学生人数', '≥１５，０００人', '１５，８２０人', 15, 'pos'),
        row(E, '可持续影响指标', '校舍长效管护机制', '建立健全', '已建立', 10, 'qual', { score: 9, reason: '管护经费保障机制尚待完善。' }),
        row(S, '服务对象满意度指标', '师生满意度', '≥９０％', null, 10, 'pos', { score: 10 }),
      ],
    },
    total: { label: '合　计', weight: 100 },
    footer: SIGN,
  });
  cb.expect = { 'weight-mismatch': 1, 'target-not-met': 1, 'score-over-weight': 1, 'missing-value': 1 };
  return cb;
}

function v03(): CaseBuilder {
  const cb = new CaseBuilder(
    'v03-project-budget-spent-reason-middle.xlsx',
    '项目支出绩效自评表 with a two-column funds block 预算数 | 执行数 under a 资金来源 header (年度资金总额 执行数 left empty, rate and score typed from the 其中 rows), indicator columns 预期指标值 | 实际完成情况 | 偏差原因分析 | (spacer) | 分值 | 得分, 一级 repeated on every row, 二级 merged.',
  );
  const sh = cb.sheet('自评表');
  sh.widths(2, [9, 12, 12, 22, 14, 16, 26, 2, 7, 7]);
  const subs = [
    { label: '其中：财政拨款', budget: 600, spent: 571.2 },
    { label: '　　　其他资金', budget: 50, spent: 46.8 },
  ];
  const spent = subs.reduce((s, x) => s.plus(x.spent), new D(0));
  const bud = new D(650);
  const rate = spent.div(bud);
  const fundsScore = rate.times(10).toDecimalPlaces(2);
  const rows: IndRow[] = [
    row(P, '数量指标', '新建集中供水工程', '≥8座', '8座', 10, 'pos'),
    row(P, '数量指标', '改造供水管网长度', '≥120公里', '126.5公里', 10, 'pos'),
    row(P, '数量指标', '受益农户数', '≥500户', '460户', 10, 'pos', { score: 8, reason: '2个村组搬迁安置未实施接户，待安置完成后接入。' }),
    row(P, '质量指标', '水质检测达标率', '≥95%', '97.2%', 10, 'pos'),
    row(P, '时效指标', '工程建设工期', '≤300天', '286天', 5, 'rev', { probeReason: true }),
    row(P, '成本指标', '工程建设成本', '≤650万元', '618万元', 5, 'rev', { probeReason: true }),
    row(E, '社会效益指标', '农村自来水普及率', '≥92%', '93.5%', 10, 'pos'),
    row(E, '社会效益指标', '群众饮水条件改善', '明显改善', '基本完成', 5, 'qual', { score: '4。5', reason: '部分偏远村组管网末端水压不足。' }),
    row(E, '可持续影响指标', '工程长效运行管护', '长效运行', '未达成年度指标且效果较差', 15, 'qual', {
      score: 12,
      reason: '村级管护经费未落实，管护员未到岗，下一步纳入县级统管。',
    }),
    row(S, '服务对象满意度指标', '受益群众满意度', '≥90%', '92.3%', 10, 'pos'),
  ];
  // the clerk's total reads “4。5” as 4.5; rows without a typed score carry the national score
  const total = rows.reduce((s, r) => s.plus(r.score === '4。5' ? 4.5 : r.score !== undefined ? val(r.score) : nationalScore(r)), fundsScore);
  const ref = selfEval(cb, sh, {
    template: 'project-self-eval',
    top: 3,
    left: 2,
    title: '2023年度项目支出绩效自评表',
    info: [
      [['项目名称', 2], ['农村饮水安全巩固提升工程', 3], ['项目类别', 1], ['一次性项目', 3]],
      [['主管部门', 2], ['某某县水利局', 3], ['实施单位', 1], ['某某县农村供水管理站', 3]],
    ],
    funds: {
      lead: '项目资金\n（万元）',
      labelHeader: '资金来源',
      cols: ['budget', 'spent', 'weight', 'rate', 'score'],
      headers: { budget: '预算数', spent: '执行数', weight: '分值', rate: '执行率', score: '得分' },
      total: { label: '年度资金总额', budget: m(650), spent: null, weight: 10, rate: `${rate.times(100).toFixed(2)}%`, score: num(fundsScore) },
      subs: subs.map((x) => ({ label: x.label, budget: m(x.budget), spent: m(x.spent) })),
    },
    goals: {
      lead: '年度\n总体\n目标',
      heads: ['预期目标', '实际完成情况'],
      texts: ['新建集中供水工程8座，改造管网120公里，解决500户农户饮水安全问题。', '建成供水工程8座，改造管网126.5公里，460户农户接通自来水。'],
    },
    ind: {
      cols: ['l1', 'l2', 'l3', 'target', 'actual', 'reason', 'gap', 'weight', 'score'],
      headers: { l1: '一级指标', l2: '二级指标', l3: '三级指标', target: '预期指标值', actual: '实际完成情况', reason: '偏差原因分析', weight: '分值', score: '得分' },
      mode: 'repeat',
      l2mode: 'merge',
      rows,
    },
    total: { label: '总分', weight: 100, score: num(total) },
    footer: '说明：实际完成情况与预期指标值偏差较大的，须说明原因。',
  });
  cb.correct(sh, ref.total.score, '总分 cannot be checked: one of its parts (“4。5”) is unparseable, and an unreadable number is never a silent zero');
  cb.expect = { 'missing-value': 1, 'score-mismatch': 1, 'target-not-met': 1, unparseable: 1, 'score-out-of-band': 1 };
  return cb;
}

function v04(): CaseBuilder {
  const cb = new CaseBuilder(
    'v04-dept-tasks-block.xlsx',
    '部门整体支出绩效自评表 with 部门名称/联系人 info, funds 其中：基本支出 / 项目支出, a 年度主要任务 block (任务名称 | 主要内容 | 预算数 | 执行数) between the goals and the indicators, indicator headers 全年指标值 | 全年实际完成值, lead column 年度绩效指标, 评价等级 row.',
  );
  const sh = cb.sheet('部门整体自评');
  sh.widths(1, [8, 12, 14, 22, 14, 16, 7, 7, 26]);
  const base = { init: 1080, budget: 1120.3, spent: 1106.52 };
  const tasks: Array<[string, string, number, number]> = [
    ['就业创业促进', '落实创业担保贷款贴息、职业技能培训补贴，新增城镇就业3000人以上', 220, 151.6],
    ['社会保险经办', '城乡居民养老保险经办、待遇资格认证与稽核', 140, 88.3],
    ['劳动保障监察', '开展根治欠薪专项行动和劳动用工执法检查', 80, 46.5],
  ];
  const projBudget = tasks.reduce((s, t) => s.plus(t[2]), new D(0));
  const projSpent = tasks.reduce((s, t) => s.plus(t[3]), new D(0));
  // the total's 全年执行数 is 10 万元 short of 基本支出 + 项目支出
  const spentTotal = projSpent.plus(base.spent).minus(10);
  const ref = selfEval(cb, sh, {
    template: 'dept-self-eval',
    top: 2,
    left: 1,
    title: '部门整体支出绩效自评表（2023年度）',
    info: [[['部门名称', 2], ['某某县人力资源和社会保障局', 4], ['联系人', 1], ['　', 2]]],
    funds: {
      lead: '年度\n预算\n（万元）',
      cols: ['init', 'budget', 'spent', 'weight', 'rate', 'score'],
      headers: { init: '年初预算数', budget: '全年预算数', spent: '全年执行数', weight: '分值', rate: '执行率', score: '得分' },
      total: { label: '年度资金总额', init: m(1480), budget: m(num(projBudget.plus(base.budget))), spent: m(num(spentTotal)), weight: 10 },
      subs: [
        { label: '其中：基本支出', init: m(base.init), budget: m(base.budget), spent: m(base.spent) },
        { label: '　　　项目支出', init: m(400), budget: m(num(projBudget)), spent: m(num(projSpent)) },
      ],
    },
    goals: {
      lead: '年度\n总体\n目标',
      heads: ['年初目标', '实际完成情况'],
      texts: ['城镇新增就业3000人以上，开展职业技能培训2000人次，社会保险待遇按时足额发放，劳动保障监察案件结案率95%以上。', '城镇新增就业3186人，培训2150人，待遇按时发放，结案率97.8%。'],
    },
    tasks: {
      lead: '年度\n主要\n任务',
      spans: [2, 4, 1, 1],
      heads: ['任务名称', '主要内容', '预算数', '执行数'],
      rows: tasks.map(([a, b, c, d]) => [a, b, m(c), m(d)]),
    },
    ind: {
      lead: '年度\n绩效\n指标',
      cols: ['l1', 'l2', 'l3', 'target', 'actual', 'weight', 'score', 'reason'],
      headers: { l1: '一级指标', l2: '二级指标', l3: '三级指标', target: '全年指标值', actual: '全年实际\n完成值', weight: '分值', score: '得分', reason: '偏差原因分析及改进措施' },
      mode: 'merge',
      rows: [
        row(P, '数量指标', '城镇新增就业人数', '≥3000人', '3,186人', 10, 'pos'),
        row(P, '数量指标', '职业技能培训人数', '≥2000人', '2,150人', 10, 'pos'),
        row(P, '质量指标', '职业技能培训质量', '培训合格率稳步提高', '部分达成年度指标并具有一定效果', 5, 'qual', { score: 3, reason: '部分工种取证率偏低，下一步加强实训。' }),
        row(P, '质量指标', '社保基金安全运行', '无重大风险', '达成年度指标', 10, 'qual', { score: 8, reason: '稽核发现个别冒领待遇，已追回。' }),
        row(P, '时效指标', '待遇发放及时性', '按月足额发放', '部分达成年度指标并具有一定效果', 5, 'qual', { score: 3, reason: '两个月因系统升级延迟发放2天。' }),
        row(P, '成本指标', '创业担保贷款贴息支出', '≤220万元', '151.6万元', 10, 'rev'),
        row(E, '社会效益指标', '劳动保障监察案件结案率', '≥95%', '97.8%', 10, 'pos'),
        row(E, '社会效益指标', '就业创业环境', '持续改善', '部分达成年度指标并具有一定效果', 10, 'qual', {
          score: 8.5,
          reason: '返乡创业扶持政策宣传覆盖不足。',
        }),
        row(E, '可持续影响指标', '社会保险经办服务能力', '稳步提升', '达成年度指标', 10, 'qual', { score: 8 }),
        row(S, '服务对象满意度指标', '办事群众满意度', '≥90%', '93.6%', 10, 'pos'),
      ],
    },
    total: { label: '总分', weight: 100 },
    grade: { label: '评价等级', value: '优' },
    footer: SIGN,
  });
  for (const t of ref.tasks ?? []) for (const c of t.slice(2)) cb.correct(sh, c, '年度主要任务 amount: no rule of the national profile applies to the task rows');
  cb.expect = { 'total-mismatch': 1, 'grade-mismatch': 1, 'score-out-of-band': 1, 'missing-reason': 1 };
  return cb;
}

function v05(): CaseBuilder {
  const cb = new CaseBuilder(
    'v05-project-criteria-column-percent-fractions.xlsx',
    '项目支出绩效自评表 with a 评分标准 column between 三级指标 and 指标值, targets and actuals stored as fractions in 0% / 0.0% formats (0.95 shown as 95%), funds typed as text with thousands separators (“1,250.00”) under 年初预算数 | 调整预算数 | 执行数 | 预算执行率 | 分值 | 得分 | 未达90%原因说明.',
  );
  const sh = cb.sheet('绩效自评表');
  sh.widths(1, [8, 11, 12, 22, 26, 11, 11, 7, 7, 24]);
  const budgetV = new D('1250');
  const spentV = new D('1080');
  const fundsScore = spentV.div(budgetV).times(10).toDecimalPlaces(2);
  const Q = '达到目标值得满分，未达到按完成比例计分';
  const R = '不超过目标值得满分，超出按比例扣分';
  const L = '按达成年度指标程度分档评分';
  const rows: IndRow[] = [
    row(P, '数量指标', '65岁以上老年人健康体检人数', '≥12000人', '12,480人', 10, 'pos', { crit: Q }),
    row(P, '数量指标', '健康教育讲座期数', '≥20期', '28期', 10, 'pos', { crit: Q }),
    row(P, '质量指标', '电子健康档案规范化建档率', pf('0.9'), pf('0.936', '0.0%'), 10, 'pos', { crit: Q, probeReason: true }),
    row(P, '时效指标', '体检报告反馈时限', '≤15天', '12天', 10, 'rev', { crit: R }),
    row(P, '成本指标', '人均体检成本', '≤80元', '78.5元', 10, 'rev', { crit: R, probeReason: true }),
    row(E, '社会效益指标', '高血压患者规范管理率', pf('0.7'), pf('0.742', '0.0%'), 15, 'pos', { crit: Q }),
    row(E, '可持续影响指标', '基层健康管理能力', '持续提升', '达成年度指标', 15, 'qual', { crit: L }),
    row(S, '服务对象满意度指标', '服务对象满意度', pf('0.9'), pf('0.945', '0.0%'), 10, 'pos', { crit: Q }),
  ];
  const sum = rows.reduce((s, r) => s.plus(nationalScore(r)), fundsScore);
  // the reported total swaps two digits of the sum
  const reported = '98.46';
  if (sum.toFixed(2) !== '98.64') throw new Error(`v05 sum changed: ${sum.toFixed(2)}`);
  const money = (x: Dec) => x.toNumber().toLocaleString('en-US', { minimumFractionDigits: 2 });
  selfEval(cb, sh, {
    template: 'project-self-eval',
    top: 2,
    left: 1,
    title: '2023年度基本公共卫生服务项目支出绩效自评表',
    subtitle: '主管部门（盖章）：某某区卫生健康局　　　　　　　　　　　　　　　　（金额单位：万元）',
    info: [
      [['项目名称', 2], ['基本公共卫生服务项目', 3], ['实施单位', 2], ['某某区疾病预防控制中心', 2]],
    ],
    funds: {
      lead: '预算\n执行\n情况',
      cols: ['init', 'budget', 'spent', 'rate', 'weight', 'score', 'reason'],
      headers: { init: '年初预算数', budget: '调整预算数', spent: '执行数', rate: '预算执行率', weight: '分值', score: '得分', reason: '未达90%原因说明' },
      // 1080 / 1250 = 86.40 %, typed as 86.04 %; below 90 % with no explanation
      total: { label: '年度资金总额', init: money(new D(1200)), budget: money(budgetV), spent: money(spentV), rate: '86.04%', weight: 10, score: num(fundsScore), reason: '' },
      subs: [
        { label: '其中：财政拨款', init: '1,150.00', budget: '1,200.00', spent: '1,040.00' },
        { label: '　　　其他资金', init: '50.00', budget: '50.00', spent: '40.00' },
      ],
    },
    goals: {
      lead: '年度\n目标',
      heads: ['预期目标', '完成情况'],
      texts: ['为辖区65岁以上老年人免费健康体检12000人以上，开展健康教育讲座20期，电子健康档案规范化建档率90%以上。', '完成老年人体检12480人，开展健康教育讲座28期，规范化建档率93.6%。'],
    },
    ind: {
      cols: ['l1', 'l2', 'l3', 'crit', 'target', 'actual', 'weight', 'score', 'reason'],
      headers: { l1: '一级指标', l2: '二级指标', l3: '三级指标', crit: '评分标准', target: '指标值', actual: '完成值', weight: '分值', score: '得分', reason: '偏差原因' },
      mode: 'merge',
      rows,
    },
    total: { label: '合计', weight: 100, score: Number(reported) },
    footer: SIGN,
  });
  cb.expect = { 'rate-mismatch': 1, 'missing-reason': 2, 'target-far-exceeded': 1, 'total-mismatch': 1 };
  return cb;
}

// ---------------------------------------------------------------------------
// 指标评分表

const leaf = (label: string, w: number, s: CellV, more: Partial<SNode> = {}): SNode => ({ label, w, s, ...more });

function v06(): CaseBuilder {
  const cb = new CaseBuilder(
    'v06-scoring-codes-a-a1-a11.xlsx',
    '项目支出绩效评价指标评分表 in outline form with an 指标编码 column (A / A1 / A11), columns 指标编码 | 评价指标 | 指标解释 | 评分标准 | 分值 | 得分 (texts before the weight), every parent row carrying its own 分值 and subtotal 得分, 总分 row and a 评价等级 line.',
  );
  const sh = cb.sheet('评分表');
  sh.widths(2, [8, 20, 30, 34, 7, 7]);
  const x = (code: string, label: string, w: number, s: CellV, explain: string, crit: string): SNode => ({ code, label, w, s, explain, crit });
  const res = scoring(cb, sh, {
    top: 2,
    left: 2,
    title: '某某县2023年度高标准农田建设项目绩效评价指标评分表',
    subtitle: '评价机构：某某会计师事务所　　　　　　　　　　评价时间：2024年4月',
    layout: 'outline',
    noIndent: true,
    textFirst: true,
    leaf: { seq: '指标编码', label: '评价指标', explain: '指标解释', crit: '评分标准', weight: '分值', score: '得分' },
    tree: [
      {
        code: 'A',
        label: '决策',
        w: 15,
        kids: [
          {
            code: 'A1',
            label: '项目立项',
            w: 6,
            s: 5.5,
            kids: [
              x('A11', '立项依据充分性', 3, 3, '项目立项是否符合法律法规、相关政策、发展规划', '依据充分得3分，否则酌情扣分'),
              x('A12', '立项程序规范性', 3, 1.5, '项目申请、设立过程是否符合相关要求', '程序规范得3分，缺少可研批复、专家论证各扣0.5分，未经集体决策扣0.5分'),
            ],
          },
          {
            code: 'A2',
            label: '绩效目标',
            w: 5,
            kids: [
              x('A21', '绩效目标合理性', 3, 3, '绩效目标与实际工作内容是否具有相关性', '目标合理得3分'),
              x('A22', '绩效指标明确性', 2, 1.5, '绩效指标是否细化、量化', '每有一项指标未量化扣0.5分'),
            ],
          },
          {
            code: 'A3',
            label: '资金投入',
            w: 4,
            kids: [
              x('A31', '预算编制科学性', 2, 2, '预算编制是否经过科学论证', '论证充分得2分'),
              x('A32', '资金分配合理性', 2, 2, '资金分配是否有测算依据', '依据充分得2分'),
            ],
          },
        ],
      },
      {
        code: 'B',
        label: '过程',
        w: 22,
        kids: [
          {
            code: 'B1',
            label: '资金管理',
            w: 10,
            kids: [
              x('B11', '资金到位率', 3, 3, '实际到位资金/预算资金×100%', '到位率100%得3分，每低1%扣0.1分'),
              x('B12', '预算执行率', 4, 3.6, '实际支出资金/实际到位资金×100%', '执行率×4分'),
              x('B13', '资金使用合规性', 3, 3, '资金使用是否符合财务管理制度', '发现一项不合规扣1分'),
            ],
          },
          {
            code: 'B2',
            label: '组织实施',
            w: 10,
            kids: [
              x('B21', '管理制度健全性', 5, 5, '项目实施单位制度是否健全', '制度健全得5分'),
              x('B22', '制度执行有效性', 5, 3, '项目实施是否符合相关管理规定', '招投标、监理资料不全各扣1分'),
            ],
          },
        ],
      },
      {
        code: 'C',
        label: '产出',
        w: 40,
        kids: [
          { code: 'C1', label: '产出数量', w: 10, kids: [x('C11', '高标准农田建成面积完成率', 10, 10, '实际建成面积/计划建成面积×100%', '完成率100%得满分，按比例扣分')] },
          { code: 'C2', label: '产出质量', w: 10, kids: [x('C21', '工程验收合格率', 10, 7, '验收合格工程数/完工工程数×100%', '每低1个百分点扣0.5分')] },
          { code: 'C3', label: '产出时效', w: 10, kids: [x('C31', '工程完工及时性', 10, 10, '是否在规定时间内完工', '按期完工得满分')] },
          { code: 'C4', label: '产出成本', w: 10, kids: [x('C41', '亩均建设成本', 10, 8, '实际亩均投资与标准对比', '超标准每1%扣0.5分')] },
        ],
      },
      {
        code: 'D',
        label: '效益',
        w: 25,
        kids: [
          {
            code: 'D1',
            label: '项目效益',
            w: 25,
            kids: [
              x('D11', '粮食产能提升', 10, 7, '项目区亩均粮食产能提升情况', '对照目标酌情评分'),
              x('D12', '工程管护机制', 5, 5, '是否建立长效管护机制', '建立并落实得5分'),
              x('D13', '受益农户满意度', 10, 9.5, '问卷调查满意度', '满意度≥90%得满分，每低1%扣0.5分'),
            ],
          },
        ],
      },
    ],
    total: { label: '总分', weight: 100 },
    grade: { label: '评价等级', value: '优' },
  });
  notes(sh, res.next + 1, 2, 6, ['注：评价等级分为优（90分及以上）、良（80—90分）、中（60—80分）、差（60分以下）。']);
  cb.expect = { 'total-mismatch': 1, 'weight-mismatch': 1, 'grade-mismatch': 1 };
  return cb;
}

function v07(): CaseBuilder {
  const cb = new CaseBuilder(
    'v07-scoring-numbered-labels-rate.xlsx',
    '部门整体支出绩效评价指标评分表 with decimal outline numbers inside the labels (“1 投入”, “1.1 目标设定”, “1.1.1 绩效目标合理性”, no indentation), columns 评价指标 | 权重 | 评分标准 | 得分 | 得分率 | 扣分说明, 得分率 as text on every row, 合计 with its 得分率 and a 评价结果 line.',
  );
  const sh = cb.sheet('Sheet1');
  sh.widths(1, [28, 7, 34, 7, 10, 28]);
  const c = '按评分标准计分';
  scoring(cb, sh, {
    top: 1,
    left: 1,
    title: '2023年度某某区卫生健康局部门整体支出绩效评价指标评分表',
    layout: 'outline',
    noIndent: true,
    leaf: { label: '评价指标', weight: '权重', crit: '评分标准', score: '得分', rate: '得分率', reason: '扣分说明' },
    tree: [
      {
        label: '1 投入',
        w: 20,
        kids: [
          {
            label: '1.1 目标设定',
            w: 8,
            kids: [
              leaf('1.1.1 绩效目标合理性', 4, 4, { crit: c }),
              // 3.5 / 4 = 87.50 %, typed as 78.50 %
              leaf('1.1.2 绩效指标明确性', 4, 3.5, { crit: c, rate: '78.50%', reason: '部分指标未量化' }),
            ],
          },
          {
            label: '1.2 预算配置',
            w: 12,
            kids: [
              leaf('1.2.1 在职人员控制率', 4, 4, { crit: c }),
              leaf('1.2.2 “三公经费”变动率', 4, 4, { crit: c }),
              leaf('1.2.3 重点支出安排率', 4, 3, { crit: c, reason: '重点支出安排率82%' }),
            ],
          },
        ],
      },
      {
        label: '2 过程',
        w: 30,
        kids: [
          {
            label: '2.1 预算执行',
            w: 15,
            s: 13,
            kids: [
              leaf('2.1.1 预算完成率', 5, 4.5, { crit: c, reason: '完成率95.3%' }),
              leaf('2.1.2 预算调整率', 5, 5, { crit: c }),
              leaf('2.1.3 支出进度率', 5, '3。5', { crit: c, rate: '70.00%', reason: '前三季度支出进度滞后' }),
            ],
          },
          {
            label: '2.2 预算管理',
            w: 15,
            kids: [
              leaf('2.2.1 公用经费控制率', 5, 5, { crit: c }),
              leaf('2.2.2 管理制度健全性', 5, 5.5, { crit: c }),
              leaf('2.2.3 资金使用合规性', 5, 4.5, { crit: c, reason: '个别报销凭证附件不全' }),
            ],
          },
        ],
      },
      {
        label: '3 产出',
        w: 30,
        kids: [
          {
            label: '3.1 职责履行',
            w: 30,
            kids: [
              leaf('3.1.1 实际完成率', 10, 9, { crit: c, reason: '2项重点工作未完成' }),
              leaf('3.1.2 完成及时率', 10, 10, { crit: c }),
              leaf('3.1.3 质量达标率', 10, 9.5, { crit: c, reason: '1项工作验收整改后达标' }),
            ],
          },
        ],
      },
      {
        label: '4 效果',
        w: 20,
        kids: [
          {
            label: '4.1 履职效益',
            w: 20,
            kids: [
              leaf('4.1.1 社会效益', 10, 8.5, { crit: c, reason: '基层医疗服务能力仍有短板' }),
              leaf('4.1.2 服务对象满意度', 10, 9, { crit: c, reason: '满意度88%' }),
            ],
          },
        ],
      },
    ],
    total: { label: '合计', weight: 100 },
    grade: { label: '评价结果' },
  });
  // 2.1 预算执行 13 = 4.5 + 5 + 3.5: its third part is unreadable
  const sub = `D${rowOf(sh, '2.1 预算执行')}`;
  if (sh.raw(sub).value !== 13) throw new Error('v07 layout changed');
  cb.correct(sh, sub, '2.1 预算执行 subtotal cannot be checked: one of its parts (“3。5”) is unparseable, and an unreadable number is never a silent zero');
  cb.expect = { 'rate-mismatch': 1, unparseable: 1, 'score-over-weight': 1 };
  return cb;
}

function v08(): CaseBuilder {
  const cb = new CaseBuilder(
    'v08-scoring-grid-carry-text-first.xlsx',
    '项目支出绩效评价指标体系及评分表: 一级指标 | 二级指标 | 三级指标 | 指标解释 | 评分标准 | 分值 | 得分 with 一级/二级 written only on a group\'s first row (no merges), section weights in the 一级 labels “决策（20分）”, 总分 and 评价等级 rows; a deduction typed as a negative score.',
  );
  const sh = cb.sheet('评价指标体系');
  sh.widths(1, [12, 12, 20, 30, 34, 7, 7]);
  const z = (label: string, w: number, s: CellV, explain: string, crit: string): SNode => ({ label, w, s, explain, crit });
  scoring(cb, sh, {
    top: 3,
    left: 1,
    title: '某某市2023年度城乡环卫一体化项目绩效评价指标体系及评分表',
    layout: 'grid',
    carry: true,
    textFirst: true,
    levels: [
      ['一级指标', null, null],
      ['二级指标', null, null],
    ],
    leaf: { label: '三级指标', explain: '指标解释', crit: '评分标准', weight: '分值', score: '得分' },
    tree: [
      {
        label: '决策（20分）',
        kids: [
          { label: '项目立项', kids: [z('立项依据充分性', 4, 4, '立项是否符合政策和规划', '依据充分得满分'), z('立项程序规范性', 4, 4, '是否按规定程序申请设立', '程序规范得满分')] },
          { label: '绩效目标', kids: [z('绩效目标合理性', 4, 3, '目标与项目内容是否相关', '目标不够具体扣1分'), z('绩效指标明确性', 4, 4, '指标是否细化量化', '明确得满分')] },
          { label: '资金投入', kids: [z('预算编制科学性', 2, 2, '预算是否经过论证', '论证充分得满分'), z('资金分配合理性', 2, 2, '分配是否有依据', '依据充分得满分')] },
        ],
      },
      {
        label: '过程（20分）',
        kids: [
          {
            label: '资金管理',
            kids: [
              z('资金到位率', 4, 4, '到位资金/预算资金', '100%得满分'),
              z('预算执行率', 4, 3.8, '实际支出/到位资金', '执行率×分值'),
              z('资金使用合规性', 4, -1, '是否存在违规使用资金', '每发现一处违规扣1分'),
            ],
          },
          { label: '组织实施', kids: [z('管理制度健全性', 4, 4, '制度是否健全', '健全得满分'), z('制度执行有效性', 4, 3, '是否按制度执行', '合同管理不规范扣1分')] },
        ],
      },
      {
        label: '产出（35分）',
        kids: [
          { label: '产出数量', kids: [z('垃圾清运量完成率', 8, 8, '实际清运量/计划清运量', '完成率100%得满分')] },
          { label: '产出质量', kids: [z('道路清扫保洁达标率', 8, 7, '考核达标路段/总路段', '每低1%扣0.5分')] },
          { label: '产出时效', kids: [z('垃圾日产日清率', 7, 7, '当日清运天数/总天数', '100%得满分')] },
          { label: '产出成本', kids: [z('吨垃圾清运成本', 7, 7, '实际成本与定额对比', '不超定额得满分')] },
        ],
      },
      {
        label: '效益（30分）',
        kids: [
          {
            label: '项目效益',
            kids: [
              z('村容村貌改善', 10, 8, '农村人居环境改善情况', '对照目标酌情评分'),
              z('长效保洁机制', 10, 9, '是否建立长效保洁机制', '建立并有效运行得满分'),
              z('群众满意度', 10, 9, '问卷调查满意度', '≥90%得满分'),
            ],
          },
        ],
      },
    ],
    total: { label: '总分', weight: 100 },
    grade: { label: '评价等级' },
  });
  cb.expect = { 'weight-mismatch': 1, 'score-out-of-band': 1 };
  return cb;
}

// ---------------------------------------------------------------------------
// Budget tables

function v09(): CaseBuilder {
  const cb = new CaseBuilder(
    'v09-budget-project-funds-yuan.xlsx',
    '项目资金使用情况表 in 元 with 合计 as the first data row, 序号 | 项目名称 | 年初预算 | 调整预算 | 实际支出 | 执行率 | 备注, 执行率 stored as fractions in a 0.00% format, a 备注 column with text.',
  );
  const sh = cb.sheet('项目资金');
  sh.widths(1, [6, 24, 16, 16, 16, 10, 20]);
  const p = (code: string, label: string, a: number, b: number, c: number, note: string | null = null, rate?: CellV) => ({
    code,
    label,
    vals: [m(a), m(b), m(c), rate, note] as CellV[],
    parent: 0,
  });
  const items = [
    p('1', '城市道路维护', 3200000, 3450000, 3386420.5),
    p('2', '路灯运行维护', 1280000, 1280000, 1196800, '电价下调'),
    p('3', '园林绿化养护', 2600000, 2750000, 2702315.6),
    p('4', '环卫作业服务', 4800000, 5120000, 5098760),
    // 498,200 / 560,000 = 88.96 %, typed as 98.96 %
    p('5', '数字城管平台运维', 560000, 560000, 498200, '部分功能模块延期验收', pf('0.9896', '0.00%')),
    p('6', '城市防汛应急', 0, 0, 45600, '上年结转资金支付'),
    p('7', '公厕管理', 380000, 420000, 415280),
  ];
  const col = (i: number) => items.reduce((s, it) => s.plus(val(it.vals[i])), new D(0));
  // 合计 年初预算 transposes two digits of 12,820,000
  if (!col(0).equals(12820000)) throw new Error('v09 sum changed');
  budget(cb, sh, {
    top: 1,
    left: 1,
    title: '2023年度某某区城市管理局项目资金使用情况表',
    unitNote: '金额单位：元',
    codeHeader: '序号',
    labelHeader: '项目名称',
    headers: ['年初预算', '调整预算', '实际支出', '执行率', '备注'],
    sumCols: [0, 1, 2],
    rates: [{ col: 3, num: 2, den: 1 }],
    spent: { budget: 1, spent: 2 },
    rateStyle: 'percent',
    rows: [{ label: '合计', vals: [m(12280000), m(num(col(1))), m(num(col(2))), undefined, null] }, ...items],
    footer: '填表说明：执行率=实际支出/调整预算×100%。',
  });
  cb.expect = { 'total-mismatch': 1, 'rate-mismatch': 1, 'spent-without-budget': 1 };
  return cb;
}

function v10(): CaseBuilder {
  const cb = new CaseBuilder(
    'v10-budget-sangong-and-subtotals.xlsx',
    '“三公”经费统计表 (上年决算数 | 本年预算数 | 本年决算数 | 备注, 合计 as the last row, 其中 lines under 公务用车) and 预算执行情况表 with 合计 first, unnamed 小计 rows closing 一、基本支出 / 二、项目支出 groups, 年初预算数 | 调整预算数 | 决算数 | 执行率.',
  );
  const sg = cb.sheet('三公经费');
  sg.widths(1, [30, 12, 12, 12, 24]);
  const sgRows = [
    { label: '1.因公出国（境）费', vals: [m2(0), m2(0), m2(1.2), '赴境外招商考察1批次'], parent: 5 },
    { label: '2.公务用车购置及运行维护费', vals: [m2(6.8), m2(6.5), m2(4.86), null], parent: 5 },
    { label: '　其中：公务用车购置费', vals: [m2(0), m2(0), m2(0), null], parent: 1, partial: true },
    { label: '　　　　公务用车运行维护费', vals: [m2(6.8), m2(6.5), m2(5.86), null], parent: 1, partial: true },
    { label: '3.公务接待费', vals: [m2(2.1), m2(1.8), m2(1.45), null], parent: 5 },
  ];
  const sgSum = (i: number) => [0, 1, 4].reduce((s, j) => s.plus(val(sgRows[j].vals[i])), new D(0));
  budget(cb, sg, {
    top: 2,
    left: 1,
    title: '某某县商务局2023年度“三公”经费统计表',
    unitNote: '单位：万元',
    labelHeader: '项　目',
    headers: ['上年决算数', '本年预算数', '本年决算数', '备注'],
    sumCols: [0, 1, 2],
    spent: { budget: 1, spent: 2 },
    rows: [...sgRows, { label: '合　计', vals: [m2(num(sgSum(0))), m2(num(sgSum(1))), m2(num(sgSum(2))), null] }],
  });

  const ex = cb.sheet('预算执行');
  ex.widths(2, [28, 14, 14, 14, 10]);
  const g = (label: string, a: number, b: number, c: number, parent: number) => ({ label, vals: [m(a), m(b), m(c)] as CellV[], parent });
  const basic = [g('　工资福利支出', 1006.4, 1032.6, 1032.6, 4), g('　商品和服务支出', 128.5, 126.8, 119.47, 4)];
  const proj = [g('　招商引资专项经费', 210, 238, 226.35, 9), g('　电子商务进农村专项', 150, 180, 163.8, 9), g('　商贸流通体系建设', 45, 45, 41.2, 9)];
  const tot = (xs: typeof basic, i: number) => xs.reduce((s, x) => s.plus(val(x.vals[i])), new D(0));
  const head = (label: string) => ({ label, vals: [null, null, null, null] as CellV[] });
  // 二、项目支出 小计 决算数 is 10 万元 short of its items
  const projSpent = tot(proj, 2).minus(10);
  const b0 = [0, 1, 2].map((i) => tot(basic, i));
  const p0 = [tot(proj, 0), tot(proj, 1), projSpent];
  budget(cb, ex, {
    top: 2,
    left: 2,
    title: '2023年度某某县商务局预算执行情况表',
    unitNote: '单位：万元',
    labelHeader: '项　目',
    headers: ['年初预算数', '调整预算数', '决算数', '执行率'],
    sumCols: [0, 1, 2],
    rates: [{ col: 3, num: 2, den: 1 }],
    rows: [
      { label: '合计', vals: [0, 1, 2].map((i) => m(num(b0[i].plus(p0[i])))) as CellV[] }, // 0
      head('一、基本支出'), // 1
      ...basic, // 2, 3
      { label: '小计', vals: b0.map((x) => m(num(x))), parent: 0 }, // 4
      head('二、项目支出'), // 5
      ...proj, // 6, 7, 8
      { label: '小计', vals: p0.map((x) => m(num(x))), parent: 0 }, // 9
    ],
  });
  cb.expect = { 'spent-without-budget': 1, 'total-mismatch': 2 };
  return cb;
}

// ---------------------------------------------------------------------------
// Clean forms

function v11(): CaseBuilder {
  const cb = new CaseBuilder(
    'v11-clean-project-two-row-header-and-summary.xlsx',
    'Correct workbook: 项目支出绩效自评表 with a two-row indicator header (绩效指标 over 一级/二级/三级, 指标完成情况 over 预期指标值/实际完成值) and percentage fractions in 0% formats, 执行率 100/150 shown as 66.67% (score 6.67), scores at exactly 60% (部分达成) and 80% (达成), +29% over target, a cost exactly at its cap; and an outline 评价得分汇总表 (序号 一、/1) with 得分率 2/3 = 66.67% and one rate truncated (11/12 as 91.66%: rounding only). No mistakes.',
  );
  const sh = cb.sheet('项目自评');
  sh.widths(1, [10, 12, 14, 22, 14, 14, 7, 7, 26]);
  selfEval(cb, sh, {
    template: 'project-self-eval',
    top: 2,
    left: 1,
    title: '2023年度项目支出绩效自评表',
    subtitle: '填报单位：某某县交通运输局　　　　　　　　　　　　　　　　单位：万元',
    info: [
      [['项目名称', 2], ['农村客运公交化改造补助资金', 7]],
      [['主管部门', 2], ['某某县交通运输局', 3], ['实施单位', 2], ['某某县道路运输服务中心', 2]],
    ],
    funds: {
      lead: '项目资金\n（万元）',
      cols: ['init', 'budget', 'spent', 'weight', 'rate', 'score'],
      headers: { init: '年初预算数', budget: '全年预算数', spent: '全年执行数', weight: '分值', rate: '执行率', score: '得分' },
      total: { label: '年度资金总额', init: m(150), budget: m(150), spent: m(100), weight: 10 },
      subs: [
        { label: '其中：当年财政拨款', init: m(120), budget: m(120), spent: m(80) },
        { label: '　　　上年结转资金', init: m(30), budget: m(30), spent: m(20) },
        { label: '　　　其他资金', init: null, budget: null, spent: null },
      ],
      rateStyle: 'percent',
    },
    goals: {
      lead: '年度\n总体\n目标',
      heads: ['预期目标', '实际完成情况'],
      texts: ['购置新能源客车30台，新建公交站亭60座，建制村通公交率90%以上。', '购置新能源客车30台，建成站亭64座，通公交率90.4%；二期车辆补助按合同于次年兑付，剩余资金结转下年。'],
    },
    ind: {
      lead: '绩效\n指标',
      cols: ['l1', 'l2', 'l3', 'target', 'actual', 'weight', 'score', 'reason'],
      headers: { l1: '一级指标', l2: '二级指标', l3: '三级指标', target: '预期指标值', actual: '实际完成值', weight: '分值', score: '得分', reason: '偏差原因分析及改进措施' },
      above: [[['绩效指标', 3], ['指标完成情况', 2], [null, 3]]],
      mode: 'merge',
      rows: [
        row(P, '数量指标', '新能源客车购置数量', '≥30台', '30台', 10, 'pos', { probeReason: true }),
        row(P, '数量指标', '新建公交站亭', '≥60座', '64座', 10, 'pos', { probeReason: true }),
        row(P, '质量指标', '车辆安全检验合格率', pf('1'), pf('1'), 10, 'pos', { probeReason: true }),
        row(P, '时效指标', '补助资金兑付时限', '≤20天', '18天', 10, 'rev', { probeReason: true }),
        row(P, '成本指标', '单台车辆购置补助', '≤3.5万元', '3.5万元', 10, 'rev', { probeReason: true }),
        row(E, '社会效益指标', '建制村通公交率', pf('0.9'), pf('0.904', '0.0%'), 10, 'pos', { probeReason: true }),
        row(E, '社会效益指标', '群众出行时间节约', '明显缩短', '部分达成年度指标并具有一定效果', 5, 'qual', { score: 3, reason: '部分线路发车间隔仍偏长，下一步加密班次。' }),
        row(E, '可持续影响指标', '运营补贴长效机制', '建立', '达成年度指标', 5, 'qual', { score: 4, reason: '补贴标准动态调整办法尚在制定。' }),
        row(E, '经济效益指标', '客运企业运营收入增长率', '≥5%', '6.45%', 10, 'pos', { probeReason: true }),
        row(S, '服务对象满意度指标', '乘客满意度', '≥90%', '95%', 10, 'pos', { probeReason: true }),
      ],
    },
    total: { label: '总分', weight: 100 },
    grade: { label: '自评等级' },
    footer: SIGN,
  });

  const sm = cb.sheet('评价得分汇总');
  sm.widths(2, [6, 20, 8, 8, 10]);
  const k = (code: string, label: string, w: number, s: number): SNode => ({ code, label, w, s });
  scoring(cb, sm, {
    top: 2,
    left: 2,
    title: '农村客运公交化改造补助资金绩效评价得分汇总表',
    layout: 'outline',
    noIndent: true,
    leaf: { seq: '序号', label: '评价指标', weight: '分值', score: '得分', rate: '得分率' },
    tree: [
      { code: '一', label: '决策', w: 12, rate: '91.66%', kids: [k('1', '项目立项', 4, 4), k('2', '绩效目标', 4, 3), k('3', '资金投入', 4, 4)] },
      { code: '二', label: '过程', w: 18, kids: [k('4', '资金管理', 9, 6), k('5', '组织实施', 9, 6)] },
      { code: '三', label: '产出', w: 40, kids: [k('6', '产出数量', 10, 10), k('7', '产出质量', 10, 9.5), k('8', '产出时效', 10, 10), k('9', '产出成本', 10, 9)] },
      { code: '四', label: '效益', w: 30, kids: [k('10', '项目效益', 20, 18), k('11', '满意度', 10, 9)] },
    ],
    total: { label: '合计', weight: 100 },
    grade: { label: '评价等级' },
  });
  // 决策 11 / 12 = 91.6667 %, written truncated
  cb.allowRounding(sm, `F${rowOf(sm, '决策')}`);
  cb.expect = {};
  return cb;
}

function v12(): CaseBuilder {
  const cb = new CaseBuilder(
    'v12-clean-budget-yuan-subtotals.xlsx',
    'Correct budget tables in 元: 一般公共预算财政拨款支出决算表 with named 小计 rows (工资福利支出 / 商品和服务支出), a 其中 line under 办公费, 合计 last (one cent off by rounding: rounding only), 执行率 as fractions in a 0.00% format (会议费 20,000/30,000 = 66.67%) and a 备注 column; 政府采购执行情况表 with 合计 first and a category with zero budget and zero spending. No mistakes.',
  );
  const sh = cb.sheet('支出决算');
  sh.widths(1, [30, 16, 16, 16, 10, 20]);
  const it = (label: string, a: number, b: number, c: number, parent: number, note: string | null = null, partial = false): BRow => ({
    label,
    vals: [m(a), m(b), m(c), undefined, note],
    parent,
    ...(partial ? { partial } : {}),
  });
  const rows: Array<BRow | null> = [
    it('基本工资', 1862400, 1862400, 1862400, 4), // 0
    it('津贴补贴', 1126800, 1158600, 1158600, 4), // 1
    it('绩效工资', 986000, 1012500, 1009800, 4), // 2
    it('机关事业单位基本养老保险缴费', 542300, 556180, 556180, 4), // 3
    null, // 4 小计（工资福利支出）
    it('办公费', 180000, 172000, 165432.18, 10), // 5
    it('　其中：办公用品购置', 60000, 52000, 48916.5, 5, null, true), // 6
    it('会议费', 30000, 30000, 20000, 10, '压减会议规模'), // 7
    it('培训费', 60000, 45000, 38760.5, 10), // 8
    it('差旅费', 120000, 110000, 96820.4, 10), // 9
    null, // 10 小计（商品和服务支出）
    it('对个人和家庭的补助', 215000, 215000, 213640, 12), // 11
    null, // 12 合计
  ];
  const sumOf = (idx: number[], i: number) => idx.reduce((s, j) => s.plus(val(rows[j]!.vals[i])), new D(0));
  const sub = (label: string, idx: number[], parent?: number, plus = [0, 0, 0]): BRow => ({
    label,
    vals: [0, 1, 2].map((i) => m(num(sumOf(idx, i).plus(plus[i])))).concat([undefined, null]) as CellV[],
    ...(parent !== undefined ? { parent } : {}),
  });
  rows[4] = sub('小计（工资福利支出）', [0, 1, 2, 3], 12);
  rows[10] = sub('小计（商品和服务支出）', [5, 7, 8, 9], 12);
  // 合计 决算数 one cent above the sum of its parts: consistent by rounding
  rows[12] = sub('合　　计', [4, 10, 11], undefined, [0, 0, 0.01]);
  const t = budget(cb, sh, {
    top: 1,
    left: 1,
    title: '2023年度一般公共预算财政拨款基本支出决算表',
    unitNote: '单位：元',
    labelHeader: '支出项目',
    headers: ['年初预算数', '调整预算数', '决算数', '执行率', '备注'],
    sumCols: [0, 1, 2],
    rates: [{ col: 3, num: 2, den: 1 }],
    spent: { budget: 1, spent: 2 },
    rateStyle: 'percent',
    rows: rows.map((r) => r!),
  });
  cb.allowRounding(sh, t.cells[12][2]);
  const gp = budget(cb, sh, {
    top: t.next + 2,
    left: 1,
    title: '2023年度政府采购执行情况表',
    unitNote: '单位：元',
    labelHeader: '采购类别',
    headers: ['采购预算', '实际采购金额', '执行率'],
    sumCols: [0, 1],
    rates: [{ col: 2, num: 1, den: 0 }],
    spent: { budget: 0, spent: 1 },
    rows: [
      { label: '合计', vals: [m(1286000), m(1201355.6)] },
      { label: '货物类', vals: [m(486000), m(455125.6)], parent: 0 },
      { label: '服务类', vals: [m(800000), m(746230)], parent: 0 },
      { label: '工程类', vals: [m(0), m(0)], parent: 0 },
    ],
  });
  cb.correct(sh, gp.cells[3][1], '工程类: nothing spent against a zero budget, so no spent-without-budget');
  cb.expect = {};
  return cb;
}

// ---------------------------------------------------------------------------
// Negatives: nothing may be recognised

function v13(): CaseBuilder {
  const cb = new CaseBuilder(
    'v13-payroll-and-asset-list.xlsx',
    'Not evaluation tables: a monthly 工资发放表 (基本工资 | 岗位津贴 | 绩效工资 | 应发合计 | deductions | 实发工资, 合计 row) and a 固定资产清单 (数量 | 原值 | 累计折旧 | 净值, 合计 row that includes a continuation page, so it is not the column sum). Nothing may be recognised or flagged.',
  );
  const sh = cb.sheet('工资发放表');
  sh.widths(1, [6, 10, 12, 12, 12, 12, 10, 10, 10, 10, 12]);
  sh.span(1, 1, 11, '某某县档案馆2023年12月工资发放表', { bold: true, center: true, size: 14 });
  sh.set(2, 11, '单位：元');
  const heads = ['序号', '姓名', '基本工资', '岗位津贴', '绩效工资', '应发合计', '养老保险', '医疗保险', '住房公积金', '个人所得税', '实发工资'];
  heads.forEach((h, i) => sh.set(3, 1 + i, h, { center: true, bold: true }));
  const n = 12;
  const tot = Array(9).fill(new D(0)) as Dec[];
  for (let i = 0; i < n; i++) {
    const r = 4 + i;
    const base = new D(3200 + ((i * 173) % 900));
    const post = new D(1800 + ((i * 97) % 600));
    const perf = new D(2400 + ((i * 131) % 800));
    const gross = base.plus(post).plus(perf);
    const pension = gross.times('0.08').toDecimalPlaces(2);
    const medical = gross.times('0.02').toDecimalPlaces(2);
    const fund = gross.times('0.12').toDecimalPlaces(0);
    const tax = D.max(gross.minus(pension).minus(medical).minus(fund).minus(5000).times('0.03'), 0).toDecimalPlaces(2);
    const net = gross.minus(pension).minus(medical).minus(fund).minus(tax);
    const vals = [base, post, perf, gross, pension, medical, fund, tax, net];
    sh.set(r, 1, i + 1, { center: true });
    sh.set(r, 2, `职工${String(i + 1).padStart(2, '0')}`);
    vals.forEach((v, j) => {
      sh.set(r, 3 + j, m(num(v)));
      tot[j] = tot[j].plus(v);
    });
  }
  const tr = 4 + n;
  sh.span(tr, 1, 2, '合计', { center: true });
  const totCells = tot.map((v, j) => sh.set(tr, 3 + j, m(num(v))));
  sh.border(3, 1, tr, 11);
  sh.span(tr + 2, 1, 11, '制表：　　　　　　　　审核：　　　　　　　　单位负责人：');
  cb.correct(sh, totCells[3], '应发合计 of a payroll: not an evaluation or budget table');
  cb.correct(sh, totCells[8], '实发工资 合计: not an evaluation or budget table');

  const as = cb.sheet('固定资产清单');
  as.widths(1, [14, 18, 14, 6, 6, 14, 14, 14, 12, 12]);
  as.span(1, 1, 10, '固定资产清单（截至2023年12月31日）', { bold: true, center: true, size: 14 });
  as.span(2, 1, 6, '单位名称：某某县档案馆');
  as.span(2, 7, 4, '金额单位：元');
  ['资产编号', '资产名称', '规格型号', '数量', '计量单位', '原值', '累计折旧', '净值', '使用部门', '取得日期'].forEach((h, i) => as.set(3, 1 + i, h, { center: true, bold: true }));
  const assets: Array<[string, string, string, number, string, number, number, string, string]> = [
    ['ZC2016001', '档案密集架', 'MJJ-600', 120, '组', 486000, 388800, '库房', '2016-05'],
    ['ZC2018004', '恒温恒湿空调', 'HF-25', 4, '台', 168000, 106400, '库房', '2018-07'],
    ['ZC2019011', '高拍仪', 'GP-A3', 6, '台', 21600, 20520, '数字化室', '2019-03'],
    ['ZC2020003', '服务器', 'R740', 2, '台', 96000, 72960, '信息科', '2020-09'],
    ['ZC2021008', '台式计算机', 'M720', 18, '台', 90000, 57000, '各科室', '2021-04'],
    ['ZC2022002', '公务用车', '轿车', 1, '辆', 185000, 87875, '办公室', '2022-01'],
    ['ZC2023005', '消防报警系统', 'JB-11', 1, '套', 132000, 10450, '库房', '2023-06'],
  ];
  let r = 4;
  for (const [code, name, model, qty, unit, orig, dep, dept, date] of assets) {
    [code, name, model, qty, unit, m(orig), m(dep), m(orig - dep), dept, date].forEach((v, i) => as.set(r, 1 + i, v));
    r++;
  }
  // the 合计 row carries the whole register, including the continuation page (续表) not shown here
  const more = { qty: 37, orig: 214600, dep: 120380 };
  const sumQ = assets.reduce((s, a) => s + a[3], 0) + more.qty;
  const sumO = assets.reduce((s, a) => s + a[5], 0) + more.orig;
  const sumD = assets.reduce((s, a) => s + a[6], 0) + more.dep;
  as.span(r, 1, 3, '合计（含续表）', { center: true });
  as.set(r, 4, sumQ);
  as.set(r, 5, null);
  const o = as.set(r, 6, m(sumO));
  const d = as.set(r, 7, m(sumD));
  const nv = as.set(r, 8, m(sumO - sumD));
  as.border(3, 1, r, 10);
  as.span(r + 2, 1, 10, '注：本页列示单价1万元以上资产，其余资产见续表第2页，合计数含续表。');
  cb.correct(as, o, '原值 合计 includes the continuation page: an asset register, not a budget table');
  cb.correct(as, d, '累计折旧 合计: an asset register, not a budget table');
  cb.correct(as, nv, '净值 合计: an asset register, not a budget table');
  cb.expect = {};
  return cb;
}

function v14(): CaseBuilder {
  const cb = new CaseBuilder(
    'v14-work-plan-targets-text.xlsx',
    'Not an evaluation table: a 年度重点工作计划及完成情况 list (序号 | 重点工作 | 年度目标 | 完成情况 | 完成时限 | 责任科室 | 完成进度) whose targets and results are sentences with numbers and whose 完成进度 column holds percentages. Nothing may be recognised or flagged.',
  );
  const sh = cb.sheet('重点工作');
  sh.widths(1, [6, 20, 34, 40, 12, 12, 10]);
  sh.span(1, 1, 7, '某某县统计局2023年度重点工作计划及完成情况', { bold: true, center: true, size: 14 });
  sh.span(2, 1, 7, '填报科室：办公室　　　　　　　　　　　　　　填报时间：2024年1月10日');
  ['序号', '重点工作', '年度目标', '完成情况', '完成时限', '责任科室', '完成进度'].forEach((h, i) => sh.set(3, 1 + i, h, { center: true, bold: true }));
  const work: Array<[string, string, string, string, string, string]> = [
    ['第五次全国经济普查', '完成普查区划分和单位清查，清查单位不少于8000个', '完成清查单位8,236个，清查数据全部上报', '2023年12月', '普查中心', '100%'],
    ['常规统计调查', '按期完成12项常规统计调查，数据差错率不高于1%', '完成12项调查，差错率0.6%', '全年', '综合科', '100%'],
    ['统计执法检查', '开展“双随机”执法检查30家以上', '检查企业27家，3家因停产延至次年', '2023年11月', '法规科', '90%'],
    ['统计信息发布', '按季度发布统计分析报告4期，编印统计年鉴1册', '发布分析报告4期，年鉴完成排版待印刷', '2023年12月', '综合科', '85%'],
    ['基层统计规范化建设', '建成规范化统计站15个', '建成15个，验收合格15个', '2023年10月', '农村科', '100%'],
  ];
  work.forEach((w, i) => {
    sh.set(4 + i, 1, i + 1, { center: true });
    w.forEach((v, j) => sh.set(4 + i, 2 + j, v));
  });
  sh.border(3, 1, 3 + work.length, 7);
  sh.span(5 + work.length, 1, 7, '下年度工作打算：围绕经济普查数据开发应用，提升统计服务水平。');
  cb.correct(sh, 'G6', '完成进度 of a work plan: not an indicator table');
  cb.correct(sh, 'D6', 'a result sentence with numbers: not an indicator table');
  cb.expect = {};
  return cb;
}

// ---------------------------------------------------------------------------

export const CASES: Array<() => CaseBuilder> = [v01, v02, v03, v04, v05, v06, v07, v08, v09, v10, v11, v12, v13, v14];

export async function buildUnseen2(outDir: string): Promise<UnseenCase[]> {
  return writeUnseenSet(
    outDir,
    CASES,
    'Second unseen set. Planted mistakes (expected findings: code, sheet, cell) and cells that must stay silent, per workbook. Cells are A1 addresses; merged cells are named by their top-left cell. `allowed` lists the only codes tolerated at a correct cell (rounding, info).',
  );
}

if (require.main === module || process.argv[1] === __filename) runUnseenBuilder(buildUnseen2, path.join(__dirname, 'out'));
