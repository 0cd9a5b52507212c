/**
 * The fifth unseen workbook set (y01–…): 部门整体支出绩效评价基础数据表 in two
 * more provinces' wordings (人员 block 编制人数 / 在职人数 / 离退休人数; 经费 block
 * 年初预算 / 全年预算 / 全年支出 with 控制率; 三公经费 lines with nested 其中;
 * 楼堂馆所 批复规模 / 实际规模 / 规模控制率); a 项目支出绩效自评表 whose indicator
 * table has 指标性质 (正向 / 反向 / 定性) and 计量单位 in columns of their own; a
 * 评分表 whose 一级 / 二级 / 三级 labels share one column, told apart by
 * indentation only; a clean 部门整体支出绩效自评表 with silent cells and
 * legitimate rounding; a negative workbook (培训签到表 and 工作日志 with 合计).
 * Planted mistakes (or none) and a truth file, to measure the checker blind
 * under the national profile of DOMAIN.md.
 *
 *   buildUnseen5(outDir) → writes outDir/*.xlsx and outDir/truth.json
 *   node scripts/run-ts.js tests/unseen5/build-unseen5.ts [outDir]   # default tests/unseen5/out
 *
 * Built from DOMAIN.md and the earlier sets' library only (no engine code, no
 * checker run): every expectation is recomputed from the written cells by
 * tests/unseen/unseen-truth.ts, and each case states how many findings of each
 * code it plants; the build fails if its data implies anything else.
 */
import * as path from 'path';
import { CaseBuilder, CellV, E, m, P, row, S, scoring, selfEval, SheetW } from '../unseen/unseen-lib';
import { D, Dec, UnseenCase } from '../unseen/unseen-truth';
import { runUnseenBuilder, writeUnseenSet } from '../unseen/set-io';

export type { UnseenCase, PlantedFinding, CorrectCell, UnseenTable, Basis, Code, TemplateId } from '../unseen/unseen-truth';

const SIGN = '单位负责人：　　　　　　　财务负责人：　　　　　　　填表人：　　　　　　　填报日期：　　年　　月　　日';

/** a rate as text with two decimals, rounded half up */
const rt = (num: number, den: number): string => `${new D(num).div(den).times(100).toFixed(2)}%`;

// ---------------------------------------------------------------------------
// 部门整体支出绩效评价基础数据表, a local builder (two wordings)

interface MoneyLine {
  label: string;
  init: CellV;
  budget: CellV;
  spent: CellV;
  /** reported rate; omitted: 全年支出 / 全年预算, or “—” */
  rate?: CellV;
  /** index of the parent line (its children must add up to it) */
  parent?: number;
  /** the parent is only partly broken down (其中): the children may sum to less */
  partial?: boolean;
}

interface BasicSpec {
  top: number;
  left: number;
  title: string;
  unit: string;
  wording: 'A' | 'B';
  staff: { plan: number; actual: number; retired: number; rate?: CellV };
  money: MoneyLine[];
  halls: { approved: CellV; built: CellV; scaleRate?: CellV; budget: CellV; cost: CellV; costRate?: CellV };
  roundStaff?: boolean;
}

const numOf = (v: CellV): Dec | null => {
  if (typeof v === 'number') return new D(v);
  if (v && typeof v === 'object' && 'n' in v) return new D(v.n);
  return null;
};
const rateOf = (n: CellV, d: CellV): CellV => {
  const a = numOf(n);
  const b = numOf(d);
  return a && b && !b.isZero() ? `${a.div(b).times(100).toFixed(2)}%` : '—';
};

function basicData(cb: CaseBuilder, sh: SheetW, s: BasicSpec): { range: string; cells: Record<string, string>; money: string[][] } {
  const L = s.left;
  const W = 6;
  const c = (i: number) => L + i;
  let r = s.top;
  const top = r;
  const cells: Record<string, string> = {};
  const A = s.wording === 'A';
  sh.span(r++, L, W, s.title, { bold: true, center: true, size: 14 });
  sh.span(r++, L, W, `${A ? '填报单位' : '单位名称'}：${s.unit}　　　　金额单位：万元`);
  const head0 = r;
  // staff block
  sh.set(r, L, A ? '人员情况' : '一、人员', { center: true });
  sh.merge(r, L, r + 1, L);
  const sHeads = A ? ['编制人数', '在职人数', '离退休人数', '在职人员控制率', '说明'] : ['编制人数（人）', '在职人数（人）', '离退休人数（人）', '财政供养人员控制率', '备注'];
  sHeads.forEach((h, i) => sh.set(r, c(1 + i), h, { center: true, bold: true }));
  r++;
  cells.plan = sh.set(r, c(1), s.staff.plan);
  cells.actual = sh.set(r, c(2), s.staff.actual);
  cells.retired = sh.set(r, c(3), s.staff.retired);
  cells.staffRate = sh.set(r, c(4), s.staff.rate ?? rt(s.staff.actual, s.staff.plan));
  sh.set(r, c(5), A ? '离退休人员不计入控制率' : null);
  r++;
  if (s.roundStaff) cb.allowRounding(sh, cells.staffRate);
  cb.check('rate-mismatch', sh, cells.staffRate, { op: 'ratio', num: cells.actual, den: cells.plan, reported: cells.staffRate }, '在职人员控制率 = 在职人数 / 编制人数');
  // money block
  const mh = r;
  sh.set(r, L, A ? '经费情况' : '二、经费', { center: true });
  const mHeads = A ? ['项　　目', '年初预算', '全年预算', '全年支出', '控制率'] : ['支出项目', '年初预算数', '全年预算数', '全年支出数', '执行（控制）率'];
  mHeads.forEach((h, i) => sh.set(r, c(1 + i), h, { center: true, bold: true }));
  r++;
  const money: string[][] = [];
  for (const ln of s.money) {
    sh.set(r, c(1), ln.label);
    const a = [ln.init, ln.budget, ln.spent].map((v, i) => sh.set(r, c(2 + i), v));
    const rc = sh.set(r, c(5), ln.rate ?? rateOf(ln.spent, ln.budget));
    money.push([...a, rc]);
    const nm = ln.label.replace(/^[\s　]*(其中：)?/, '');
    for (const x of a) cb.check('unparseable', sh, x, { op: 'unparseable', cell: x }, `${nm} amount`, true);
    cb.check('rate-mismatch', sh, rc, { op: 'ratio', num: a[2], den: a[1], reported: rc }, `${nm} 控制率 = 全年支出 / 全年预算`);
    cb.check('spent-without-budget', sh, a[2], { op: 'spent', budget: a[1], spent: a[2] }, `${nm} 全年支出 against 全年预算`);
    r++;
  }
  s.money.forEach((ln, i) => {
    const kids = s.money.map((k, j) => (k.parent === i ? j : -1)).filter((j) => j >= 0);
    if (!kids.length) return;
    const partial = kids.some((j) => s.money[j].partial);
    for (let k = 0; k < 3; k++)
      cb.check('total-mismatch', sh, money[i][k], { op: partial ? 'partial' : 'sum', parts: kids.map((j) => money[j][k]), total: money[i][k] }, `${ln.label.trim()} = its 其中 lines (column ${k + 1})`);
  });
  sh.merge(mh, L, r - 1, L);
  // 楼堂馆所
  const h = s.halls;
  sh.set(r, L, A ? '楼堂馆所' : '三、楼堂馆所', { center: true });
  sh.merge(r, L, r + 1, L);
  ['批复规模（㎡）', '实际规模（㎡）', '规模控制率', '投资概算', '实际投资'].forEach((t, i) => sh.set(r, c(1 + i), t, { center: true, bold: true }));
  r++;
  cells.approved = sh.set(r, c(1), h.approved);
  cells.built = sh.set(r, c(2), h.built);
  cells.scaleRate = sh.set(r, c(3), h.scaleRate ?? rateOf(h.built, h.approved));
  cells.hallBudget = sh.set(r, c(4), h.budget);
  cells.hallCost = sh.set(r, c(5), h.cost);
  r++;
  sh.set(r, L, null);
  sh.span(r, c(1), 4, '投资概算控制率（实际投资 / 投资概算）', { center: true });
  cells.costRate = sh.set(r, c(5), h.costRate ?? rateOf(h.cost, h.budget));
  r++;
  cb.check('rate-mismatch', sh, cells.scaleRate, { op: 'ratio', num: cells.built, den: cells.approved, reported: cells.scaleRate }, '规模控制率 = 实际规模 / 批复规模');
  cb.check('rate-mismatch', sh, cells.costRate, { op: 'ratio', num: cells.hallCost, den: cells.hallBudget, reported: cells.costRate }, '投资概算控制率 = 实际投资 / 投资概算');
  sh.border(head0, L, r - 1, L + W - 1);
  const last = r - 1;
  sh.span(r + 1, L, W, A ? '注：控制率=全年支出/全年预算×100%；无预算的填“—”。' : '说明：三公经费含因公出国（境）费、公务用车购置及运行费、公务接待费。');
  sh.widths(L, [10, 30, 14, 14, 14, 16]);
  const range = `${sh.ws.getCell(top, L).address}:${sh.ws.getCell(last, L + W - 1).address}`;
  cb.table(sh, 'dept-basic-data', range);
  return { range, cells, money };
}

// ---------------------------------------------------------------------------
// y01 基础数据表, wording A: 三公 合计 全年支出 typed short, 日常公用经费 控制率 wrong

function y01(): CaseBuilder {
  const cb = new CaseBuilder(
    'y01-basic-data-hubei-wording.xlsx',
    '部门整体支出绩效评价基础数据表 (人员情况: 编制人数 / 在职人数 / 离退休人数 / 在职人员控制率; 经费情况: 年初预算 / 全年预算 / 全年支出 / 控制率 with 三公经费合计 over 因公出国（境）费, 公务用车购置及运行费 (其中 购置 / 运行) and 公务接待费, then 日常公用经费 and 政府采购; 楼堂馆所 批复规模 / 实际规模 / 规模控制率 and 投资概算控制率). The 三公 合计 全年支出 is typed 12.60 over parts adding to 13.10; the 日常公用经费 控制率 is typed 96.20% for 88.40 / 95.00 = 93.05%.',
  );
  const sh = cb.sheet('基础数据表');
  const b = basicData(cb, sh, {
    top: 1,
    left: 1,
    wording: 'A',
    title: '2023年度部门整体支出绩效评价基础数据表',
    unit: '某某县自然资源局',
    staff: { plan: 48, actual: 45, retired: 21 },
    money: [
      { label: '“三公”经费合计', init: m(14), budget: m(14), spent: m(12.6), rate: rt(12.6, 14) },
      { label: '　其中：因公出国（境）费', init: m(0), budget: m(0), spent: m(0), parent: 0 },
      { label: '　　　　公务用车购置及运行费', init: m(10), budget: m(10), spent: m(9.2), parent: 0 },
      { label: '　　　　　其中：公务用车购置费', init: m(0), budget: m(0), spent: m(0), parent: 2 },
      { label: '　　　　　　　　公务用车运行费', init: m(10), budget: m(10), spent: m(9.2), parent: 2 },
      { label: '　　　　公务接待费', init: m(4), budget: m(4), spent: m(3.9), parent: 0 },
      { label: '日常公用经费', init: m(90), budget: m(95), spent: m(88.4), rate: '96.20%' },
      { label: '政府采购金额', init: m(120), budget: m(135.5), spent: m(128.36) },
    ],
    halls: { approved: 1200, built: 1180, budget: m(360), cost: m(352.8) },
  });
  cb.correct(sh, b.money[0][3], '三公 控制率 follows the reported 合计 12.60 / 14.00 = 90.00%: the root cause is the 合计 cell, not its rate', [
    { op: 'ratio', num: b.money[0][2], den: b.money[0][1], reported: b.money[0][3] },
  ]);
  cb.expect = { 'total-mismatch': 1, 'rate-mismatch': 1 };
  return cb;
}

// ---------------------------------------------------------------------------
// y02 基础数据表, wording B: 公务接待 spent against a budget of 0, 规模控制率 wrong, staff rate truncated

function y02(): CaseBuilder {
  const cb = new CaseBuilder(
    'y02-basic-data-guangdong-wording.xlsx',
    '部门整体支出绩效评价基础数据表 in a second wording (一、人员 with 编制人数（人） / 在职人数（人） / 离退休人数（人） / 财政供养人员控制率; 二、经费 with 年初预算数 / 全年预算数 / 全年支出数 / 执行（控制）率, 三公经费 其中 lines, 会议费 and 培训费 under a partly broken-down 一般商品和服务支出; 三、楼堂馆所). 公务接待费 spends 0.85 against a 全年预算 of 0; the 规模控制率 is typed 95.00% for 2,460 / 2,400 = 102.50%; the staff rate 29 / 31 = 93.548% is truncated to 93.54% (rounding only).',
  );
  const sh = cb.sheet('表一');
  sh.set(1, 1, '附件3');
  const b = basicData(cb, sh, {
    top: 2,
    left: 1,
    wording: 'B',
    title: '部门整体支出绩效评价基础数据表（2023年度）',
    unit: '某某区市场监督管理局',
    staff: { plan: 31, actual: 29, retired: 12, rate: '93.54%' },
    roundStaff: true,
    money: [
      { label: '三公经费', init: m(6.5), budget: m(6.5), spent: m(6.57) },
      { label: '其中：因公出国（境）费', init: '—', budget: '—', spent: '—', parent: 0 },
      { label: '　　　公务用车购置及运行费', init: m(6.5), budget: m(6.5), spent: m(5.72), parent: 0 },
      { label: '　　　公务接待费', init: m(0), budget: m(0), spent: m(0.85), parent: 0 },
      { label: '一般商品和服务支出', init: m(210), budget: m(236.4), spent: m(229.15) },
      { label: '其中：会议费', init: m(3), budget: m(3), spent: m(2.46), parent: 4, partial: true },
      { label: '　　　培训费', init: m(8), budget: m(9.5), spent: m(9.38), parent: 4, partial: true },
    ],
    halls: { approved: 2400, built: 2460, scaleRate: '95.00%', budget: m(1850), cost: m(1796.4) },
  });
  void b;
  cb.expect = { 'spent-without-budget': 1, 'rate-mismatch': 1 };
  return cb;
}


// ---------------------------------------------------------------------------
// y03 项目自评表 with 指标性质 (正向 / 反向 / 定性) and 计量单位 columns

function y03(): CaseBuilder {
  const cb = new CaseBuilder(
    'y03-project-nature-unit-columns.xlsx',
    '项目支出绩效自评表 whose indicator table writes 指标性质 in words (正向 / 反向 / 定性) in a column of its own and 计量单位 in another, with bare numbers as 指标值 (95 | % , 80 | 万元); funds block with 执行率 as a percentage number. Planted: 病虫害防治面积 30,000 亩 → 41,200 亩 (+37 %) with an empty reason; 统防统治覆盖率 95 → 88.6 % scored 10 (national 9.33) with an empty reason; 防治成本 (反向) 80 万元 → 86 万元 scored 10 (national 9.25); 技术培训人次 2,000 → 1,650 scored 8.25 with 偏差原因 “无” (DOMAIN.md lists “无” among the no-value placeholders, but the shared truth counts a written reason as filled: that reason cell is left out of the truth); 农田生态环境 (定性, 达成年度指标) scored 9 of 10 with an empty reason; 统防统治服务组织运行 (定性) scored 6 over a weight of 5.',
  );
  const sh = cb.sheet('自评表');
  sh.widths(1, [10, 12, 20, 8, 10, 8, 10, 7, 7, 26]);
  const ref = selfEval(cb, sh, {
    template: 'project-self-eval',
    top: 1,
    left: 1,
    title: '项目支出绩效自评表',
    subtitle: '（2023年度）',
    info: [
      [['项目名称', 2], ['农作物重大病虫害统防统治', 8]],
      [['主管部门', 2], ['某某县农业农村局', 3], ['实施单位', 2], ['某某县植保植检站', 3]],
    ],
    funds: {
      lead: '项目资金（万元）',
      cols: ['init', 'budget', 'spent', 'weight', 'rate', 'score'],
      headers: { init: '年初预算数', budget: '全年预算数', spent: '全年执行数', weight: '分值', rate: '执行率', score: '得分' },
      total: { label: '年度资金总额', init: m(150), budget: m(168), spent: m(161.3), weight: 10 },
      subs: [
        { label: '其中：当年财政拨款', init: m(150), budget: m(150), spent: m(146.8) },
        { label: '　　　上年结转资金', init: '—', budget: m(18), spent: m(14.5) },
        { label: '　　　其他资金', init: '—', budget: '—', spent: '—' },
      ],
      rateStyle: 'percent',
    },
    goals: {
      lead: '年度总体目标',
      heads: ['预期目标', '实际完成情况'],
      texts: ['完成主要农作物病虫害统防统治3万亩，覆盖率95%以上，培训农民2000人次。', '完成统防统治4.12万亩，覆盖率88.6%，培训1650人次。'],
    },
    ind: {
      cols: ['l1', 'l2', 'l3', 'nature', 'target', 'unit', 'actual', 'weight', 'score', 'reason'],
      headers: { l1: '一级指标', l2: '二级指标', l3: '三级指标', nature: '指标性质', target: '指标值', unit: '计量单位', actual: '实际完成值', weight: '分值', score: '得分', reason: '偏差原因分析及改进措施' },
      mode: 'merge',
      rows: [
        row(P, '数量指标', '病虫害防治面积', 30000, 41200, 10, 'pos', { nature: '正向', unit: '亩', probeReason: true }),
        row(P, '数量指标', '技术培训人次', 2000, 1650, 10, 'pos', { nature: '正向', unit: '人次', reason: '无' }),
        row(P, '质量指标', '统防统治覆盖率', 95, 88.6, 10, 'pos', { nature: '正向', unit: '%', score: 10, probeReason: true }),
        row(P, '质量指标', '防治效果达标', '达标', '达标', 5, 'qual', { nature: '定性', unit: '—' }),
        row(P, '时效指标', '防治任务完成时限', 10, 10, 5, 'rev', { nature: '反向', unit: '月', probeReason: true }),
        row(P, '成本指标', '防治成本', 80, 86, 10, 'rev', { nature: '反向', unit: '万元', score: 10, reason: '秋季草地贪夜蛾暴发，追加防治药剂。' }),
        row(E, '经济效益指标', '挽回粮食损失', 1200, 1350, 10, 'pos', { nature: '正向', unit: '吨', probeReason: true }),
        row(E, '社会效益指标', '农药使用量减少率', 5, 6.2, 5, 'pos', { nature: '正向', unit: '%', probeReason: true }),
        row(E, '生态效益指标', '农田生态环境', '有所改善', '达成年度指标', 10, 'qual', { nature: '定性', unit: '—', score: 9 }),
        row(E, '可持续影响指标', '统防统治服务组织运行', '持续运行', '持续运行', 5, 'qual', { nature: '定性', unit: '—', score: 6 }),
        row(S, '服务对象满意度指标', '种植户满意度', 90, 93, 10, 'pos', { nature: '正向', unit: '%', probeReason: true }),
      ],
    },
    total: { label: '总分', weight: 100 },
    footer: SIGN,
  });
  void ref;
  cb.expect = { 'target-far-exceeded': 1, 'missing-reason': 3, 'target-not-met': 3, 'score-mismatch': 2, 'score-over-weight': 1 };
  return cb;
}

// ---------------------------------------------------------------------------
// y04 评分表: 一级 / 二级 / 三级 in one column, indentation only

function y04(): CaseBuilder {
  const cb = new CaseBuilder(
    'y04-scoring-indented-one-column.xlsx',
    '部门整体支出绩效评价评分表 whose 一级 / 二级 / 三级 指标 share one column, told apart only by full-width indentation (no numbering, no codes), with 分值, 评分标准, 得分 and 扣分原因 beside; every level has its own 分值 and 得分 cell. Planted: 二级 预算执行 declares 15 over 4 + 4 + 5; 一级 履职效能 reports 29 over 二级 subtotals adding to 27.5; 三级 政府采购规范性 scores 4 over a weight of 3; the 评价等次 says 良 for a total of 94.3 (the sum of the reported 一级 subtotals).',
  );
  const sh = cb.sheet('评分表');
  sh.widths(1, [34, 8, 40, 8, 24]);
  const t = scoring(cb, sh, {
    top: 2,
    left: 1,
    title: '2023年度部门整体支出绩效评价评分表',
    subtitle: '被评价单位：某某县卫生健康局',
    layout: 'outline',
    leaf: { label: '评价指标', weight: '分值', crit: '评分标准', score: '得分', reason: '扣分原因' },
    tree: [
      {
        label: '部门决策',
        w: 20,
        kids: [
          { label: '目标设定', w: 10, kids: [
            { label: '绩效目标合理性', w: 5, s: 5, crit: '目标与部门职能相符得5分' },
            { label: '绩效指标明确性', w: 5, s: 4, crit: '指标细化量化得5分，每缺一项扣1分', reason: '部分指标未量化' },
          ] },
          { label: '预算编制', w: 10, kids: [
            { label: '预算编制科学性', w: 5, s: 5 },
            { label: '重点支出安排率', w: 5, s: 4.5, crit: '≥90%得满分，每低1个百分点扣0.5分', reason: '重点支出安排率89%' },
          ] },
        ],
      },
      {
        label: '部门管理',
        w: 30,
        kids: [
          { label: '预算执行', w: 15, kids: [
            { label: '预算执行率', w: 4, s: 3.8, reason: '执行率95%' },
            { label: '结转结余率', w: 4, s: 4 },
            { label: '"三公经费"控制率', w: 5, s: 5 },
          ] },
          { label: '财务管理', w: 10, kids: [
            { label: '财务制度健全性', w: 4, s: 4 },
            { label: '资金使用合规性', w: 6, s: 6 },
          ] },
          { label: '采购与资产管理', w: 5, kids: [
            { label: '政府采购规范性', w: 3, s: 4, reason: '' },
            { label: '固定资产利用率', w: 2, s: 2 },
          ] },
        ],
      },
      {
        label: '履职效能',
        w: 30,
        s: 29,
        kids: [
          { label: '重点工作完成', w: 20, kids: [
            { label: '家庭医生签约率', w: 10, s: 9, reason: '签约率未达目标' },
            { label: '疫苗接种率', w: 10, s: 10 },
          ] },
          { label: '工作质量', w: 10, kids: [
            { label: '基层首诊率', w: 10, s: 8.5, reason: '分级诊疗推进较慢' },
          ] },
        ],
      },
      {
        label: '履职效益',
        w: 20,
        kids: [
          { label: '社会效益', w: 10, kids: [{ label: '群众健康素养水平', w: 10, s: 8, reason: '农村地区宣传覆盖不足' }] },
          { label: '满意度', w: 10, kids: [{ label: '群众满意度', w: 10, s: 10 }] },
        ],
      },
    ],
    total: { label: '合　　计', weight: 100 },
    grade: { label: '评价等次', value: '良' },
    footer: '评价组成员签字：',
  });
  void t;
  cb.expect = { 'weight-mismatch': 1, 'total-mismatch': 1, 'score-over-weight': 1, 'grade-mismatch': 1 };
  return cb;
}

// ---------------------------------------------------------------------------
// y05 a clean 部门整体支出绩效自评表 with rounding only

function y05(): CaseBuilder {
  const cb = new CaseBuilder(
    'y05-dept-clean-rounding.xlsx',
    'A fully consistent 部门整体支出绩效自评表 (预算单位名称 / 年度资金总额 with 基本支出 / 项目支出 其中 rows, 一级 cells carrying “产出指标（50分）” and carried down blank, reasons filled wherever a score is below its weight): 执行率 2,873.46 / 3,015.28 = 95.2966 % written as the text “95.29%” (a truncation: `rounding` at most), its score 9.53 exact; money rows that add up only to the cent within rounding (1,842.17 + 1,173.12 = 3,015.29 vs 3,015.28); every other cell must stay silent.',
  );
  const sh = cb.sheet('整体自评');
  sh.widths(1, [12, 14, 24, 14, 14, 8, 8, 30]);
  const ref = selfEval(cb, sh, {
    template: 'dept-self-eval',
    top: 1,
    left: 1,
    title: '2023年度部门整体支出绩效自评表',
    info: [[['预算单位名称', 2], ['某某市档案馆', 6]]],
    funds: {
      lead: '年度资金\n总额（万元）',
      cols: ['init', 'budget', 'spent', 'weight', 'rate', 'score'],
      headers: { init: '年初预算数', budget: '全年预算数', spent: '全年执行数', weight: '分值', rate: '执行率', score: '得分' },
      total: { label: '年度资金总额', init: m(2860.5), budget: m(3015.28), spent: m(2873.46), weight: 10, rate: '95.29%' },
      subs: [
        { label: '其中：基本支出', init: m(1790.4), budget: m(1842.17), spent: m(1836.02) },
        { label: '　　　项目支出', init: m(1070.1), budget: m(1173.12), spent: m(1037.44) },
      ],
    },
    goals: {
      lead: '年度总体目标',
      heads: ['预期目标', '实际完成情况'],
      texts: ['完成馆藏档案数字化120万页，接收进馆档案8000卷，开展档案利用服务。', '完成数字化126万页，接收进馆档案8120卷，利用服务1.2万人次。'],
    },
    ind: {
      cols: ['l1', 'l2', 'l3', 'target', 'actual', 'weight', 'score', 'reason'],
      headers: { l1: '一级指标', l2: '二级指标', l3: '三级指标', target: '年度指标值', actual: '实际完成值', weight: '分值', score: '得分', reason: '偏差原因分析及改进措施' },
      mode: 'carry',
      sections: { [P]: '产出指标（50分）', [E]: '效益指标（30分）', [S]: '满意度指标（10分）' },
      rows: [
        row(P, '数量指标', '馆藏档案数字化', '≥120万页', '126万页', 15, 'pos', { probeReason: true }),
        row(P, '数量指标', '接收进馆档案', '≥8000卷', '8120卷', 10, 'pos', { probeReason: true }),
        row(P, '质量指标', '数字化成果验收合格率', '≥98%', '98.6%', 10, 'pos', { probeReason: true }),
        row(P, '时效指标', '年度任务完成时间', '2023年12月31日前', '按期完成', 5, 'qual'),
        row(P, '成本指标', '数字化单页成本', '≤0.85元', '0.82元', 10, 'rev', { probeReason: true }),
        row(E, '社会效益指标', '档案利用服务人次', '≥10000人次', '12000人次', 15, 'pos', { probeReason: true }),
        row(E, '可持续影响指标', '档案安全保管', '无重大安全事故', '无重大安全事故', 15, 'qual'),
        row(S, '服务对象满意度指标', '查档群众满意度', '≥90%', '95.5%', 10, 'pos', { probeReason: true }),
      ],
    },
    total: { label: '总分', weight: 100 },
    grade: { label: '自评等次' },
    footer: SIGN,
  });
  cb.allowRounding(sh, ref.fund.rate);
  cb.allowRounding(sh, ref.fund.budget);
  cb.correct(sh, ref.rows[3].score!, '定性 full marks, no level stated: silent');
  cb.correct(sh, ref.rows[6].score!, '定性 full marks: silent');
  cb.expect = {};
  return cb;
}

// ---------------------------------------------------------------------------
// y06 negative: 培训签到表 and 工作日志 with 合计

function y06(): CaseBuilder {
  const cb = new CaseBuilder(
    'y06-negative-training-signin-worklog.xlsx',
    'Not an evaluation workbook: a 绩效管理业务培训签到表 (序号 / 姓名 / 单位 / 职务 / 联系电话 / 学时 with a 合计 row that is deliberately not the sum) and a 工作日志 (日期 / 工作内容 / 用时（小时） / 完成情况 with 合计). No template, no finding.',
  );
  const a = cb.sheet('签到表');
  a.widths(1, [6, 10, 24, 12, 16, 8]);
  a.span(1, 1, 6, '2023年度预算绩效管理业务培训签到表', { bold: true, center: true, size: 14 });
  a.span(2, 1, 6, '培训时间：2023年9月14日　　地点：县财政局三楼会议室');
  ['序号', '姓名', '单位', '职务', '联系电话', '学时'].forEach((h, i) => a.set(3, 1 + i, h, { bold: true, center: true }));
  const people: Array<[string, string, string, number]> = [
    ['张某某', '县教育局', '财务股长', 6],
    ['李某某', '县卫生健康局', '会计', 6],
    ['王某某', '县农业农村局', '出纳', 4],
    ['赵某某', '县水利局', '科员', 6],
    ['陈某某', '县民政局', '财务负责人', 3],
  ];
  people.forEach((p, i) => {
    a.set(4 + i, 1, i + 1);
    a.set(4 + i, 2, p[0]);
    a.set(4 + i, 3, p[1]);
    a.set(4 + i, 4, p[2]);
    a.set(4 + i, 5, '139****' + String(1200 + i * 37));
    a.set(4 + i, 6, p[3]);
  });
  a.span(9, 1, 5, '合计（人）', { center: true });
  a.set(9, 6, 5);
  a.border(3, 1, 9, 6);
  const b = cb.sheet('工作日志');
  b.widths(1, [12, 40, 12, 14]);
  b.span(1, 1, 4, '绩效评价工作组工作日志', { bold: true, center: true, size: 14 });
  ['日期', '工作内容', '用时（小时）', '完成情况'].forEach((h, i) => b.set(2, 1 + i, h, { bold: true, center: true }));
  const log: Array<[string, string, number, string]> = [
    ['9月18日', '收集部门整体支出绩效自评表及基础数据表', 6.5, '完成'],
    ['9月19日', '核对三公经费、公用经费决算数', 7, '完成'],
    ['9月20日', '现场核查项目资料，访谈项目负责人', 8, '部分完成'],
    ['9月21日', '撰写评价报告初稿', 5.5, '完成'],
  ];
  log.forEach((x, i) => x.forEach((v, j) => b.set(3 + i, 1 + j, v)));
  b.set(7, 1, '合计');
  b.set(7, 3, 26);
  b.border(2, 1, 7, 4);
  cb.expect = {};
  return cb;
}

// ---------------------------------------------------------------------------
// y07 项目自评表 with a funds 原因 column, labels repeated on every row

function y07(): CaseBuilder {
  const cb = new CaseBuilder(
    'y07-project-funds-reason-repeated-labels.xlsx',
    '项目支出绩效自评表 whose funds block has its own 原因说明 column and whose indicator table repeats 一级 / 二级 on every row, with 指标性质 in words and 计量单位 in their own columns. Planted: 执行率 412.6 / 520 = 79.35 % with the 原因说明 cell empty; 实际完成值 of 村级服务站建设 left empty; 定性 row stated 未达成年度指标且效果较差 scored 8 of 10; a score typed “9.o”.',
  );
  const sh = cb.sheet('项目自评');
  sh.widths(1, [10, 12, 20, 8, 10, 8, 10, 7, 7, 26]);
  const ref = selfEval(cb, sh, {
    template: 'project-self-eval',
    top: 2,
    left: 1,
    title: '项目支出绩效自评表',
    subtitle: '（2023年度）　　　　单位：万元',
    info: [
      [['项目名称', 2], ['农村电商公共服务体系建设', 8]],
      [['主管部门', 2], ['某某县商务局', 3], ['实施单位', 2], ['某某县电子商务服务中心', 3]],
    ],
    funds: {
      lead: '项目资金',
      cols: ['init', 'budget', 'spent', 'weight', 'rate', 'score', 'reason'],
      headers: { init: '年初预算数', budget: '全年预算数', spent: '全年执行数', weight: '分值', rate: '执行率', score: '得分', reason: '原因说明' },
      total: { label: '年度资金总额', init: m(500), budget: m(520), spent: m(412.6), weight: 10 },
      subs: [
        { label: '其中：中央财政资金', init: m(400), budget: m(400), spent: m(318.2) },
        { label: '　　　地方配套资金', init: m(100), budget: m(120), spent: m(94.4) },
      ],
      rateStyle: 'text',
    },
    ind: {
      cols: ['l1', 'l2', 'l3', 'nature', 'target', 'unit', 'actual', 'weight', 'score', 'reason'],
      headers: { l1: '一级指标', l2: '二级指标', l3: '三级指标', nature: '指标性质', target: '指标值', unit: '度量单位', actual: '实际完成值', weight: '分值', score: '得分', reason: '偏差原因分析及改进措施' },
      mode: 'repeat',
      rows: [
        row(P, '数量指标', '村级服务站建设', 60, null, 15, 'pos', { nature: '正向', unit: '个', score: 15 }),
        row(P, '数量指标', '电商培训人次', 800, 860, 10, 'pos', { nature: '正向', unit: '人次', probeReason: true }),
        row(P, '质量指标', '服务站运营达标率', 85, 90, 10, 'pos', { nature: '正向', unit: '%', score: '9.o', reason: '' }),
        row(P, '时效指标', '项目完工时限', 12, 12, 5, 'rev', { nature: '反向', unit: '月', probeReason: true }),
        row(P, '成本指标', '单站建设成本', 5, 4.8, 10, 'rev', { nature: '反向', unit: '万元', probeReason: true }),
        row(E, '经济效益指标', '农产品网络销售额增长', '明显增长', '未达成年度指标且效果较差', 10, 'qual', { nature: '定性', unit: '—', score: 8, reason: '市场行情下行，销售额与上年持平。' }),
        row(E, '社会效益指标', '带动农户就业', 300, 320, 10, 'pos', { nature: '正向', unit: '人', probeReason: true }),
        row(E, '可持续影响指标', '服务站长效运营机制', '建立', '建立', 10, 'qual', { nature: '定性', unit: '—' }),
        row(S, '服务对象满意度指标', '农户满意度', 90, 92, 10, 'pos', { nature: '正向', unit: '%', probeReason: true }),
      ],
    },
    total: { label: '合计', weight: 100, score: 0 },
    footer: SIGN,
  });
  cb.correct(sh, ref.total.score, '合计 includes the unreadable “9.o”: the sum cannot be checked, never a silent zero');
  cb.expect = { 'missing-reason': 1, 'missing-value': 1, 'score-out-of-band': 1, unparseable: 1 };
  return cb;
}

// ---------------------------------------------------------------------------

export const CASES: Array<() => CaseBuilder> = [y01, y02, y03, y04, y05, y06, y07];

export async function buildUnseen5(outDir: string): Promise<UnseenCase[]> {
  return writeUnseenSet(
    outDir,
    CASES,
    'Fifth unseen set. Planted mistakes (expected findings: code, sheet, cell) and cells that must stay silent, per workbook. Cells are A1 addresses; merged cells are named by their top-left cell. `allowed` lists the only codes tolerated at a correct cell (rounding, info).',
  );
}

if (require.main === module || process.argv[1] === __filename) runUnseenBuilder(buildUnseen5, path.join(__dirname, 'out'));
