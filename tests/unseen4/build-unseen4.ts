/**
 * The fourth unseen workbook set (x01–x08): evaluation workbooks whose totals,
 * rates and scores are FORMULAS with cached results, as real clerks build
 * them (=SUM(…), =F7/E7, =ROUND(MIN(…),2)), including formulas whose range
 * misses a row or points at the wrong cell and hand-typed numbers that
 * overwrote a formula; a workbook with one sheet per project plus a 汇总 sheet
 * and an empty Sheet; indicator values written the way people write them
 * (“90%-100%”, “≥95%”, “≤30天”, “2023年12月底前”, “按时完成”, “100%覆盖”, “3个”,
 * “1200人次”, “≤50万元”); a 部门整体支出绩效自评表 with 履职效能 / 管理效率
 * sections; a 指标评分表 whose 一级 rows carry only a weight and whose 总得分 row
 * sits below the notes; a negative workbook and a clean one. Planted mistakes
 * (or none) and a truth file, to measure the checker blind under the national
 * profile of DOMAIN.md.
 *
 *   buildUnseen4(outDir) → writes outDir/*.xlsx and outDir/truth.json
 *   node scripts/run-ts.js tests/unseen4/build-unseen4.ts [outDir]   # default tests/unseen4/out
 *
 * Built from DOMAIN.md and the earlier sets' library only (no engine code, no
 * checker run): every expectation is recomputed from the written cells — for a
 * formula cell, its cached result — by tests/unseen/unseen-truth.ts (decimal.js,
 * ROUND_HALF_UP, rounding intervals), and each case states how many findings of
 * each code it plants; the build fails if its data implies anything else.
 */
import * as path from 'path';
import { A1, budget, CaseBuilder, CellV, E, m, P, pf, row, S, selfEval, SelfEvalRefs, SheetW } from '../unseen/unseen-lib';
import { D, Dec, gradeOf, readQty, UnseenCase } from '../unseen/unseen-truth';
import { decode, runUnseenBuilder, writeUnseenSet } from '../unseen/set-io';

export type { UnseenCase, PlantedFinding, CorrectCell, UnseenTable, Basis, Code, TemplateId } from '../unseen/unseen-truth';

const SIGN = '单位负责人：　　　　　　　财务负责人：　　　　　　　填表人：　　　　　　　填报日期：　　年　　月　　日';

// ---------------------------------------------------------------------------
// Formula helpers: a formula cell keeps a cached result, which is what the
// truth reads (rawText returns the result of a formula cell).

/** the value of a written cell (a formula's cached result), as the truth reads it */
function cellVal(cb: CaseBuilder, sh: SheetW, addr: string): Dec {
  const q = readQty(cb.getter(sh.name)(addr));
  if (q.status !== 'ok') throw new Error(`${sh.name}!${addr} is not a number`);
  return q.v;
}

/** turn the number already written at addr into a formula with that cached result */
function fx(sh: SheetW, addr: string, formula: string): void {
  const c = sh.ws.getCell(addr);
  const v = c.value;
  if (typeof v !== 'number') throw new Error(`${sh.name}!${addr}: expected a number to turn into =${formula}, got ${String(v)}`);
  c.value = { formula, result: v } as never;
}

/** write a formula with the given cached result (and number format) */
function fxv(sh: SheetW, addr: string, formula: string, result: Dec, fmt?: string): void {
  const c = sh.ws.getCell(addr);
  c.value = { formula, result: Number(result.toFixed()) } as never;
  if (fmt) c.numFmt = fmt;
}

/** =SUM over the given cells (as Excel would compute it from their cached values) */
function sumOf(cb: CaseBuilder, sh: SheetW, cells: string[]): Dec {
  return cells.reduce((s, a) => {
    const q = readQty(cb.getter(sh.name)(a));
    return q.status === 'ok' ? s.plus(q.v) : s;
  }, new D(0));
}

const rowOf = (a: string) => decode(a).r;
const colL = (a: string) => a.replace(/\d+$/, '');
/** the address in the same column, k rows down */
const down = (a: string, k: number) => `${colL(a)}${rowOf(a) + k}`;

/**
 * The usual clerk's formulas in a self-evaluation form: 年度资金总额 = SUM of its
 * 其中 rows (where they carry numbers), 执行率 = 执行数 / 全年预算数, 得分 =
 * ROUND(MIN(执行率,1)*分值,2), 总分 = SUM of the score column.
 */
function formForms(
  cb: CaseBuilder,
  sh: SheetW,
  ref: SelfEvalRefs,
  nSubs: number,
  opts: { fundsSum?: boolean; rate?: boolean; execScore?: boolean; total?: 'full' | 'skipLast' | 'none' } = {},
): void {
  const { fundsSum = true, rate = true, execScore = true, total = 'full' } = opts;
  if (fundsSum)
    for (const k of ['init', 'budget', 'spent'] as const) {
      const a = ref.fund[k];
      if (!a) continue;
      if (typeof sh.ws.getCell(a).value !== 'number') continue;
      fx(sh, a, `SUM(${down(a, 1)}:${down(a, nSubs)})`);
    }
  if (rate && ref.fund.rate) {
    const r = sumOf(cb, sh, [ref.fund.spent]).div(sumOf(cb, sh, [ref.fund.budget]));
    fxv(sh, ref.fund.rate, `${ref.fund.spent}/${ref.fund.budget}`, r.toDecimalPlaces(10), '0.00%');
  }
  if (execScore) {
    // from the rate cell when that holds the plain ratio, else from the amounts themselves
    const rt = rate && ref.fund.rate ? ref.fund.rate : `${ref.fund.spent}/${ref.fund.budget}`;
    fx(sh, ref.fund.score, `ROUND(MIN(${rt},1)*${ref.fund.weight},2)`);
  }
  if (total !== 'none') {
    const scores = ref.rows.map((x) => x.score!);
    const first = scores[0];
    const last = total === 'skipLast' ? down(scores[scores.length - 1], -1) : scores[scores.length - 1];
    const included = [ref.fund.score, ...scores.filter((s) => rowOf(s) <= rowOf(last))];
    fxv(sh, ref.total.score, `SUM(${ref.fund.score},${first}:${last})`, sumOf(cb, sh, included));
  }
}

// ---------------------------------------------------------------------------
// x01 项目自评表 on Sheet1 with formulas: 执行率 over the wrong cell, 总分 SUM misses a row

function x01(): CaseBuilder {
  const cb = new CaseBuilder(
    'x01-project-formulas-sheet1.xlsx',
    '项目支出绩效自评表 on a sheet named Sheet1 (Sheet2 left empty), every derived cell a formula with its cached result: 年度资金总额 =SUM of its 其中 rows, 执行率 =F7/D7 (divides by 年初预算数 instead of 全年预算数), 得分 =ROUND(MIN(F7/E7,1)*G7,2), 总分 =SUM(…) whose range stops one row short of the last indicator; indicator values as people write them (“3个”, “≥1200人次”, “90%-100%”, “2023年12月底前”, “≤30天”, “≤50万元”, “有效提升”, “按时完成”, “100%覆盖”).',
  );
  const sh = cb.sheet('Sheet1');
  cb.sheet('Sheet2');
  sh.widths(1, [10, 14, 22, 16, 16, 10, 10, 28]);
  const ref = selfEval(cb, sh, {
    template: 'project-self-eval',
    top: 1,
    left: 1,
    title: '项目支出绩效自评表',
    subtitle: '（2023年度）',
    info: [
      [['项目名称', 2], ['农村饮水安全巩固提升工程', 6]],
      [['主管部门', 2], ['某某县水利局', 2], ['实施单位', 2], ['某某县农村供水服务站', 2]],
    ],
    funds: {
      lead: '项目资金\n（万元）',
      cols: ['init', 'budget', 'spent', 'weight', 'rate', 'score'],
      headers: { init: '年初预算数', budget: '全年预算数', spent: '全年执行数', weight: '分值', rate: '执行率', score: '得分' },
      total: { label: '年度资金总额', init: m(300), budget: m(360), spent: m(342.6), weight: 10 },
      subs: [
        { label: '其中：当年财政拨款', init: m(300), budget: m(340), spent: m(324.1) },
        { label: '　　　上年结转资金', init: '—', budget: m(20), spent: m(18.5) },
        { label: '　　　其他资金', init: '—', budget: '—', spent: '—' },
      ],
    },
    goals: {
      lead: '年度\n总体\n目标',
      heads: ['预期目标', '实际完成情况'],
      texts: ['完成3个村集中供水工程改造，开展管护技术培训1200人次以上，水质检测合格率95%以上。', '完成3个村改造，培训1260人次，水质检测合格率92%。'],
    },
    ind: {
      cols: ['l1', 'l2', 'l3', 'target', 'actual', 'weight', 'score', 'reason'],
      headers: { l1: '一级指标', l2: '二级指标', l3: '三级指标', target: '年度指标值', actual: '实际完成值', weight: '分值', score: '得分', reason: '偏差原因分析及改进措施' },
      mode: 'merge',
      rows: [
        row(P, '数量指标', '集中供水工程改造', '3个', '3个', 10, 'pos', { probeReason: true }),
        row(P, '数量指标', '管护技术培训', '≥1200人次', '1,260人次', 5, 'pos'),
        row(P, '质量指标', '水质检测合格率', '≥95%', '92%', 10, 'pos'),
        row(P, '质量指标', '工程验收合格率', '90%-100%', '96%', 5, 'qual'),
        row(P, '时效指标', '工程完工时间', '2023年12月底前', '2023年11月底完工', 5, 'qual'),
        row(P, '时效指标', '故障维修响应时间', '≤30天', '18天', 5, 'rev', { probeReason: true }),
        row(P, '成本指标', '单村工程改造成本', '≤50万元', '46.8万元', 10, 'rev', { probeReason: true }),
        row(E, '社会效益指标', '农村饮水安全保障水平', '有效提升', '部分达成年度指标并具有一定效果', 10, 'qual', {
          score: 7,
          reason: '2个自然村管网末端水压不足，已列入下年度改造计划。',
        }),
        row(E, '可持续影响指标', '工程管护制度建立', '按时完成', '按时完成', 10, 'qual'),
        row(E, '生态效益指标', '水源地保护范围', '100%覆盖', '100%覆盖', 10, 'qual'),
        row(S, '服务对象满意度指标', '受益群众满意度', '≥90%', '94.5%', 10, 'pos', { probeReason: true }),
      ],
    },
    total: { label: '总分', weight: 100 },
    footer: SIGN,
  });
  formForms(cb, sh, ref, 3, { rate: false, total: 'skipLast' });
  // 执行率 =F7/D7: 342.6 / 300 (年初) instead of / 360 (全年)
  const r = cellVal(cb, sh, ref.fund.spent).div(cellVal(cb, sh, ref.fund.init));
  fxv(sh, ref.fund.rate, `${ref.fund.spent}/${ref.fund.init}`, r.toDecimalPlaces(10), '0.00%');
  cb.correct(sh, ref.rows[1].score!, '≥1200人次 → 1,260人次: met by 5 %, full marks under any reading of 人次');
  cb.expect = { 'rate-mismatch': 1, 'total-mismatch': 1, 'target-not-met': 1, 'missing-reason': 1 };
  return cb;
}

// ---------------------------------------------------------------------------
// x02 one sheet per project + 汇总, an empty Sheet1

interface ProjSpec {
  name: string;
  dept: string;
  unit: string;
  budget: number;
  spent: number;
  subs: Array<[string, number, number]>;
  rows: ReturnType<typeof row>[];
  grade?: string | true;
}

function projectSheet(cb: CaseBuilder, sheet: string, p: ProjSpec, over?: (ref: SelfEvalRefs, sh: SheetW) => void): SelfEvalRefs {
  const sh = cb.sheet(sheet);
  sh.widths(1, [10, 14, 22, 14, 16, 8, 8, 28]);
  const ref = selfEval(cb, sh, {
    template: 'project-self-eval',
    top: 2,
    left: 1,
    title: '项目支出绩效自评表',
    subtitle: '（2023年度）　　　　　　　　　　　　　　　　　　　　单位：万元',
    info: [
      [['项目名称', 2], [p.name, 6]],
      [['主管部门', 2], [p.dept, 2], ['实施单位', 2], [p.unit, 2]],
    ],
    funds: {
      lead: '项目资金',
      cols: ['budget', 'spent', 'weight', 'rate', 'score'],
      headers: { budget: '全年预算数', spent: '全年执行数', weight: '分值', rate: '执行率', score: '得分' },
      total: { label: '年度资金总额', budget: m(p.budget), spent: m(p.spent), weight: 10 },
      subs: p.subs.map(([label, b, s]) => ({ label, budget: m(b), spent: m(s) })),
    },
    ind: {
      cols: ['l1', 'l2', 'l3', 'target', 'actual', 'weight', 'score', 'reason'],
      headers: { l1: '一级指标', l2: '二级指标', l3: '三级指标', target: '年度指标值', actual: '实际完成值', weight: '分值', score: '得分', reason: '偏差原因分析及改进措施' },
      mode: 'merge',
      rows: p.rows,
    },
    total: { label: '总分', weight: 100 },
    ...(p.grade ? { grade: { label: '评价等次', ...(p.grade === true ? {} : { value: p.grade }) } } : {}),
  });
  sh.set(1, 8, '附件2');
  over?.(ref, sh);
  return ref;
}

function x02(): CaseBuilder {
  const cb = new CaseBuilder(
    'x02-one-sheet-per-project-summary.xlsx',
    'One workbook, one 项目支出绩效自评表 per project on sheets named after the projects (学生营养餐 / 乡村道路养护 / 文化惠民演出), a 汇总 sheet first listing each project’s 预算数 / 执行数 / 执行率 / 自评得分 with a 合计 row of =SUM formulas, and an empty Sheet1 at the end. Funds totals, 执行率, 得分 and 总分 are formulas, except one 执行率得分 typed over its formula.',
  );
  const sum = cb.sheet('汇总');
  const projects: Array<[string, ProjSpec]> = [
    [
      '学生营养餐',
      {
        name: '农村义务教育学生营养改善计划',
        dept: '某某县教育局',
        unit: '某某县学生资助管理中心',
        budget: 400,
        spent: 376.2,
        subs: [
          ['其中：中央补助', 320, 302.4],
          ['　　　县级配套', 80, 73.8],
        ],
        rows: [
          row(P, '数量指标', '受益学生人数', '≥8500人', '8,612人', 20, 'pos', { probeReason: true }),
          row(P, '质量指标', '食品安全事故', '0次', '0次', 15, 'eq'),
          row(P, '时效指标', '资金拨付及时率', '100%', '100%', 15, 'pos'),
          row(E, '社会效益指标', '学生营养健康状况', '有效改善', '达成年度指标', 30, 'qual'),
          row(S, '服务对象满意度指标', '家长满意度', '≥90%', '95.2%', 10, 'pos', { probeReason: true }),
        ],
      },
    ],
    [
      '乡村道路养护',
      {
        name: '乡村道路日常养护',
        dept: '某某县交通运输局',
        unit: '某某县农村公路管理所',
        budget: 240,
        spent: 204,
        subs: [['其中：当年财政拨款', 240, 204]],
        grade: '优',
        rows: [
          row(P, '数量指标', '养护里程', '≥500公里', '512公里', 20, 'pos'),
          row(P, '质量指标', '路面技术状况', '良好', '部分达成年度指标并具有一定效果', 10, 'qual', { score: 7, reason: '部分路段坑槽修补不及时。' }),
          row(P, '时效指标', '水毁修复时限', '汛后30日内', '达成年度指标', 10, 'qual', { score: 8, reason: '两处水毁点因材料供应延后修复。' }),
          row(E, '社会效益指标', '群众出行便利程度', '明显改善', '部分达成年度指标并具有一定效果', 10, 'qual', { score: 6, reason: '通组道路养护覆盖不足。' }),
          row(E, '可持续影响指标', '养护长效机制', '健全', '健全', 20, 'qual'),
          row(S, '服务对象满意度指标', '沿线群众满意度', '≥85%', '88%', 20, 'pos'),
        ],
      },
    ],
    [
      '文化惠民演出',
      {
        name: '文化惠民送戏下乡',
        dept: '某某县文化和旅游局',
        unit: '某某县文化馆',
        budget: 85,
        spent: 83.3,
        subs: [['其中：当年财政拨款', 85, 83.3]],
        rows: [
          row(P, '数量指标', '送戏下乡场次', '≥120场', '126场', 20, 'pos'),
          row(P, '质量指标', '演出节目原创比例', '≥30%', '32%', 15, 'pos'),
          row(P, '时效指标', '演出按计划完成', '按时完成', '按时完成', 10, 'qual'),
          row(P, '成本指标', '单场演出成本', '≤0.7万元', '0.66万元', 5, 'rev'),
          row(E, '社会效益指标', '群众文化参与度', '显著提升', '达成年度指标', 20, 'qual'),
          row(E, '可持续影响指标', '基层文艺队伍培育', '培育3支', '未达成年度指标且效果较差', 5, 'qual', { score: 4, reason: '乡镇文艺队伍组建滞后，下年度与乡镇综合文化站联合培育。' }),
          row(E, '社会效益指标', '观看人次', '≥3万人次', '3.4万人次', 5, 'pos'),
          row(S, '服务对象满意度指标', '观众满意度', '≥90%', '96%', 10, 'pos'),
        ],
      },
    ],
  ];
  const refs: SelfEvalRefs[] = [];
  for (const [sheet, p] of projects) {
    refs.push(
      projectSheet(cb, sheet, p, (ref, sh) => {
        if (sheet === '学生营养餐') {
          // the 执行率得分 typed over its formula: 10, while 376.2 / 400 = 94.05 % gives 9.41
          formForms(cb, sh, ref, p.subs.length, { execScore: false, total: 'none' });
          sh.ws.getCell(ref.fund.score).value = 10;
          formForms(cb, sh, ref, p.subs.length, { fundsSum: false, rate: false, execScore: false });
        } else formForms(cb, sh, ref, p.subs.length);
      }),
    );
  }
  cb.correct(cb.sheet('文化惠民演出'), refs[2].rows[6].score!, '≥3万人次 → 3.4万人次: met by 13 %, full marks under any reading of 万人次');
  // 汇总 sheet: a budget table of the projects, 合计 by formulas
  sum.widths(1, [30, 14, 14, 12, 12]);
  const ex = (i: number, k: 'budget' | 'spent') => cellVal(cb, cb.sheet(projects[i][0]), refs[i].fund[k]);
  const tb = budget(cb, sum, {
    top: 1,
    left: 1,
    title: '2023年度项目支出绩效自评结果汇总表',
    unitNote: '单位：万元',
    labelHeader: '项目名称',
    headers: ['预算数', '执行数', '执行率', '自评得分'],
    sumCols: [0, 1],
    rates: [{ col: 2, num: 1, den: 0 }],
    rateStyle: 'percent',
    rows: [
      ...projects.map(([, p], i) => ({
        label: p.name,
        vals: [m(ex(i, 'budget').toFixed()), m(ex(i, 'spent').toFixed()), undefined, cellVal(cb, cb.sheet(projects[i][0]), refs[i].total.score).toNumber()] as CellV[],
        parent: 3,
      })),
      { label: '合　计', vals: [m(0), m(0), undefined, '—'] },
    ],
    footer: '注：自评得分取自各项目自评表总分。',
  });
  // project rows: links to the project sheets; 合计: =SUM, the 执行数 range one row short
  projects.forEach(([sheet], i) => {
    fx(sum, tb.cells[i][0], `'${sheet}'!${refs[i].fund.budget}`);
    fx(sum, tb.cells[i][1], `'${sheet}'!${refs[i].fund.spent}`);
    fxv(sum, tb.cells[i][2], `${tb.cells[i][1]}/${tb.cells[i][0]}`, ex(i, 'spent').div(ex(i, 'budget')).toDecimalPlaces(10), '0.00%');
    fx(sum, tb.cells[i][3], `'${sheet}'!${refs[i].total.score}`);
  });
  const t = tb.cells[3];
  fxv(sum, t[0], `SUM(${tb.cells[0][0]}:${tb.cells[2][0]})`, sumOf(cb, sum, [0, 1, 2].map((i) => tb.cells[i][0])));
  fxv(sum, t[1], `SUM(${tb.cells[0][1]}:${tb.cells[1][1]})`, sumOf(cb, sum, [0, 1].map((i) => tb.cells[i][1])));
  fxv(sum, t[2], `${t[1]}/${t[0]}`, cellVal(cb, sum, t[1]).div(cellVal(cb, sum, t[0])).toDecimalPlaces(10), '0.00%');
  cb.sheet('Sheet1').widths(1, [2, 2, 2]);
  cb.expect = { 'score-mismatch': 1, 'grade-mismatch': 1, 'score-out-of-band': 1, 'total-mismatch': 1 };
  return cb;
}

// ---------------------------------------------------------------------------
// x03 部门整体支出绩效自评表 with 履职效能 / 管理效率 / 社会效应 sections

function x03(): CaseBuilder {
  const cb = new CaseBuilder(
    'x03-dept-self-eval-duty-sections.xlsx',
    '部门整体支出绩效自评表 of a 市场监督管理局 whose indicator sections are 履职效能（50分） / 管理效率（20分） / 社会效应（20分） instead of 产出 / 效益 / 满意度, with the 10-point 预算执行率 line in the funds block; 二级 merged; funds totals, 执行率, its 得分 and 总分 are formulas.',
  );
  const sh = cb.sheet('整体支出自评');
  sh.widths(1, [10, 14, 24, 14, 14, 8, 8, 28]);
  const DUTY = '履职效能';
  const MGMT = '管理效率';
  const SOC = '社会效应';
  const ref = selfEval(cb, sh, {
    template: 'dept-self-eval',
    top: 1,
    left: 1,
    title: '2023年度部门整体支出绩效自评表',
    info: [[['预算单位名称', 2], ['某某市市场监督管理局', 6]]],
    funds: {
      lead: '年度预算\n资金\n（万元）',
      cols: ['init', 'budget', 'spent', 'weight', 'rate', 'score'],
      headers: { init: '年初预算数', budget: '全年预算数', spent: '全年执行数', weight: '分值', rate: '执行率', score: '得分' },
      total: { label: '年度资金总额', init: m(3120), budget: m(3286.4), spent: m(3198.75), weight: 10 },
      subs: [
        { label: '其中：基本支出', init: m(2460), budget: m(2511.8), spent: m(2502.37) },
        { label: '　　　项目支出', init: m(660), budget: m(774.6), spent: m(696.38) },
      ],
    },
    goals: {
      lead: '年度\n总体\n目标',
      heads: ['预期目标', '实际完成情况'],
      texts: ['守住食品安全底线，完成监督抽检3000批以上，开展专项执法检查20场以上，优化营商环境。', '完成抽检3,186批，开展专项执法检查32场，企业开办平均1.5天办结。'],
    },
    ind: {
      cols: ['l1', 'l2', 'l3', 'target', 'actual', 'weight', 'score', 'reason'],
      headers: { l1: '一级指标', l2: '二级指标', l3: '三级指标', target: '年度指标值', actual: '实际完成值', weight: '分值', score: '得分', reason: '偏差原因分析及改进措施' },
      mode: 'merge',
      sections: { [DUTY]: '履职效能（50分）', [MGMT]: '管理效率（20分）', [SOC]: '社会效应（20分）' },
      rows: [
        row(DUTY, '重点工作履行', '食品安全监督抽检', '≥3000批', '3,186批', 15, 'pos', { probeReason: true }),
        row(DUTY, '重点工作履行', '专项执法检查', '≥20场', '32场', 15, 'pos'),
        row(DUTY, '重点工作履行', '企业开办办结时限', '≤3天', '1.5天', 10, 'rev', { probeReason: true }),
        row(DUTY, '履职质量', '不合格产品核查处置率', '100%', '100%', 10, 'pos', { probeReason: true }),
        row(MGMT, '预算管理', '预算编制准确性', '科学准确', '已完成', 5, 'qual', { score: 6 }),
        row(MGMT, '资产管理', '资产管理规范性', '规范', '达成年度指标', 5, 'qual'),
        row(MGMT, '制度建设', '内控制度健全性', '健全', '健全', 5, 'qual'),
        row(SOC, '社会效益', '消费者投诉按时办结率', '≥95%', '98.6%', 10, 'pos', { probeReason: true }),
        row(SOC, '满意度', '市场主体满意度', '≥90%', '92%', 10, 'pos', { probeReason: true }),
      ],
    },
    total: { label: '总　分', weight: 100 },
    footer: SIGN,
  });
  formForms(cb, sh, ref, 2);
  cb.expect = { 'weight-mismatch': 1, 'score-over-weight': 1, 'target-far-exceeded': 1, 'missing-reason': 1 };
  return cb;
}

// ---------------------------------------------------------------------------
// x04 指标评分表: 一级 rows carry only a weight, 总得分 below the notes

interface Lv1 {
  label: string;
  w: number;
  groups: Array<[string, Array<{ name: string; w: number; s: number | string; crit: string; reason?: string }>]>;
}

function x04(): CaseBuilder {
  const cb = new CaseBuilder(
    'x04-scoring-level1-weight-only-total-below-notes.xlsx',
    '就业补助资金绩效评价指标评分表 (一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 得分 | 扣分原因): each 一级 (决策 / 过程 / 产出 / 效益) is a row of its own that carries only its weight (得分 left empty), 二级 only on a group’s first row; after the last indicator a blank row and three 注 rows, then 总得分 with =SUM over the 得分 column (the range ends one row early) and 评价等级.',
  );
  const sh = cb.sheet('评分表');
  sh.widths(1, [10, 12, 24, 8, 40, 8, 26]);
  const tree: Lv1[] = [
    {
      label: '决策',
      w: 15,
      groups: [
        ['项目立项', [
          { name: '立项依据充分性', w: 3, s: 3, crit: '符合政策规划得3分，每缺一项依据扣1分' },
          { name: '立项程序规范性', w: 2, s: 2, crit: '程序规范得2分，否则不得分' },
        ]],
        ['绩效目标', [
          { name: '绩效目标合理性', w: 3, s: 2.5, crit: '目标与实际相符得3分，部分相符酌情扣分', reason: '部分目标未细化到季度' },
          { name: '绩效指标明确性', w: 2, s: 1.5, crit: '指标清晰可衡量得2分', reason: '满意度指标未明确测量方法' },
        ]],
        ['资金投入', [
          { name: '预算编制科学性', w: 3, s: 3, crit: '编制依据充分、测算准确得3分' },
          { name: '资金分配合理性', w: 2, s: 2, crit: '分配与任务匹配得2分' },
        ]],
      ],
    },
    {
      label: '过程',
      w: 25,
      groups: [
        ['资金管理', [
          { name: '资金到位率', w: 4, s: 4, crit: '到位率×分值' },
          { name: '预算执行率', w: 4, s: 3.6, crit: '执行率×分值', reason: '执行率90.2%' },
          { name: '资金使用合规性', w: 4, s: 4, crit: '无违规使用得4分，发现一处扣1分' },
        ]],
        ['组织实施', [
          { name: '管理制度健全性', w: 4, s: 4, crit: '制度健全得4分' },
          { name: '制度执行有效性', w: 4, s: 3, crit: '执行到位得4分，台账不全扣1分', reason: '培训台账签到记录不全' },
        ]],
      ],
    },
    {
      label: '产出',
      w: 35,
      groups: [
        ['产出数量', [
          { name: '职业技能培训人数', w: 10, s: 10, crit: '完成2000人得满分，按比例扣分' },
          { name: '公益性岗位安置人数', w: 5, s: 6, crit: '完成300人得满分，按比例扣分' },
        ]],
        ['产出质量', [
          { name: '培训合格率', w: 5, s: 4.5, crit: '≥90%得满分，每低1个百分点扣0.5分', reason: '合格率89%' },
          { name: '培训后就业率', w: 5, s: 5, crit: '≥60%得满分' },
        ]],
        ['产出时效', [{ name: '补贴发放及时性', w: 5, s: 5, crit: '按季度及时发放得满分' }]],
        ['产出成本', [{ name: '人均培训成本', w: 5, s: 5, crit: '≤1800元/人得满分' }]],
      ],
    },
    {
      label: '效益',
      w: 30,
      groups: [
        ['社会效益', [
          { name: '城镇新增就业人数', w: 10, s: 10, crit: '完成年度目标得满分' },
          { name: '就业困难人员再就业', w: 10, s: 8, crit: '完成目标得满分，按比例扣分', reason: '完成目标的80%' },
        ]],
        ['满意度', [{ name: '受益对象满意度', w: 10, s: 9, crit: '≥90%得满分，每低1个百分点扣1分', reason: '满意度89%' }]],
      ],
    },
  ];
  const L = 1;
  const W = 7;
  let r = 1;
  const top = r;
  sh.span(r++, L, W, '2023年度就业补助资金绩效评价指标评分表', { bold: true, center: true, size: 15 });
  sh.span(r++, L, W, '评价机构：某某会计师事务所　　　　　　　　　　　　　评价日期：2024年3月');
  const head = r;
  ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '得分', '扣分原因'].forEach((h, i) => sh.set(r, L + i, h, { center: true, bold: true }));
  r++;
  const lv1W: string[] = [];
  const leafW: string[] = [];
  const leafS: string[] = [];
  for (const l1 of tree) {
    const wc = sh.set(r, L, l1.label, { bold: true });
    void wc;
    const w1 = sh.set(r, L + 3, l1.w, { center: true, bold: true });
    for (let c = L + 1; c < L + W; c++) if (c !== L + 3) sh.set(r, c, null);
    lv1W.push(w1);
    r++;
    const myW: string[] = [];
    for (const [g, leaves] of l1.groups) {
      leaves.forEach((lf, i) => {
        sh.set(r, L + 1, i === 0 ? g : null);
        sh.set(r, L + 2, lf.name);
        const w = sh.set(r, L + 3, lf.w, { center: true });
        sh.set(r, L + 4, lf.crit);
        const s = sh.set(r, L + 5, lf.s, { center: true });
        sh.set(r, L + 6, lf.reason ?? null);
        const nm = `${l1.label}/${g}/${lf.name}`;
        cb.check('score-over-weight', sh, s, { op: 'overWeight', score: s, weight: w }, `${nm} 得分 ≤ 分值`);
        cb.check('score-out-of-band', sh, s, { op: 'negative', score: s }, `${nm} 得分 ≥ 0`, true);
        cb.check('unparseable', sh, s, { op: 'unparseable', cell: s }, nm, true);
        cb.check('unparseable', sh, w, { op: 'unparseable', cell: w }, nm, true);
        myW.push(w);
        leafW.push(w);
        leafS.push(s);
        r++;
      });
    }
    cb.check('weight-mismatch', sh, w1, { op: 'weight', parent: w1, children: myW, leaves: myW }, `${l1.label} weight`);
  }
  const lastLeafRow = r - 1;
  sh.border(head, L, lastLeafRow, L + W - 1);
  r++; // blank row
  for (const note of ['注：1.评分标准依据《项目支出绩效评价管理办法》及本次评价方案；', '　　2.一级指标行只列分值，得分见三级指标；', '　　3.得分保留一位小数。']) sh.span(r++, L, W, note);
  r++;
  const totalRow = r;
  sh.span(totalRow, L, 3, '总得分', { center: true, bold: true });
  const totalW = sh.set(totalRow, L + 3, 100, { center: true });
  sh.set(totalRow, L + 4, null);
  // =SUM(F4:F{last-1}): the range ends one row above the last indicator
  const sAddr = (rr: number) => A1(rr, L + 5);
  const included = leafS.filter((a) => rowOf(a) <= lastLeafRow - 1);
  const totalS = sAddr(totalRow);
  fxv(sh, totalS, `SUM(${sAddr(head + 1)}:${sAddr(lastLeafRow - 1)})`, sumOf(cb, sh, included));
  sh.set(totalRow, L + 6, null);
  r++;
  sh.span(r, L, 3, '评价等级', { center: true });
  const grade = sh.set(r, L + 3, gradeOf(cellVal(cb, sh, totalS)), { center: true });
  sh.merge(r, L + 3, r, L + 6);
  sh.border(totalRow, L, r, L + W - 1);
  const last = r;
  r += 2;
  sh.span(r, L, W, '评价人员：　　　　　　　　复核人：　　　　　　　　');
  cb.check('weight-mismatch', sh, totalW, { op: 'weight', parent: totalW, children: lv1W, leaves: leafW }, '总得分 分值 100');
  cb.check('total-mismatch', sh, totalS, { op: 'sum', parts: leafS, total: totalS }, '总得分 = sum of the 三级 scores');
  cb.check('grade-mismatch', sh, grade, { op: 'grade', total: totalS, grade }, '评价等级');
  cb.table(sh, 'indicator-scoring', `${A1(top, L)}:${A1(last, L + W - 1)}`);
  cb.expect = { 'weight-mismatch': 1, 'score-over-weight': 1, 'total-mismatch': 1 };
  return cb;
}

// ---------------------------------------------------------------------------
// x05 negative: 项目进度表 (计划 / 实际, percentages) and 资产盘点表

function x05(): CaseBuilder {
  const cb = new CaseBuilder(
    'x05-progress-and-stocktake-negative.xlsx',
    'Not an evaluation workbook: a 项目建设进度表 (序号 | 建设内容 | 计划投资（万元） | 完成投资（万元） | 计划进度 | 实际进度 | 完成比例 | 备注, percentages, a 合计 row with =SUM and a 完成比例 formula, one 完成比例 typed) and a 资产盘点表 on Sheet2 (账面数量 | 实盘数量 | 盘盈盘亏 | 账面原值（元）, 合计 typed 1 元 off). Nothing may be recognised or flagged.',
  );
  const sh = cb.sheet('Sheet1');
  sh.widths(1, [6, 28, 14, 14, 10, 10, 10, 20]);
  sh.span(1, 1, 8, '2023年度重点项目建设进度表', { bold: true, center: true, size: 14 });
  sh.span(2, 1, 8, '填报单位：某某县发展和改革局　　　　　　　　　　　　截至2023年12月31日');
  ['序号', '建设内容', '计划投资（万元）', '完成投资（万元）', '计划进度', '实际进度', '完成比例', '备注'].forEach((h, i) => sh.set(3, 1 + i, h, { center: true, bold: true }));
  const items: Array<[string, number, number, string, string, string]> = [
    ['城区污水管网改造', 1200, 1086.5, '100%', '90%', ''],
    ['工业园区道路二期', 860, 902.3, '100%', '100%', '含追加工程量'],
    ['老旧小区改造（3个）', 540, 318.4, '80%', '60%', '冬季停工'],
    ['农贸市场提升', 210, 210, '100%', '100%', ''],
  ];
  items.forEach((it, i) => {
    const r = 4 + i;
    sh.set(r, 1, i + 1, { center: true });
    sh.set(r, 2, it[0]);
    sh.set(r, 3, m(it[1]));
    sh.set(r, 4, m(it[2]));
    sh.set(r, 5, it[3]);
    sh.set(r, 6, it[4]);
    if (i === 2) sh.set(r, 7, '56%');
    else fxv(sh, A1(r, 7), `D${r}/C${r}`, new D(it[2]).div(it[1]).toDecimalPlaces(10), '0.00%');
    sh.set(r, 8, it[5] || null);
  });
  const tr = 4 + items.length;
  sh.span(tr, 1, 2, '合　计', { center: true });
  fxv(sh, A1(tr, 3), `SUM(C4:C${tr - 1})`, new D(items.reduce((a, x) => a + x[1], 0)), '#,##0.00');
  // 完成投资 合计 typed, 100 above the items
  const done = items.reduce((a, x) => a.plus(x[2]), new D(0));
  sh.set(tr, 4, m(done.plus(100).toFixed()));
  fxv(sh, A1(tr, 7), `D${tr}/C${tr}`, done.plus(100).div(items.reduce((a, x) => a + x[1], 0)).toDecimalPlaces(10), '0.00%');
  sh.border(3, 1, tr, 8);
  cb.correct(sh, A1(tr, 4), '完成投资 合计 100 above its items: a progress table, not an evaluation table');
  cb.correct(sh, 'G6', '完成比例 typed 56% (318.4 / 540 = 58.96 %): a progress table, not an evaluation table');
  cb.correct(sh, 'D5', '完成投资 above 计划投资: not spending against a budget');

  const s2 = cb.sheet('Sheet2');
  s2.widths(1, [14, 20, 14, 10, 10, 12, 14, 12]);
  s2.span(1, 1, 8, '固定资产盘点表', { bold: true, center: true, size: 14 });
  s2.span(2, 1, 8, '盘点日期：2023年12月20日　　　　　　　　　　　　金额单位：元');
  ['资产编号', '资产名称', '规格型号', '账面数量', '实盘数量', '盘盈（+）\n盘亏（-）', '账面原值（元）', '使用部门'].forEach((h, i) => s2.set(3, 1 + i, h, { center: true, bold: true }));
  const assets: Array<[string, string, string, number, number, number, string]> = [
    ['ZC-2019-0012', '台式计算机', 'i5/8G/512G', 24, 23, 4580, '办公室'],
    ['ZC-2020-0031', '激光打印机', 'A4黑白', 6, 6, 1890, '财务股'],
    ['ZC-2021-0007', '会议桌', '3.6m', 2, 2, 6800, '办公室'],
    ['ZC-2022-0045', '空调', '1.5匹', 10, 11, 3299, '各股室'],
  ];
  assets.forEach((a, i) => {
    const r = 4 + i;
    s2.set(r, 1, a[0]);
    s2.set(r, 2, a[1]);
    s2.set(r, 3, a[2]);
    s2.set(r, 4, a[3]);
    s2.set(r, 5, a[4]);
    fxv(s2, A1(r, 6), `E${r}-D${r}`, new D(a[4] - a[3]));
    s2.set(r, 7, m(a[3] * a[5]));
    s2.set(r, 8, a[6]);
  });
  const ar = 4 + assets.length;
  s2.span(ar, 1, 3, '合　计', { center: true });
  fxv(s2, A1(ar, 4), `SUM(D4:D${ar - 1})`, new D(assets.reduce((s, a) => s + a[3], 0)));
  fxv(s2, A1(ar, 5), `SUM(E4:E${ar - 1})`, new D(assets.reduce((s, a) => s + a[4], 0)));
  s2.set(ar, 7, m(assets.reduce((s, a) => s + a[3] * a[5], 0) + 1));
  s2.border(3, 1, ar, 8);
  cb.correct(s2, A1(ar, 7), '账面原值 合计 typed 1 元 above its items: a stocktake list, not an evaluation table');
  cb.correct(s2, 'F4', '盘亏 −1: not a score');
  cb.expect = {};
  return cb;
}

// ---------------------------------------------------------------------------
// x06 correct: 项目自评表 with formulas (执行率 by ROUNDDOWN) and a 支出明细表

function x06(): CaseBuilder {
  const cb = new CaseBuilder(
    'x06-clean-project-formulas-and-detail.xlsx',
    'Correct workbook: 项目支出绩效自评表 with formulas (年度资金总额 =SUM, 执行率 =ROUNDDOWN(F7/E7,4) shown 95.64 % for 95.6462 %, 得分 =ROUND(MIN(F7/E7,1)*G7,2) = 9.56, 总分 =SUM, 评价等次), 部分达成 at exactly 60 % with a reason, +30 % exactly, a cost exactly at its cap, “≤30天” met at 30, “90%-100%”, “2023年12月底前”, “1200人次”; and a 项目支出明细表 with =D/C rates whose typed 合计 实际支出 is one cent above its items. No mistakes.',
  );
  const sh = cb.sheet('自评表');
  sh.widths(1, [10, 14, 22, 16, 16, 8, 8, 28]);
  const ref = selfEval(cb, sh, {
    template: 'project-self-eval',
    top: 1,
    left: 1,
    title: '项目支出绩效自评表',
    subtitle: '（2023年度）',
    info: [
      [['项目名称', 2], ['高标准农田建设', 6]],
      [['主管部门', 2], ['某某县农业农村局', 2], ['实施单位', 2], ['某某县农田建设服务中心', 2]],
    ],
    funds: {
      lead: '项目资金\n（万元）',
      cols: ['init', 'budget', 'spent', 'weight', 'rate', 'score'],
      headers: { init: '年初预算数', budget: '全年预算数', spent: '全年执行数', weight: '分值', rate: '执行率', score: '得分' },
      total: { label: '年度资金总额', init: m(500), budget: m(520), spent: m(497.36), weight: 10 },
      subs: [
        { label: '其中：当年财政拨款', init: m(500), budget: m(500), spent: m(480.16) },
        { label: '　　　上年结转资金', init: '—', budget: m(20), spent: m(17.2) },
        { label: '　　　其他资金', init: '—', budget: '—', spent: '—' },
      ],
    },
    ind: {
      cols: ['l1', 'l2', 'l3', 'target', 'actual', 'weight', 'score', 'reason'],
      headers: { l1: '一级指标', l2: '二级指标', l3: '三级指标', target: '年度指标值', actual: '实际完成值', weight: '分值', score: '得分', reason: '偏差原因分析及改进措施' },
      mode: 'merge',
      rows: [
        row(P, '数量指标', '建成高标准农田面积', '≥1.2万亩', '1.26万亩', 10, 'pos', { probeReason: true }),
        row(P, '数量指标', '新建机耕路', '≥100个', '130个', 5, 'pos', { probeReason: true }),
        row(P, '数量指标', '农技培训', '≥1200人次', '1,320人次', 5, 'pos'),
        row(P, '质量指标', '工程验收合格率', '90%-100%', '98%', 10, 'qual'),
        row(P, '时效指标', '项目完工时间', '2023年12月底前', '2023年12月20日完工', 5, 'qual'),
        row(P, '时效指标', '问题整改时限', '≤30天', '30天', 5, 'rev', { probeReason: true }),
        row(P, '成本指标', '亩均建设成本', '≤0.15万元', '0.15万元', 10, 'rev', { probeReason: true }),
        row(E, '经济效益指标', '亩均粮食增产', '≥50公斤', '58公斤', 10, 'pos', { probeReason: true }),
        row(E, '社会效益指标', '农业综合生产能力', '有效提升', '部分达成年度指标并具有一定效果', 10, 'qual', { score: 6, reason: '部分灌溉设施未投入使用，已协调电力部门通电。' }),
        row(E, '可持续影响指标', '工程管护机制', '建立', '达成年度指标', 10, 'qual', { score: 8, reason: '管护经费渠道尚未固定。' }),
        row(S, '服务对象满意度指标', '项目区农户满意度', pf('0.9'), pf('0.936', '0.0%'), 10, 'pos', { probeReason: true }),
      ],
    },
    total: { label: '总分', weight: 100 },
    grade: { label: '评价等次' },
    footer: SIGN,
  });
  formForms(cb, sh, ref, 3, { rate: false });
  const exact = cellVal(cb, sh, ref.fund.spent).div(cellVal(cb, sh, ref.fund.budget));
  fxv(sh, ref.fund.rate, `ROUNDDOWN(${ref.fund.spent}/${ref.fund.budget},4)`, exact.toDecimalPlaces(4, D.ROUND_DOWN), '0.00%');
  cb.allowRounding(sh, ref.fund.rate);
  cb.correct(sh, ref.rows[2].score!, '≥1200人次 → 1,320人次: +10 %, full marks under any reading of 人次');

  const s2 = cb.sheet('支出明细');
  s2.widths(1, [26, 14, 14, 12]);
  const items: Array<[string, number, number]> = [
    ['土地平整及田块整治', 180, 172.53],
    ['灌溉与排水工程', 260, 251.49],
    ['田间道路工程', 48, 45.27],
    ['监理、检测及培训', 32, 28.07],
  ];
  const sumB = items.reduce((a, x) => a.plus(x[1]), new D(0));
  const sumS = items.reduce((a, x) => a.plus(x[2]), new D(0));
  const tb = budget(cb, s2, {
    top: 1,
    left: 1,
    title: '高标准农田建设项目支出明细表',
    unitNote: '单位：万元',
    labelHeader: '支出内容',
    headers: ['预算数', '实际支出', '执行率'],
    sumCols: [0, 1],
    rates: [{ col: 2, num: 1, den: 0 }],
    rateStyle: 'percent',
    rows: [
      { label: '合　计', vals: [m(sumB.toFixed()), m(sumS.plus('0.01').toFixed())] },
      ...items.map(([label, b, sp]) => ({ label, vals: [m(b), m(sp)] as CellV[], parent: 0 })),
    ],
  });
  fx(s2, tb.cells[0][0], `SUM(${tb.cells[1][0]}:${tb.cells[items.length][0]})`);
  tb.cells.forEach((c, i) => {
    const n = cellVal(cb, s2, c[1]);
    const d = cellVal(cb, s2, c[0]);
    fxv(s2, c[2], `${c[1]}/${c[0]}`, n.div(d).toDecimalPlaces(10), '0.00%');
    void i;
  });
  // 实际支出 合计 typed 497.37 over items summing to 497.36: rounding only
  cb.allowRounding(s2, tb.cells[0][1]);
  cb.expect = {};
  return cb;
}

// ---------------------------------------------------------------------------
// x07 三公经费 and 一般公共预算 execution tables with formulas

function x07(): CaseBuilder {
  const cb = new CaseBuilder(
    'x07-budget-tables-formulas-stale-subtotal.xlsx',
    'Two budget tables on one sheet, built with formulas: a “三公”经费支出情况表 (项　目 | 年初预算数 | 调整后预算数 | 决算数 | 完成率, 合计 first =B6+B7+B10, 公务用车 split into （1）购置 / （2）运行维护, 完成率 =D/C) whose 公务用车 调整后预算 is a number typed over its =SUM (the 年初 figure), and a 一般公共预算支出执行情况表 below (功能分类科目 | 调整后预算数 | 决算数 | 完成率, 合计 last =SUM) with one 完成率 formula pointing one row up.',
  );
  const sh = cb.sheet('预算执行');
  sh.widths(1, [30, 14, 14, 14, 12]);
  const t1 = budget(cb, sh, {
    top: 1,
    left: 1,
    title: '2023年度“三公”经费支出情况表',
    unitNote: '单位：万元',
    labelHeader: '项　目',
    headers: ['年初预算数', '调整后预算数', '决算数', '完成率'],
    sumCols: [0, 1, 2],
    rates: [{ col: 3, num: 2, den: 1 }],
    rateStyle: 'percent',
    spent: { budget: 1, spent: 2 },
    rows: [
      { label: '合　计', vals: [m(0), m(0), m(0)] },
      { label: '1.因公出国（境）费', vals: [m(0), m(0), m(0)], parent: 0 },
      { label: '2.公务用车购置及运行维护费', vals: [m(15), m(15), m(15.82)], parent: 0 },
      { label: '　（1）公务用车购置费', vals: [m(0), m(0), m(0)], parent: 2 },
      { label: '　（2）公务用车运行维护费', vals: [m(15), m(16.5), m(15.82)], parent: 2 },
      { label: '3.公务接待费', vals: [m(0), m(0), m(0.86)], parent: 0 },
    ],
  });
  const c1 = t1.cells;
  // 公务用车 年初 and 决算 are =SUM of (1)+(2); its 调整后预算 stays the typed 15.00 (parts: 16.50)
  fx(sh, c1[2][0], `SUM(${c1[3][0]}:${c1[4][0]})`);
  fx(sh, c1[2][2], `SUM(${c1[3][2]}:${c1[4][2]})`);
  for (const k of [0, 1, 2]) {
    const parts = [c1[1][k], c1[2][k], c1[5][k]];
    fxv(sh, c1[0][k], parts.join('+'), sumOf(cb, sh, parts), '#,##0.00');
  }
  for (const i of [0, 2, 4]) fxv(sh, c1[i][3], `${c1[i][2]}/${c1[i][1]}`, cellVal(cb, sh, c1[i][2]).div(cellVal(cb, sh, c1[i][1])).toDecimalPlaces(10), '0.00%');

  const top2 = t1.next + 2;
  const items: Array<[string, number, number]> = [
    ['一般公共服务支出', 1286.4, 1251.37],
    ['公共安全支出', 412.6, 398.05],
    ['教育支出', 2630.8, 2598.44],
    ['社会保障和就业支出', 918.25, 876.3],
    ['卫生健康支出', 704.1, 688.92],
  ];
  const t2 = budget(cb, sh, {
    top: top2,
    left: 1,
    title: '2023年度一般公共预算支出执行情况表',
    unitNote: '单位：万元',
    labelHeader: '功能分类科目',
    headers: ['调整后预算数', '决算数', '完成率'],
    sumCols: [0, 1],
    rates: [{ col: 2, num: 1, den: 0 }],
    rateStyle: 'percent',
    rows: [...items.map(([label, b, s]) => ({ label, vals: [m(b), m(s)] as CellV[], parent: items.length })), { label: '合　计', vals: [m(0), m(0)] }],
  });
  const c2 = t2.cells;
  for (const k of [0, 1]) {
    const parts = items.map((_, i) => c2[i][k]);
    fxv(sh, c2[items.length][k], `SUM(${parts[0]}:${parts[parts.length - 1]})`, sumOf(cb, sh, parts), '#,##0.00');
  }
  c2.forEach((c, i) => {
    // 社会保障和就业支出 (i = 3): =C{r}/B{r-1}, one row up
    const den = i === 3 ? c2[2][0] : c[0];
    fxv(sh, c[2], `${c[1]}/${den}`, cellVal(cb, sh, c[1]).div(cellVal(cb, sh, den)).toDecimalPlaces(10), '0.00%');
  });
  cb.expect = { 'total-mismatch': 1, 'spent-without-budget': 1, 'rate-mismatch': 1 };
  return cb;
}

// ---------------------------------------------------------------------------
// x08 项目自评表 on Sheet2 with a funds 原因 column

function x08(): CaseBuilder {
  const cb = new CaseBuilder(
    'x08-project-sheet2-funds-reason-ime-stop.xlsx',
    '项目支出绩效自评表 on Sheet2 (Sheet1 holds a 填报说明 paragraph), funds block 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 执行率未达90%原因说明 with formulas; a score typed with the IME full stop “13。5” (the =SUM 总分 skips it, as Excel does), a sentence target “每月1次，共12次”, an empty 实际完成值, a cost over its “≤50万元” cap.',
  );
  const s1 = cb.sheet('Sheet1');
  s1.widths(1, [80]);
  s1.set(1, 1, '填报说明', { bold: true, size: 14 });
  s1.set(2, 1, '1.本表金额单位为万元，执行率=全年执行数/全年预算数；\n2.执行率未达到90%的，须在“原因说明”栏说明原因；\n3.定性指标按达成、部分达成、未达成三档评分。');
  const sh = cb.sheet('Sheet2');
  sh.widths(1, [10, 14, 22, 16, 14, 8, 8, 28]);
  const ref = selfEval(cb, sh, {
    template: 'project-self-eval',
    top: 1,
    left: 1,
    title: '项目支出绩效自评表',
    subtitle: '（2023年度）',
    info: [
      [['项目名称', 2], ['水环境质量自动监测站运维', 6]],
      [['主管部门', 2], ['某某市生态环境局', 2], ['实施单位', 2], ['某某市环境监测站', 2]],
    ],
    funds: {
      lead: '项目资金',
      cols: ['budget', 'spent', 'weight', 'rate', 'score', 'reason'],
      headers: { budget: '全年预算数', spent: '全年执行数', weight: '分值', rate: '执行率', score: '得分', reason: '执行率未达90%\n原因说明' },
      total: { label: '年度资金总额', budget: m(150), spent: m(126.3), weight: 10 },
      subs: [
        { label: '其中：财政拨款', budget: m(150), spent: m(126.3) },
        { label: '　　　其他资金', budget: '/', spent: '/' },
      ],
    },
    ind: {
      cols: ['l1', 'l2', 'l3', 'target', 'actual', 'weight', 'score', 'reason'],
      headers: { l1: '一级指标', l2: '二级指标', l3: '三级指标', target: '年度指标值', actual: '实际完成值', weight: '分值', score: '得分', reason: '偏差原因分析及改进措施' },
      mode: 'merge',
      rows: [
        row(P, '数量指标', '自动监测站点运维', '≥12个', '12个', 15, 'pos', { probeReason: true }),
        row(P, '数量指标', '人工比对监测', '每月1次，共12次', '12次', 10, 'qual'),
        row(P, '质量指标', '监测数据有效率', '≥95%', null, 10, 'pos'),
        row(P, '时效指标', '故障修复时限', '≤5天', '4天', 5, 'rev', { probeReason: true }),
        row(P, '成本指标', '站点运维成本', '≤50万元', '57.5万元', 10, 'rev', { score: 10, reason: '两个站点更换老化采样泵，运维费超支。' }),
        row(E, '生态效益指标', '重点水体水质状况', '有效改善', '达成年度指标', 15, 'qual', { score: '13。5', reason: '个别断面汛期总磷波动。' }),
        row(E, '可持续影响指标', '监测网络运行机制', '长效运行', '长效运行', 15, 'qual'),
        row(S, '服务对象满意度指标', '公众满意度', '≥85%', '90%', 10, 'pos', { probeReason: true }),
      ],
    },
    total: { label: '总分', weight: 100, score: 0 },
    footer: SIGN,
  });
  formForms(cb, sh, ref, 2);
  cb.correct(sh, ref.total.score, '总分 =SUM skips the unreadable “13。5”: the sum cannot be checked, never a silent zero');
  cb.expect = { 'missing-reason': 1, 'missing-value': 1, 'target-not-met': 1, 'score-mismatch': 1, unparseable: 1 };
  return cb;
}

// ---------------------------------------------------------------------------

export const CASES: Array<() => CaseBuilder> = [x01, x02, x03, x04, x05, x06, x07, x08];

export async function buildUnseen4(outDir: string): Promise<UnseenCase[]> {
  return writeUnseenSet(
    outDir,
    CASES,
    'Fourth unseen set. Planted mistakes (expected findings: code, sheet, cell) and cells that must stay silent, per workbook. Cells are A1 addresses; merged cells are named by their top-left cell; a formula cell is read by its cached result. `allowed` lists the only codes tolerated at a correct cell (rounding, info).',
  );
}

if (require.main === module || process.argv[1] === __filename) runUnseenBuilder(buildUnseen4, path.join(__dirname, 'out'));

