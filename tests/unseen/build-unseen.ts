/**
 * The unseen workbook set: evaluation workbooks in layouts other regions use
 * (not the seeds' layouts or strings), each with planted mistakes and a truth
 * file, to measure the checker's recall and false alarms under the national
 * profile of DOMAIN.md.
 *
 *   buildUnseen(outDir) → writes outDir/*.xlsx and outDir/truth.json
 *   node scripts/run-ts.js tests/unseen/build-unseen.ts [outDir]
 *
 * Every expectation is recomputed from the written cells (unseen-truth.ts);
 * each case also states how many findings of each code it means to plant, and
 * the build fails if the data says otherwise.
 */
import * as path from 'path';
import { budget, CaseBuilder, CellV, E, IndCol, m, P, row, S, scoring, selfEval, SelfEvalSpec, SNode } from './unseen-lib';
import { UnseenCase } from './unseen-truth';
import { runUnseenBuilder, writeUnseenSet } from './set-io';

export type { UnseenCase, PlantedFinding, CorrectCell, UnseenTable, Basis, Code, TemplateId } from './unseen-truth';

const FOOTER = '填表人：　　　　　　联系电话：　　　　　　　单位负责人签字：　　　　　　填报日期：2024年3月';

const NATIONAL_FUNDS = { init: '年初预算数', budget: '全年预算数', spent: '全年执行数', weight: '分值', rate: '执行率', score: '得分' };
const NATIONAL_IND: Partial<Record<IndCol, string>> = {
  l1: '一级指标',
  l2: '二级指标',
  l3: '三级指标',
  target: '年度\n指标值',
  actual: '实际\n完成值',
  weight: '分值',
  score: '得分',
  reason: '偏差原因分析\n及改进措施',
};
const IND9: IndCol[] = ['l1', 'l2', 'l3', 'target', 'actual', 'weight', 'score', 'reason'];
const GOALS = (a: string, b: string) => ({ lead: '年度\n总体\n目标', heads: ['预期目标', '实际完成情况'] as [string, string], texts: [a, b] as [string, string] });


// ---------------------------------------------------------------------------

function u01(): CaseBuilder {
  const cb = new CaseBuilder(
    'u01-project-national-offset.xlsx',
    '项目支出绩效自评表, 财政部 2020 layout at B2: 项目名称 row, 主管部门 and 实施单位 on one row, merged 一级/二级 cells, section weights in text “产出指标（50分）”, 绩　效　指　标 lead column, placeholder rows.',
  );
  const sh = cb.sheet('项目自评表');
  sh.widths(2, [8, 12, 12, 22, 14, 14, 7, 7, 24]);
  selfEval(cb, sh, {
    template: 'project-self-eval',
    top: 2,
    left: 2,
    title: '2023年度项目支出绩效自评表',
    subtitle: '填报单位：某某县农业农村局　　　　　　　　　　金额单位：万元',
    info: [
      [['项目名称', 2], ['农村人居环境整治专项经费', 7]],
      [['主管部门', 2], ['某某县农业农村局', 3], ['实施单位', 2], ['某某县农业农村局', 2]],
    ],
    funds: {
      lead: '项目资金\n（万元）',
      cols: ['init', 'budget', 'spent', 'weight', 'rate', 'score'],
      headers: NATIONAL_FUNDS,
      total: { label: '年度资金总额', init: m(300), budget: m(280), spent: m(266.5), weight: 10, score: 8 },
      subs: [
        { label: '其中：当年财政拨款', init: m(300), budget: m(280), spent: m(266.5) },
        { label: '　　　上年结转资金', init: '—', budget: '—', spent: '—' },
        { label: '　　　其他资金', init: '—', budget: '—', spent: '—' },
      ],
    },
    goals: GOALS(
      '完成120个行政村生活垃圾收运体系全覆盖，改造提升农村公厕20个，农村生活垃圾无害化处理率达到90%以上。',
      '全年实现126个行政村生活垃圾收运全覆盖，改造提升农村公厕31个，无害化处理率92%。',
    ),
    ind: {
      lead: '绩　效　指　标',
      cols: IND9,
      headers: NATIONAL_IND,
      mode: 'merge',
      sections: { [P]: '产出指标\n（50分）', [E]: '效益指标\n（30分）', [S]: '满意度指标\n（10分）' },
      rows: [
        row(P, '数量指标', '生活垃圾收运覆盖行政村数', '≥120个', '126个', 10, 'pos', { probeReason: true }),
        row(P, '数量指标', '改造提升农村公厕数量', '≥20个', '31个', 10, 'pos'),
        row(P, '质量指标', '垃圾分类处理设施验收合格率', '≥95%', '100%', 10, 'pos', { blankAfter: 1 }),
        row(P, '质量指标', '村庄保洁长效管护机制', '建立', '已建立并运行', 5, 'qual'),
        row(P, '时效指标', '项目完成时限', '2023年12月底前', '2023年11月完成', 5, 'qual'),
        row(P, '成本指标', '垃圾收运服务费用', '≤120万元', '118.6万元', 10, 'rev'),
        row(E, '社会效益指标', '农村人居环境改善程度', '明显改善', '达成年度指标', 10, 'qual'),
        row(E, '生态效益指标', '农村生活垃圾无害化处理率', '≥90%', '92%', 10, 'pos'),
        row(E, '可持续影响指标', '村庄保洁管护长效运行', '长期有效', '部分达成年度指标并具有一定效果', 10, 'qual', {
          score: 7,
          reason: '部分村保洁员未足额配备，下一步补齐管护队伍。',
        }),
        row(S, '服务对象满意度指标', '村民满意度', '≥90%', '93.5%', 10, 'pos', { blankAfter: 2 }),
      ],
    },
    total: { label: '总分', weight: 100, score: 97 },
    footer: FOOTER,
  });
  cb.expect = { 'score-mismatch': 1, 'target-far-exceeded': 1, 'missing-reason': 1, 'total-mismatch': 1 };
  return cb;
}

function u02(): CaseBuilder {
  const cb = new CaseBuilder(
    'u02-project-nature-unit-columns.xlsx',
    '项目支出绩效自评表, regional variant: separate 指标性质 (≥/≤/=) and 计量单位 columns, 年度指标值（A）/实际完成值（B）, 全年预算数（A）/全年执行数（B）/执行率（B/A） with the rate as a percentage-formatted number, “未完成原因分析”, no section weights, 一级/二级 left blank below their first row, 评价等次 row.',
  );
  const sh = cb.sheet('Sheet1');
  sh.set(1, 1, '附件3');
  sh.widths(1, [12, 12, 22, 6, 12, 6, 12, 7, 7, 26]);
  selfEval(cb, sh, {
    template: 'project-self-eval',
    top: 2,
    left: 1,
    title: '项目支出绩效自评表（2023年度）',
    info: [
      [['项目名称', 2], ['学生资助补助经费', 8]],
      [['主管部门', 2], ['某市教育局', 3], ['实施单位', 2], ['某市学生资助管理中心', 3]],
    ],
    funds: {
      lead: '项目资金\n（万元）',
      cols: ['init', 'budget', 'spent', 'weight', 'rate', 'score'],
      headers: { init: '年初预算数', budget: '全年预算数（A）', spent: '全年执行数（B）', weight: '分值', rate: '执行率（B/A）', score: '得分' },
      total: { label: '年度资金总额', init: m(450), budget: m(450), spent: m(450), weight: 10 },
      subs: [
        { label: '其中：财政拨款', init: m(450), budget: m(450), spent: m(450) },
        { label: '　　　其他资金', init: null, budget: null, spent: null },
      ],
      rateStyle: 'percent',
    },
    goals: {
      lead: '年度总体目标',
      heads: ['预期目标', '实际完成情况'],
      texts: ['落实各学段学生资助政策，资助家庭经济困难学生不少于3200人，资助资金按时足额发放。', '全年资助家庭经济困难学生3265人，资助资金450万元全部发放到位。'],
    },
    ind: {
      cols: ['l1', 'l2', 'l3', 'nature', 'target', 'unit', 'actual', 'weight', 'score', 'reason'],
      headers: {
        l1: '一级指标',
        l2: '二级指标',
        l3: '三级指标',
        nature: '指标\n性质',
        target: '年度指标值\n（A）',
        unit: '计量\n单位',
        actual: '实际完成值\n（B）',
        weight: '分值',
        score: '得分',
        reason: '未完成原因分析',
      },
      mode: 'carry',
      rows: [
        row(P, '数量指标', '资助家庭经济困难学生人数', 3200, 3265, 10, 'pos', { nature: '≥', unit: '人' }),
        row(P, '数量指标', '资助标准落实到位率', 100, 100, 10, 'eq', { nature: '=', unit: '%' }),
        row(P, '质量指标', '资助对象认定准确率', 98, 96, 10, 'pos', {
          nature: '≥',
          unit: '%',
          score: 9.8,
          reason: '个别学生家庭经济状况变化未及时复核，下一步建立动态复核机制。',
        }),
        row(P, '时效指标', '资助资金发放及时率', 100, 100, 5, 'pos', { nature: '≥', unit: '%' }),
        row(P, '成本指标', '资助资金拨付总额', 450, 450, 10, 'rev', { nature: '≤', unit: '万元' }),
        row(P, '成本指标', '政策宣传资料印制费用', 2.5, 3.1, 5, 'rev', { nature: '≤', unit: '万元' }),
        row(E, '社会效益指标', '因贫失学辍学情况', '有效防止', '未发生因贫失学辍学', 15, 'qual', { nature: '定性', score: 16 }),
        row(E, '可持续影响指标', '资助政策知晓率', 90, null, 15, 'pos', { nature: '≥', unit: '%', score: 15 }),
        row(S, '服务对象满意度指标', '受助学生及家长满意度', 90, 95, 10, 'pos', { nature: '≥', unit: '%' }),
      ],
    },
    total: { label: '合计', weight: 100 },
    grade: { label: '评价等次', value: '良' },
    footer: FOOTER,
  });
  cb.expect = { 'target-not-met': 2, 'missing-reason': 1, 'score-over-weight': 1, 'missing-value': 1, 'grade-mismatch': 1 };
  return cb;
}

function u03(): CaseBuilder {
  const cb = new CaseBuilder(
    'u03-project-ab-columns-c4.xlsx',
    '项目支出绩效自评表 at C4, funds columns 全年预算数（A）| 全年执行数（B）| 执行率（B/A）| 分值 | 得分 (rate before weight), 二级 text repeated on every row, section weights in text with full-width brackets, one declared section weight wrong.',
  );
  const sh = cb.sheet('自评表');
  sh.widths(3, [8, 12, 12, 22, 14, 18, 7, 7, 26]);
  selfEval(cb, sh, {
    template: 'project-self-eval',
    top: 4,
    left: 3,
    title: '项目支出绩效自评表',
    subtitle: '（2023年度）',
    info: [
      [['项目名称', 2], ['乡村道路养护补助资金', 7]],
      [['主管部门', 2], ['某某县交通运输局', 3], ['实施单位', 2], ['某某县公路养护中心', 2]],
    ],
    funds: {
      lead: '项目资金\n（万元）',
      cols: ['init', 'budget', 'spent', 'rate', 'weight', 'score'],
      headers: { init: '年初预算数', budget: '全年预算数（A）', spent: '全年执行数（B）', rate: '执行率（B/A）', weight: '分值', score: '得分' },
      total: { label: '年度资金总额', init: m(600), budget: m(640), spent: m(588.8), weight: 10, rate: '95.00%' },
      subs: [
        { label: '其中：当年财政拨款', init: m(600), budget: m(600), spent: m(560) },
        { label: '　　　上年结转资金', init: '—', budget: m(40), spent: m(28.8) },
        { label: '　　　其他资金', init: null, budget: null, spent: null },
      ],
    },
    goals: GOALS('完成农村公路日常养护850公里以上，改造危桥6座，优良路率不低于75%。', '完成日常养护862公里，改造危桥6座，优良路率78.6%。'),
    ind: {
      lead: '绩效指标',
      cols: IND9,
      headers: { ...NATIONAL_IND, target: '年度指标值', actual: '实际完成值', reason: '偏差原因分析及改进措施' },
      mode: 'merge',
      l2mode: 'repeat',
      sections: { [P]: '产出指标（50分）', [E]: '效益指标（20分）', [S]: '满意度指标（10分）' },
      rows: [
        row(P, '数量指标', '农村公路日常养护里程', '≥850公里', '862公里', 15, 'pos'),
        row(P, '数量指标', '危桥改造数量', '6座', '6座', 10, 'pos'),
        row(P, '质量指标', '养护路段优良路率', '≥75%', '78.6%', 10, 'pos'),
        row(P, '时效指标', '养护资金拨付及时性', '及时拨付', '按季度及时拨付', 5, 'qual'),
        row(P, '成本指标', '项目总成本', '≤640万元', '588.8万元', 10, 'rev'),
        row(E, '社会效益指标', '群众出行条件改善', '明显改善', '部分达成年度指标并具有一定效果', 10, 'qual', {
          score: 9,
          reason: '部分偏远路段养护频次不足，已纳入下年度养护计划。',
        }),
        row(E, '社会效益指标', '道路交通事故发生起数', '≤3次', '1次', 10, 'rev'),
        row(E, '可持续影响指标', '养护长效机制', '健全', '已健全', 10, 'qual'),
        row(S, '服务对象满意度指标', '沿线群众满意度', '≥85%', '91%', 10, 'pos'),
      ],
    },
    total: { label: '总分', weight: 100 },
    footer: FOOTER,
  });
  cb.expect = { 'rate-mismatch': 1, 'score-out-of-band': 1, 'weight-mismatch': 1 };
  return cb;
}

function u04(): CaseBuilder {
  const cb = new CaseBuilder(
    'u04-project-unit-column-sparse.xlsx',
    '项目支出绩效自评表 with 项目支出名称, a 计量单位 column beside 年度指标值, 一级/二级 carried down as blanks, a blank placeholder row, headers with line breaks, 自评等级 row; 执行率 typed as “9o%”.',
  );
  const sh = cb.sheet('项目支出绩效自评表');
  sh.widths(1, [8, 12, 12, 22, 12, 8, 12, 7, 7, 26]);
  selfEval(cb, sh, {
    template: 'project-self-eval',
    top: 3,
    left: 1,
    title: '项目支出绩效自评表\n（2023年度）',
    info: [
      [['项目支出\n名称', 2], ['基层医疗卫生机构能力提升经费', 8]],
      [['主管部门', 2], ['某某县卫生健康局', 3], ['实施单位', 2], ['某某县卫生健康局', 3]],
    ],
    funds: {
      lead: '项目资金\n（万元）',
      cols: ['init', 'budget', 'spent', 'weight', 'rate', 'score'],
      headers: { init: '年初\n预算数', budget: '全年\n预算数', spent: '全年\n执行数', weight: '分值', rate: '执行率', score: '得分' },
      total: { label: '年度资金总额', init: m(200), budget: m(200), spent: m(182.6), weight: 10, rate: '9o%' },
      subs: [
        { label: '其中：当年财政拨款', init: m(200), budget: m(200), spent: m(182.6) },
        { label: '　　　上年结转资金', init: 0, budget: 0, spent: 0 },
        { label: '　　　其他资金', init: 0, budget: 0, spent: 0 },
      ],
    },
    goals: GOALS('为乡镇卫生院配置医疗设备45台，培训基层医务人员600人，提升基层首诊率。', '配置设备45台，培训540人，开展巡回医疗13次，基层首诊率66%。'),
    ind: {
      lead: '绩效\n指标',
      cols: ['l1', 'l2', 'l3', 'target', 'unit', 'actual', 'weight', 'score', 'reason'],
      headers: { ...NATIONAL_IND, target: '年度指标值', unit: '计量单位', actual: '实际完成值' },
      mode: 'carry',
      rows: [
        row(P, '数量指标', '乡镇卫生院设备配置数量', 45, 45, 10, 'pos', { unit: '台' }),
        row(P, '数量指标', '基层医务人员培训人数', 600, 540, 10, 'pos', {
          unit: '人',
          reason: '部分集中培训改为线上开展，未计入完成数；下一步按季度补训。',
        }),
        row(P, '数量指标', '巡回医疗服务次数', 10, 13, 10, 'pos', { unit: '次', probeReason: true }),
        row(P, '质量指标', '设备验收合格率', 100, 100, 5, 'pos', { unit: '%' }),
        row(P, '时效指标', '项目完成及时率', 100, 100, 5, 'pos', { unit: '%', blankAfter: 1 }),
        row(P, '成本指标', '设备购置成本', 150, 138.6, 10, 'rev', { unit: '万元', probeReason: true }),
        row(E, '社会效益指标', '基层首诊率', '≥65', 66, 10, 'pos', { unit: '%' }),
        row(E, '社会效益指标', '群众就医便利度', '明显提升', '达成年度指标', 10, 'qual', { score: 8, reason: '偏远山区巡诊频次仍需提高。' }),
        row(E, '可持续影响指标', '基层服务能力', '持续提升', '持续提升', 10, 'qual'),
        row(S, '服务对象满意度指标', '就诊群众满意度', 90, 92.6, 10, 'pos', { unit: '%' }),
      ],
    },
    total: { label: '总分', weight: 100 },
    grade: { label: '自评等级' },
    footer: FOOTER,
  });
  cb.expect = { unparseable: 1, 'target-not-met': 1 };
  return cb;
}

function u05(): CaseBuilder {
  const cb = new CaseBuilder(
    'u05-dept-self-eval.xlsx',
    '部门整体支出绩效自评表 with 预算单位名称, funds 其中 rows 基本支出/项目支出 as numbers with thousands separators, ASCII “产出指标(50分)”, 评价等次 row.',
  );
  const sh = cb.sheet('整体支出自评表');
  sh.widths(2, [8, 12, 14, 22, 14, 18, 7, 7, 28]);
  selfEval(cb, sh, {
    template: 'dept-self-eval',
    top: 2,
    left: 2,
    title: '2023年度部门整体支出绩效自评表',
    info: [[['预算单位名称', 2], ['某某区市场监督管理局', 7]]],
    funds: {
      lead: '年度预算\n申请\n（万元）',
      cols: ['init', 'budget', 'spent', 'weight', 'rate', 'score'],
      headers: NATIONAL_FUNDS,
      total: { label: '年度资金总额', init: m(1520), budget: m(1608.4), spent: m(1571.2), weight: 10 },
      subs: [
        { label: '其中：基本支出', init: m(1100), budget: m(1138.4), spent: m(1138.4) },
        { label: '　　　项目支出', init: m(420), budget: m(470), spent: m(442.8) },
      ],
    },
    goals: GOALS('完成“双随机”抽查市场主体1200户，食品安全抽检800个样品，投诉举报按时办结率98%以上。', '抽查1235户，抽检1100个样品，按时办结率99.2%。'),
    ind: {
      lead: '绩效指标',
      cols: IND9,
      headers: NATIONAL_IND,
      mode: 'merge',
      sections: { [P]: '产出指标(50分)', [E]: '效益指标(30分)', [S]: '满意度指标(10分)' },
      rows: [
        row(P, '数量指标', '“双随机”抽查市场主体数', '≥1200户', '1235户', 10, 'pos'),
        row(P, '数量指标', '食品安全监督抽检样品数', '≥800个', '1100个', 10, 'pos', {
          reason: '年中承接省级专项抽检任务，年初指标值设定偏低，下年度据实调整。',
        }),
        row(P, '质量指标', '不合格食品核查处置率', '=100%', '100%', 10, 'eq'),
        row(P, '时效指标', '投诉举报按时办结率', '≥98%', '99.2%', 10, 'pos'),
        row(P, '成本指标', '日常公用经费', '≤260万元', '251.6万元', 10, 'rev'),
        row(E, '社会效益指标', '重大食品安全事故', '不发生', '未发生', 10, 'qual'),
        row(E, '经济效益指标', '新登记市场主体增长率', '≥5%', '6.3%', 10, 'pos'),
        row(E, '可持续影响指标', '信用监管体系建设', '持续完善', '基本完善，信用信息归集尚不完整', 10, 'qual', {
          score: -2,
          reason: '信用信息归集不完整，按规定扣2分。',
        }),
        row(S, '服务对象满意度指标', '市场主体满意度', '≥90%', '94%', 10, 'pos'),
      ],
    },
    total: { label: '总分', weight: 100 },
    grade: { label: '评价等次' },
    footer: FOOTER,
  });
  cb.expect = { 'total-mismatch': 1, 'target-far-exceeded': 1, 'score-out-of-band': 1 };
  return cb;
}

function u06(): CaseBuilder {
  const cb = new CaseBuilder(
    'u06-dept-self-eval-a1-reason-column.xlsx',
    '部门（单位）整体支出绩效自评表 at A1, 单位名称 and 填报日期 on one row, funds block with its own “执行率偏低原因” column, 一级 carried down, 二级 merged, no section weights, thousands separators in indicator values, 自评等级 row.',
  );
  const sh = cb.sheet('自评表');
  sh.widths(1, [6, 12, 14, 22, 14, 18, 7, 7, 24]);
  selfEval(cb, sh, {
    template: 'dept-self-eval',
    top: 1,
    left: 1,
    title: '部门（单位）整体支出绩效自评表（2023年度）',
    info: [[['单位名称', 2], ['某某县退役军人事务局', 4], ['填报日期', 1], ['2024年3月', 2]]],
    funds: {
      lead: '资金情况\n（万元）',
      cols: ['init', 'budget', 'spent', 'weight', 'rate', 'score', 'reason'],
      headers: { ...NATIONAL_FUNDS, reason: '执行率偏低原因' },
      total: { label: '年度资金总额', init: m(860), budget: m(926), spent: m(787.1), weight: 10, reason: '' },
      subs: [
        { label: '当年财政拨款', init: m(800), budget: m(866), spent: m(740.3) },
        { label: '上年结转资金', init: m(60), budget: m(60), spent: m(46.8) },
        { label: '其他资金', init: '—', budget: '—', spent: '—' },
      ],
    },
    goals: GOALS('保障优抚对象抚恤补助按月足额发放，走访慰问困难退役军人300户以上。', '发放优抚补助2168人，走访慰问288户。'),
    ind: {
      lead: '绩效\n指标',
      cols: IND9,
      headers: { ...NATIONAL_IND, reason: '偏差原因分析' },
      mode: 'carry',
      l2mode: 'merge',
      rows: [
        row(P, '数量指标', '优抚对象补助发放人数', '≥2,150人', '2,168人', 10, 'pos'),
        row(P, '数量指标', '走访慰问困难退役军人户数', '≥300户', '288户', 10, 'pos', {
          score: 8,
          reason: '部分对象外出务工未能走访，下一步结合节日补访。',
        }),
        row(P, '质量指标', '抚恤补助金发放准确率', '100%', '100%', 10, 'pos'),
        row(P, '时效指标', '补助资金按月发放', '按月足额发放', '按月足额发放', 10, 'qual'),
        row(P, '成本指标', '优抚补助标准执行', '按国家标准执行', '按标准执行', 10, 'qual'),
        row(E, '社会效益指标', '退役军人合法权益保障', '有效保障', '达成年度指标', 15, 'qual'),
        row(E, '可持续影响指标', '服务保障体系建设', '持续健全', '部分达成年度指标并具有一定效果', 15, 'qual', {
          score: 6,
          reason: '镇村两级服务站标准化建设滞后。',
        }),
        row(S, '服务对象满意度指标', '服务对象满意度', '≥95%', null, 10, 'pos', { score: 10 }),
      ],
    },
    total: { label: '总分', weight: 100 },
    grade: { label: '自评等级', value: '优' },
    footer: FOOTER,
  });
  cb.expect = { 'missing-reason': 1, 'score-mismatch': 1, 'target-not-met': 1, 'score-out-of-band': 1, 'missing-value': 1, 'grade-mismatch': 1 };
  return cb;
}

function u07(): CaseBuilder {
  const cb = new CaseBuilder(
    'u07-two-projects-one-sheet.xlsx',
    'Two 项目支出绩效自评表 stacked on one sheet (one table per 一级项目), section weights 50/30/10 in the first and 40/40/10 in the second; a reverse cost indicator over its cap, a qualitative deduction without reason, a wrong 总分.',
  );
  const sh = cb.sheet('项目自评');
  sh.widths(1, [8, 12, 14, 22, 16, 18, 7, 7, 28]);
  const common = (top: number): Omit<SelfEvalSpec, 'info' | 'funds' | 'ind' | 'total' | 'goals'> => ({
    template: 'project-self-eval',
    top,
    left: 1,
    title: '项目支出绩效自评表',
    subtitle: '（2023年度）',
    footer: FOOTER,
  });
  const first = selfEval(cb, sh, {
    ...common(2),
    info: [
      [['项目名称', 2], ['农业技术推广服务经费', 7]],
      [['主管部门', 2], ['某某县农业农村局', 3], ['实施单位', 2], ['某某县农业技术推广中心', 2]],
    ],
    funds: {
      lead: '项目资金\n（万元）',
      cols: ['init', 'budget', 'spent', 'weight', 'rate', 'score'],
      headers: NATIONAL_FUNDS,
      total: { label: '年度资金总额', init: m(128), budget: m(128), spent: m(120.32), weight: 10 },
      subs: [
        { label: '其中：当年财政拨款', init: m(128), budget: m(128), spent: m(120.32) },
        { label: '　　　上年结转资金', init: null, budget: null, spent: null },
        { label: '　　　其他资金', init: null, budget: null, spent: null },
      ],
    },
    goals: GOALS('示范推广新品种新技术15项以上，培训农民1500人以上。', '示范推广16项，培训农民1620人。'),
    ind: {
      lead: '绩效指标',
      cols: IND9,
      headers: NATIONAL_IND,
      mode: 'merge',
      sections: { [P]: '产出指标（50分）', [E]: '效益指标（30分）', [S]: '满意度指标（10分）' },
      rows: [
        row(P, '数量指标', '示范推广新品种新技术', '≥15项', '16项', 10, 'pos'),
        row(P, '数量指标', '培训农民人数', '≥1500人', '1620人', 10, 'pos'),
        row(P, '质量指标', '示范基地建设达标率', '≥95%', '100%', 10, 'pos'),
        row(P, '时效指标', '技术服务及时性', '农时季节及时开展', '按农时完成', 10, 'qual'),
        row(P, '成本指标', '示范点物化补贴成本', '≤50万元', '56万元', 10, 'rev', {
          score: 10,
          reason: '新增两个示范点，物化补贴超出计划，已报批调整。',
        }),
        row(E, '经济效益指标', '示范区主要作物增产率', '≥5%', '6.2%', 10, 'pos'),
        row(E, '社会效益指标', '农业主推技术到位率', '≥90%', '93%', 10, 'pos'),
        row(E, '可持续影响指标', '基层农技推广体系运行', '持续有效', '达成年度指标', 10, 'qual'),
        row(S, '服务对象满意度指标', '农户满意度', '≥90%', '95%', 10, 'pos'),
      ],
    },
    total: { label: '总分', weight: 100 },
  });
  selfEval(cb, sh, {
    ...common(first.next + 3),
    info: [
      [['项目名称', 2], ['动物防疫补助经费', 7]],
      [['主管部门', 2], ['某某县农业农村局', 3], ['实施单位', 2], ['某某县动物疫病预防控制中心', 2]],
    ],
    funds: {
      lead: '项目资金\n（万元）',
      cols: ['init', 'budget', 'spent', 'weight', 'rate', 'score'],
      headers: NATIONAL_FUNDS,
      total: { label: '年度资金总额', init: m(95), budget: m(95), spent: m(95), weight: 10 },
      subs: [
        { label: '其中：当年财政拨款', init: m(80), budget: m(80), spent: m(80) },
        { label: '　　　上年结转资金', init: m(15), budget: m(15), spent: m(15) },
        { label: '　　　其他资金', init: null, budget: null, spent: null },
      ],
    },
    goals: GOALS('完成春秋两季重大动物疫病强制免疫，免疫密度90%以上。', '免疫密度96.5%，全年未发生区域性重大动物疫情。'),
    ind: {
      lead: '绩效指标',
      cols: IND9,
      headers: NATIONAL_IND,
      mode: 'merge',
      sections: { [P]: '产出指标（40分）', [E]: '效益指标（40分）', [S]: '满意度指标（10分）' },
      rows: [
        row(P, '数量指标', '重大动物疫病免疫密度', '≥90%', '96.5%', 10, 'pos'),
        row(P, '数量指标', '规模养殖场监测覆盖数', '≥120家', '126家', 10, 'pos'),
        row(P, '质量指标', '免疫抗体合格率', '≥70%', '85%', 10, 'pos'),
        row(P, '时效指标', '春秋两季集中免疫完成时限', '按期完成', '按期完成', 10, 'qual'),
        row(E, '社会效益指标', '区域性重大动物疫情', '不发生', '未发生', 15, 'qual'),
        row(E, '可持续影响指标', '基层防疫体系运行情况', '运行良好', '基本正常运行，村级防疫员队伍不稳定', 15, 'qual', { score: 12 }),
        row(E, '经济效益指标', '养殖户因疫病损失', '明显减少', '明显减少', 10, 'qual'),
        row(S, '服务对象满意度指标', '养殖户满意度', '≥90%', '92%', 10, 'pos'),
      ],
    },
    total: { label: '总分', weight: 100, score: 99 },
  });
  cb.expect = { 'target-not-met': 1, 'score-mismatch': 1, 'missing-reason': 1, 'total-mismatch': 1 };
  return cb;
}

// ---------------------------------------------------------------------------
// Basic data tables

function u08(): CaseBuilder {
  const cb = new CaseBuilder(
    'u08-basic-data-columns.xlsx',
    '部门整体支出绩效评价基础数据表 with 项目 | 上年决算数 | 本年预算数 | 本年决算数, numbered 三公 items with 其中 lines, 项目支出 items, 公用经费 其中 lines, 政府采购金额, 楼堂馆所 block with 规模控制率 and 投资概算控制率.',
  );
  const sh = cb.sheet('附件1 基础数据表');
  sh.widths(2, [30, 12, 12, 12, 12, 12, 14]);
  const L = 2;
  sh.span(2, L, 7, '2023年度部门整体支出绩效评价基础数据表', { bold: true, center: true, size: 15 });
  sh.span(3, L, 4, '填报单位：某某县自然资源局');
  sh.span(3, L + 5, 2, '金额单位：万元');
  // people
  sh.set(4, L, '财政供养人员情况（人）', { center: true });
  sh.set(4, L + 1, '编制数', { center: true });
  sh.set(4, L + 2, '本年实际在职人数', { center: true });
  sh.set(4, L + 3, '控制率', { center: true });
  sh.set(5, L, null);
  const staff = sh.set(5, L + 1, 48);
  const inPost = sh.set(5, L + 2, 45);
  const ctrl = sh.set(5, L + 3, '93.75%');
  cb.check('rate-mismatch', sh, ctrl, { op: 'ratio', num: inPost, den: staff, reported: ctrl }, '在职人员控制率');
  // money
  sh.set(6, L, '经费控制情况（万元）', { center: true });
  ['上年决算数', '本年预算数', '本年决算数'].forEach((h, i) => sh.set(6, L + 1 + i, h, { center: true }));
  type R = [string, CellV, CellV, CellV];
  const rows: R[] = [
    ['三公经费', m(8.6), m(7.5), m(8.25)], // 7
    ['1．公务用车购置及运行维护费', m(6.2), m(5.5), m(5.2)], // 8
    ['　其中：公务用车购置费', m(0), m(0), m(0)], // 9
    ['　　　　公务用车运行维护费', m(6.2), m(5.5), m(5.2)], // 10
    ['2．因公出国（境）费', m(0), m(0), m(1.3)], // 11
    ['3．公务接待费', m(2.4), m(2), m(1.75)], // 12
    ['项目支出', m(1260), m(1380), m(1302.56)], // 13
    ['1、不动产登记专项经费', m(460), m(520), m(498.3)], // 14
    ['2、国土空间规划编制经费', m(800), m(860), m(804.26)], // 15
    ['公用经费', m(96.4), m(92), m(88.35)], // 16
    ['其中：办公经费', m(30.2), m(28), m(261)], // 17
    ['　　　水费、电费、差旅费', m(25.6), m(24), m(22.45)], // 18
    ['　　　会议费、培训费', m(8.3), m(9), m(6.35)], // 19
    ['政府采购金额', m(320.5), m(300), '286..40'], // 20
    ['部门基本支出预算调整', '—', '—', '—'], // 21
  ];
  rows.forEach((rw, i) => rw.forEach((v, j) => sh.set(7 + i, L + j, v)));
  const c = (r: number, j: number) => `${String.fromCharCode(64 + L + j)}${r}`;
  for (const j of [1, 2, 3]) {
    const h = ['', '上年决算数', '本年预算数', '本年决算数'][j];
    cb.check('total-mismatch', sh, c(7, j), { op: 'sum', parts: [c(8, j), c(11, j), c(12, j)], total: c(7, j) }, `三公经费 ${h} = 1+2+3`);
    cb.check('total-mismatch', sh, c(8, j), { op: 'partial', parts: [c(9, j), c(10, j)], total: c(8, j) }, `公务用车 ${h} ≥ 其中`);
    cb.check('total-mismatch', sh, c(13, j), { op: 'sum', parts: [c(14, j), c(15, j)], total: c(13, j) }, `项目支出 ${h} = 1+2`);
    cb.check('total-mismatch', sh, c(16, j), { op: 'partial', parts: [c(17, j), c(18, j), c(19, j)], total: c(16, j) }, `公用经费 ${h} ≥ 其中`);
    for (let r = 7; r <= 20; r++) cb.check('unparseable', sh, c(r, j), { op: 'unparseable', cell: c(r, j) }, `${rows[r - 7][0]} ${h}`, true);
  }
  for (let r = 7; r <= 20; r++)
    cb.check('spent-without-budget', sh, c(r, 3), { op: 'spent', budget: c(r, 2), spent: c(r, 3) }, `${rows[r - 7][0]} 本年决算数 against 本年预算数`);
  // 楼堂馆所
  const hb = 22;
  ['楼堂馆所控制情况\n（2023年完工项目）', '批复规模\n（m²）', '实际规模\n（m²）', '规模控制率', '预算投资\n（万元）', '实际投资\n（万元）', '投资概算\n控制率'].forEach((h, i) =>
    sh.set(hb, L + i, h, { center: true }),
  );
  const lt = ['业务用房维修改造', '1,200', '1,180', '98.33%', m(350), m(341.25), '97.50%'];
  lt.forEach((v, i) => sh.set(hb + 1, L + i, v));
  cb.check('rate-mismatch', sh, c(hb + 1, 3), { op: 'ratio', num: c(hb + 1, 2), den: c(hb + 1, 1), reported: c(hb + 1, 3) }, '规模控制率');
  cb.check('rate-mismatch', sh, c(hb + 1, 6), { op: 'ratio', num: c(hb + 1, 5), den: c(hb + 1, 4), reported: c(hb + 1, 6) }, '投资概算控制率');
  sh.set(hb + 2, L, '厉行节约保障措施');
  sh.span(hb + 2, L + 1, 6, '严格执行公务接待、会议、培训等经费管理规定，压减一般性支出。');
  sh.border(4, L, hb + 2, L + 6);
  sh.span(hb + 4, L, 7, '说明：“项目支出”填报基本支出以外的全部项目支出，“公用经费”填报基本支出中的商品和服务支出。');
  cb.table(sh, 'dept-basic-data', `B2:H${hb + 2}`);
  cb.expect = { 'spent-without-budget': 1, 'total-mismatch': 1, unparseable: 1 };
  return cb;
}

function u09(): CaseBuilder {
  const cb = new CaseBuilder(
    'u09-basic-data-vertical.xlsx',
    '部门整体支出绩效评价基础数据表 as a vertical list 序号 | 指标名称 | 计量单位 | 数值 | 备注, one figure per line, rates as text, sections 一、二、三、四.',
  );
  const sh = cb.sheet('基础数据');
  sh.widths(2, [6, 30, 10, 14, 20]);
  const L = 2;
  sh.span(3, L, 5, '部门整体支出绩效评价基础数据表（2023年度）', { bold: true, center: true, size: 14 });
  sh.span(4, L, 5, '填报单位：某市城市管理局');
  ['序号', '指标名称', '计量单位', '数值', '备注'].forEach((h, i) => sh.set(5, L + i, h, { center: true, bold: true }));
  type Item = [string | number, string, string, CellV] | [string];
  const items: Item[] = [
    ['一、人员情况'],
    [1, '编制数', '人', 126],
    [2, '实际在职人数', '人', 131],
    [3, '在职人员控制率', '%', '96.18%'],
    ['二、经费控制情况'],
    [4, '“三公”经费预算数', '万元', m(12)],
    [5, '“三公”经费决算数', '万元', m(10.86)],
    [6, '“三公”经费控制率', '%', '90.50%'],
    [7, '上年“三公”经费决算数', '万元', m(11.2)],
    [8, '“三公”经费变动率', '%', '-3.04%'],
    [9, '公务接待费预算数', '万元', m(0)],
    [10, '公务接待费决算数', '万元', m(0.68)],
    [11, '公用经费调整预算数', '万元', m(185)],
    [12, '公用经费决算数', '万元', m(176.12)],
    [13, '公用经费控制率', '%', '95.20%'],
    [14, '政府采购预算数', '万元', m(640)],
    [15, '实际政府采购金额', '万元', m(598.4)],
    [16, '政府采购执行率', '%', '93.50%'],
    ['三、资产情况'],
    [17, '固定资产总额', '万元', m(2356.8)],
    [18, '在用固定资产总额', '万元', m(2297.88)],
    [19, '固定资产利用率', '%', '97.50%'],
    ['四、楼堂馆所控制情况'],
    [20, '批复建设规模', 'm²', '2,400'],
    [21, '实际建设规模', 'm²', '2,460'],
    [22, '规模控制率', '%', '102.50%'],
    [23, '批复投资概算', '万元', m(980)],
    [24, '实际完成投资', '万元', m(1001.56)],
    [25, '投资概算控制率', '%', '102.20%'],
  ];
  const at: Record<number, string> = {};
  let r = 6;
  for (const it of items) {
    if (it.length === 1) {
      sh.span(r, L, 5, it[0], { bold: true });
    } else {
      sh.set(r, L, it[0], { center: true });
      sh.set(r, L + 1, it[1]);
      sh.set(r, L + 2, it[2], { center: true });
      at[it[0] as number] = sh.set(r, L + 3, it[3]);
      sh.set(r, L + 4, null);
    }
    r++;
  }
  sh.border(5, L, r - 1, L + 4);
  const ratio = (rep: number, num: number, den: number, label: string) =>
    cb.check('rate-mismatch', sh, at[rep], { op: 'ratio', num: at[num], den: at[den], reported: at[rep] }, label);
  ratio(3, 2, 1, '在职人员控制率 = 实际在职人数/编制数');
  ratio(6, 5, 4, '“三公”经费控制率');
  ratio(13, 12, 11, '公用经费控制率');
  ratio(16, 15, 14, '政府采购执行率');
  ratio(19, 18, 17, '固定资产利用率');
  ratio(22, 21, 20, '规模控制率');
  ratio(25, 24, 23, '投资概算控制率');
  cb.check('rate-mismatch', sh, at[8], { op: 'change', now: at[5], prev: at[7], reported: at[8] }, '“三公”经费变动率');
  cb.check('spent-without-budget', sh, at[5], { op: 'spent', budget: at[4], spent: at[5] }, '“三公”经费决算数 against 预算数');
  cb.check('spent-without-budget', sh, at[10], { op: 'spent', budget: at[9], spent: at[10] }, '公务接待费决算数 against 预算数');
  cb.table(sh, 'dept-basic-data', `B3:F${r - 1}`);
  cb.expect = { 'rate-mismatch': 1, 'spent-without-budget': 1 };
  return cb;
}

// ---------------------------------------------------------------------------
// Indicator scoring tables

const leaf = (label: string, w: number, s: CellV, more: Partial<SNode> = {}): SNode => ({ label, w, s, ...more });

function u10(): CaseBuilder {
  const cb = new CaseBuilder(
    'u10-scoring-merged-weight-columns.xlsx',
    '指标评分表 with 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 评分标准 | 得分 | 扣分原因, weights in their own merged columns, 合计 under the 一级 分值 column, 评价等次 row.',
  );
  const sh = cb.sheet('评分表');
  sh.widths(1, [10, 6, 12, 6, 22, 6, 36, 7, 24]);
  const crit = '以100%为标准，每低1个百分点扣0.1分，扣完为止';
  scoring(cb, sh, {
    top: 2,
    left: 1,
    title: '某市教育局2023年度部门整体支出绩效评价指标评分表',
    layout: 'grid',
    levels: [
      ['一级指标', '分值', null],
      ['二级指标', '分值', null],
    ],
    leaf: { label: '三级指标', weight: '分值', crit: '评分标准', score: '得分', reason: '扣分原因' },
    tree: [
      {
        label: '决策',
        w: 15,
        kids: [
          { label: '目标设定', w: 6, kids: [leaf('绩效目标合理性', 3, 3, { crit: '目标依据充分、符合实际得满分' }), leaf('绩效指标明确性', 3, 2.5, { crit: '指标清晰、细化、可衡量得满分', reason: '部分指标未细化量化' })] },
          {
            label: '预算配置',
            w: 9,
            kids: [leaf('在职人员控制率', 3, 3, { crit: '控制率≤100%得满分' }), leaf('“三公经费”变动率', 3, 3, { crit: '变动率≤0得满分' }), leaf('重点支出安排率', 3, 3, { crit: '≥90%得满分' })],
          },
        ],
      },
      {
        label: '过程',
        w: 35,
        kids: [
          {
            label: '预算执行',
            w: 15,
            kids: [
              leaf('预算完成率', 5, 5, { crit }),
              leaf('预算调整率', 5, 4, { crit: '调整率每超过5个百分点扣1分', reason: '年中追加预算比例较高' }),
              leaf('支出进度率', 5, 4.5, { crit: '按季度序时进度考核', reason: '一季度支出进度偏慢' }),
            ],
          },
          {
            label: '预算管理',
            w: 10,
            kids: [
              leaf('公用经费控制率', 4, 4, { crit: '控制率≤100%得满分' }),
              leaf('管理制度健全性', 4, 4, { crit: '制度健全并有效执行得满分' }),
              leaf('资金使用合规性', 4, 3.5, { crit: '发现一处不合规扣0.5分', reason: '个别支出凭证附件不全' }),
            ],
          },
          { label: '资产管理', w: 8, kids: [leaf('资产管理安全性', 4, 4, { crit: '账实相符、处置规范得满分' }), leaf('固定资产利用率', 4, 4.5, { crit: '利用率≥90%得满分' })] },
        ],
      },
      {
        label: '产出',
        w: 30,
        kids: [
          {
            label: '职责履行',
            w: 30,
            kids: [
              leaf('实际完成率', 8, 8, { crit }),
              leaf('完成及时率', 7, 7, { crit }),
              leaf('质量达标率', 8, 7.5, { crit, reason: '部分学校验收整改后达标' }),
              leaf('重点工作办结率', 7, 7, { crit }),
            ],
          },
        ],
      },
      {
        label: '效果',
        w: 20,
        kids: [
          {
            label: '履职效益',
            w: 16,
            kids: [
              leaf('经济效益', 4, 4, { crit: '对照年度目标酌情评分' }),
              leaf('社会效益', 6, 5.5, { crit: '对照年度目标酌情评分', reason: '城乡教育资源配置仍不均衡' }),
              leaf('生态效益', 2, 2, { crit: '对照年度目标酌情评分' }),
              leaf('可持续影响', 4, 3.5, { crit: '对照年度目标酌情评分', reason: '长效投入机制尚不完善' }),
            ],
          },
          { label: '满意度', w: 4, kids: [leaf('社会公众或服务对象满意度', 4, 4, { crit: '满意度≥90%得满分' })] },
        ],
      },
    ],
    total: { label: '合计', weight: 100, score: 94.5, weightUnder: 'first' },
    grade: { label: '评价等次' },
  });
  cb.expect = { 'weight-mismatch': 1, 'score-over-weight': 1, 'total-mismatch': 1 };
  return cb;
}

function u11(): CaseBuilder {
  const cb = new CaseBuilder(
    'u11-scoring-outline-and-summary.xlsx',
    'Third-party 评价得分表 in outline form (一、/（一）/1. rows, each parent carrying its own 分值 and subtotal 得分, 得分率 column on every row) plus a one-level 评价得分汇总表 with 等次 on a second sheet.',
  );
  const sh = cb.sheet('评价得分明细');
  sh.widths(2, [6, 30, 8, 40, 8, 10]);
  scoring(cb, sh, {
    top: 3,
    left: 2,
    title: '部门整体支出绩效评价得分表',
    subtitle: '被评价单位：某某县水务局　　　　评价机构：某某会计师事务所',
    layout: 'outline',
    leaf: { seq: '序号', label: '评价指标', weight: '分值', crit: '评分依据', score: '得分', rate: '得分率' },
    tree: [
      {
        label: '一、投入',
        w: 20,
        kids: [
          { label: '（一）目标设定', w: 8, kids: [leaf('绩效目标合理性', 4, 4), leaf('绩效指标明确性', 4, 3, { crit: '个别指标不可衡量，扣1分' })] },
          { label: '（二）预算配置', w: 12, kids: [leaf('在职人员控制率', 6, 6), leaf('重点支出安排率', 6, 5, { crit: '重点支出安排率85%，扣1分' })] },
        ],
      },
      {
        label: '二、过程',
        w: 50,
        kids: [
          { label: '（三）预算执行', w: 20, kids: [leaf('预算完成率', 10, 9, { crit: '完成率95.2%，扣1分' }), leaf('预算调整率', 10, 10)] },
          {
            label: '（四）预算管理',
            w: 20,
            s: 20,
            kids: [
              leaf('公用经费控制率', 5, 5),
              leaf('“三公”经费控制率', 5, 4, { crit: '控制率101.3%，扣1分' }),
              leaf('管理制度健全性', 5, 5),
              leaf('资金使用合规性', 5, 4, { crit: '存在无合同付款1笔，扣1分' }),
            ],
          },
          { label: '（五）资产管理', w: 10, kids: [leaf('资产管理安全性', 5, 5), leaf('固定资产利用率', 5, 4, { crit: '利用率82%，扣1分' })] },
        ],
      },
      {
        label: '三、产出及效益',
        w: 30,
        kids: [
          { label: '（六）职责履行', w: 10, kids: [leaf('实际完成率', 5, 5), leaf('完成及时率', 5, 4, { crit: '2项工作延期，扣1分' })] },
          {
            label: '（七）履职效益',
            w: 20,
            rate: '85.00%',
            kids: [leaf('社会效益', 8, 7, { crit: '供水保障仍有短板，扣1分' }), leaf('可持续影响', 6, 6), leaf('服务对象满意度', 6, 5, { crit: '满意度88%，扣1分' })],
          },
        ],
      },
    ],
    total: { label: '合计', weight: 100 },
    grade: { label: '评价等次' },
  });
  const sum = cb.sheet('得分汇总');
  sum.widths(2, [16, 10, 10, 10]);
  scoring(cb, sum, {
    top: 2,
    left: 2,
    title: '评价得分汇总表',
    layout: 'grid',
    levels: [],
    leaf: { label: '一级指标', weight: '权重分', score: '得分', rate: '得分率' },
    tree: [leaf('投入', 20, 18), leaf('过程', 50, 48), leaf('产出及效益', 30, 27)],
    total: { label: '合计', weight: 100 },
    grade: { label: '评价等次', value: '良' },
    footer: '评价结果：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。',
  });
  cb.expect = { 'total-mismatch': 1, 'rate-mismatch': 1, 'grade-mismatch': 1 };
  return cb;
}

function u12(): CaseBuilder {
  const cb = new CaseBuilder(
    'u12-scoring-label-weights.xlsx',
    '指标评分表 with weights only inside the labels (“A 决策（12）”, “B5 采购管理（4）”), columns 一级指标 | 二级指标 | 三级指标 | 分值 | 指标解释 | 得分, one declared 二级 weight wrong and one score typed “2..8”.',
  );
  const sh = cb.sheet('指标评分');
  sh.widths(2, [14, 18, 22, 30, 7, 7]);
  const ex = '对照评价标准评分';
  const t12 = scoring(cb, sh, {
    top: 4,
    left: 2,
    title: '某某县水利局部门整体支出绩效评价指标评分表',
    layout: 'grid',
    levels: [
      ['一级指标', null, null],
      ['二级指标', null, null],
    ],
    leaf: { label: '三级指标', crit: '指标解释', weight: '分值', score: '得分' },
    tree: [
      {
        label: 'A 决策（12）',
        kids: [
          { label: 'A1 目标设定（6）', kids: [leaf('绩效目标合理性', 3, 3, { crit: ex }), leaf('绩效指标明确性', 3, 3, { crit: ex })] },
          { label: 'A2 预算配置（6）', kids: [leaf('在职人员控制率', 2, 2, { crit: ex }), leaf('“三公经费”变动率', 2, 2, { crit: ex }), leaf('重点支出安排率', 2, 1.5, { crit: ex })] },
        ],
      },
      {
        label: 'B 管理（28）',
        kids: [
          { label: 'B1 资金投入（6）', kids: [leaf('预算完成率', 2, 2, { crit: ex }), leaf('预算调整率', 2, 1, { crit: ex }), leaf('结转结余率', 2, 2, { crit: ex })] },
          { label: 'B2 财务管理（8）', kids: [leaf('资金使用合规性', 3, 3, { crit: ex }), leaf('管理制度健全性', 3, 3, { crit: ex }), leaf('预决算信息公开', 2, 2, { crit: ex })] },
          { label: 'B3 资产管理（6）', kids: [leaf('资产管理安全性', 3, 3, { crit: ex }), leaf('固定资产利用率', 3, '2..8', { crit: ex })] },
          { label: 'B4 人员管理（4）', kids: [leaf('人员管理制度健全性', 2, 2, { crit: ex }), leaf('编外人员控制率', 2, 2, { crit: ex })] },
          { label: 'B5 采购管理（4）', kids: [leaf('政府采购规范性', 2, 2, { crit: ex }), leaf('政府采购执行率', 3, 3, { crit: ex })] },
        ],
      },
      {
        label: 'C 履职效能（30）',
        kids: [
          {
            label: 'C1 重点工作完成（18）',
            kids: [leaf('河道整治完成率', 6, 6, { crit: ex }), leaf('水利工程建设任务完成率', 6, 5.5, { crit: ex }), leaf('防汛物资储备到位率', 6, 6, { crit: ex })],
          },
          { label: 'C2 工作质量（12）', kids: [leaf('工程验收合格率', 6, 6, { crit: ex }), leaf('农村供水水质达标率', 6, 5, { crit: ex })] },
        ],
      },
      {
        label: 'D 履职效益（30）',
        kids: [
          { label: 'D1 社会效益（12）', kids: [leaf('防洪减灾能力提升', 6, 6, { crit: ex }), leaf('农村供水保障水平', 6, 5, { crit: ex })] },
          { label: 'D2 生态效益（8）', kids: [leaf('水土流失综合治理', 8, 7, { crit: ex })] },
          { label: 'D3 可持续影响（4）', kids: [leaf('工程长效管护机制', 4, 4, { crit: ex })] },
          { label: 'D4 满意度（6）', kids: [leaf('群众满意度', 6, 5.5, { crit: ex })] },
        ],
      },
    ],
    total: { label: '合计', weight: 100, score: 95.3 },
    grade: { label: '等次' },
  });
  cb.correct(sh, t12.total.score, '合计 95.3 cannot be checked: one of its parts (“2..8”) is unparseable, and an unreadable number is never a silent zero');
  cb.expect = { 'weight-mismatch': 1, unparseable: 1 };
  return cb;
}

// ---------------------------------------------------------------------------
// Budget tables

function u13(): CaseBuilder {
  const cb = new CaseBuilder(
    'u13-budget-income-expense.xlsx',
    '收入预决算情况表 and 支出预决算情况表 stacked on one sheet: 项目 | 年初预算数 | 调整预算数 | 决算数 | 完成率, numbered 一、/（一）/1. rows with 其中 lines, amounts as text with thousands separators in one table and formatted numbers in the other, “—” cells.',
  );
  const sh = cb.sheet('收支预决算');
  sh.widths(1, [34, 14, 14, 14, 10]);
  const H = ['年初预算数', '调整预算数', '决算数', '完成率'];
  const inc = budget(cb, sh, {
    top: 2,
    left: 1,
    title: '2023年度某市生态环境局收入预决算情况表',
    unitNote: '单位：万元',
    labelHeader: '项　　目',
    headers: H,
    sumCols: [0, 1, 2],
    rates: [{ col: 3, num: 2, den: 1 }],
    spent: { budget: 1, spent: 2 },
    rows: [
      { label: '一、一般公共预算财政拨款收入', vals: ['3,256.40', '3,618.75', '3,598.12', undefined], parent: 4 },
      { label: '二、政府性基金预算财政拨款收入', vals: ['—', '120.00', '120.00', undefined], parent: 4 },
      { label: '三、事业收入', vals: ['45.00', '45.00', '38.60', '87.58%'], parent: 4 },
      { label: '四、其他收入', vals: ['12.00', '12.00', '15.30', undefined], parent: 4 },
      { label: '本年收入合计', vals: ['3,313.40', '3,795.75', '3,772.02', undefined], parent: 6 },
      { label: '年初结转和结余', vals: ['180.26', '180.26', '180.26', undefined], parent: 6 },
      { label: '收入总计', vals: ['3,493.66', '3,976.01', '3,952.28', undefined] },
    ],
  });
  budget(cb, sh, {
    top: inc.next + 2,
    left: 1,
    title: '2023年度某市生态环境局支出预决算情况表',
    unitNote: '单位：万元',
    labelHeader: '项　　目',
    headers: H,
    sumCols: [0, 1, 2],
    rates: [{ col: 3, num: 2, den: 1 }],
    spent: { budget: 1, spent: 2 },
    rows: [
      { label: '一、基本支出', vals: [m(1286.5), m(1342.8), m(1330.46)], parent: 12 }, // 0
      { label: '（一）人员经费', vals: [m(1102.3), m(1160.2), m(1160.2)], parent: 0 }, // 1
      { label: '（二）公用经费', vals: [m(184.2), m(182.6), m(170.26)], parent: 0 }, // 2
      { label: '　　其中：办公费', vals: [m(32), m(30.5), m(28.76)], parent: 2, partial: true }, // 3
      { label: '　　　　　差旅费', vals: [m(18), m(16), m(12.35)], parent: 2, partial: true }, // 4
      { label: '二、项目支出', vals: [m(2026.9), m(2633.21), m(2595.16)], parent: 12 }, // 5
      { label: '（一）污染防治攻坚专项', vals: [m(1280), m(1626.4), m(1602.15)], parent: 5 }, // 6
      { label: '　1.大气污染防治', vals: [m(620), m(746.4), m(745.8)], parent: 6 }, // 7
      { label: '　2.水污染防治', vals: [m(560), m(780), m(774.35)], parent: 6 }, // 8
      { label: '　3.土壤污染防治', vals: [m(100), m(100), m(100)], parent: 6 }, // 9
      { label: '（二）生态环境监测能力建设', vals: [m(480), m(620), m(612.8)], parent: 5 }, // 10
      { label: '（三）环境执法专项', vals: [m(266.9), m(386.81), m(380.21)], parent: 5 }, // 11
      { label: '本年支出合计', vals: [m(3331.4), m(3976.01), m(3925.62)] }, // 12
    ],
  });
  cb.expect = { 'rate-mismatch': 1, 'total-mismatch': 2 };
  return cb;
}

function u14(): CaseBuilder {
  const cb = new CaseBuilder(
    'u14-budget-sangong-and-detail.xlsx',
    '“三公”经费预算执行情况表 in 元 (预算数 | 决算数 | 增减额, 1．/（1） items, text amounts with thousands separators) and 基本支出决算明细表 with a 科目编码 column whose 类 rows (301/302/303) are the subtotals and 合计 comes first.',
  );
  const sg = cb.sheet('三公经费');
  sg.widths(1, [30, 14, 14, 14]);
  budget(cb, sg, {
    top: 1,
    left: 1,
    title: '2023年度“三公”经费预算执行情况表',
    unitNote: '单位：元',
    labelHeader: '项目',
    headers: ['预算数', '决算数', '增减额'],
    sumCols: [0, 1, 2],
    spent: { budget: 0, spent: 1 },
    rows: [
      { label: '合计', vals: ['85,600.00', '82,432.50', '-3,167.50'] },
      { label: '1．因公出国（境）费', vals: ['0.00', '3,000.00', '3,000.00'], parent: 0 },
      { label: '2．公务用车购置及运行维护费', vals: ['60,000.00', '58,210.00', '-1,790.00'], parent: 0 },
      { label: '　（1）公务用车购置费', vals: ['0.00', '0.00', '0.00'], parent: 2 },
      { label: '　（2）公务用车运行维护费', vals: ['60,000.00', '58,210.00', '-1,790.00'], parent: 2 },
      { label: '3．公务接待费', vals: ['25,600.00', '21,222.50', '-4,377.50'], parent: 0 },
      { label: '　（1）国内接待费', vals: ['25,600.00', '21,222.50', '-4,377.50'], parent: 5 },
      { label: '　（2）国（境）外接待费', vals: ['0.00', '0.00', '0.00'], parent: 5 },
    ],
    footer: '注：本表为财政拨款“三公”经费，含单位自有资金安排部分。',
  });
  const dt = cb.sheet('基本支出明细');
  dt.widths(2, [10, 32, 14, 14]);
  const item = (code: string, label: string, b: number, s: number, parent: number) => ({ code, label, vals: [m(b), m(s)], parent });
  budget(cb, dt, {
    top: 2,
    left: 2,
    title: '一般公共预算财政拨款基本支出决算明细表',
    unitNote: '单位：万元',
    codeHeader: '科目编码',
    labelHeader: '科目名称',
    headers: ['预算数', '决算数'],
    sumCols: [0, 1],
    rows: [
      { label: '合计', vals: [m(1024), m(1021.75)] }, // 0
      { code: '301', label: '工资福利支出', vals: [m(862.4), m(858.16)], parent: 0 }, // 1
      item('30101', '基本工资', 286.2, 286.2, 1),
      item('30102', '津贴补贴', 198.6, 196.88, 1),
      item('30103', '奖金', 64.2, 64.2, 1),
      item('30107', '绩效工资', 142.8, 141.26, 1),
      item('30108', '机关事业单位基本养老保险缴费', 92.4, 91.42, 1),
      item('30113', '住房公积金', 78.2, 78.2, 1),
      { code: '302', label: '商品和服务支出', vals: [m(126.5), m(128.74)], parent: 0 }, // 8
      item('30201', '办公费', 22, 21.36, 8),
      item('30205', '水费', 3.5, 3.12, 8),
      item('30206', '电费', 12, 11.48, 8),
      item('30211', '差旅费', 18, 14.9, 8),
      item('30215', '会议费', 4, 2.86, 8),
      item('30216', '培训费', 6, 5.2, 8),
      item('30217', '公务接待费', 2.56, 2.12, 8),
      item('30228', '工会经费', 11.2, 11.2, 8),
      item('30231', '公务用车运行维护费', 6, 5.82, 8),
      item('30239', '其他交通费用', 41.24, 40.68, 8),
      { code: '303', label: '对个人和家庭的补助', vals: [m(35.1), m(34.85)], parent: 0 }, // 19
      item('30302', '退休费', 28.6, 28.6, 19),
      item('30309', '奖励金', 0.5, 0.25, 19),
      item('30399', '其他对个人和家庭的补助', 6, 6, 19),
    ],
  });
  cb.expect = { 'spent-without-budget': 1, 'total-mismatch': 1 };
  return cb;
}

// ---------------------------------------------------------------------------
// Negatives and clean forms

function u15(): CaseBuilder {
  const cb = new CaseBuilder(
    'u15-instructions-and-clean-project.xlsx',
    'A 填表说明 sheet (numbers only inside sentences) and a correct 项目支出绩效自评表 (主管部门 and 实施单位 on separate rows, ASCII “(50分)”, rate as a formula, a 0.01 rounding difference in the funds block, a 部分达成 score at exactly 60%, a cost row without comparator, +25% over target): no mistakes.',
  );
  const ins = cb.sheet('填表说明');
  ins.widths(1, [100]);
  const lines = [
    '填表说明',
    '1. 本表金额单位为万元，保留两位小数；年初预算数、全年预算数按部门预算批复数填列。',
    '2. 执行率=全年执行数/全年预算数×100%，预算执行率得分=执行率×10分，最高不超过10分。',
    '3. 一级指标权重统一设置为：产出指标50分、效益指标30分、服务对象满意度指标10分，预算执行率10分，合计100分。',
    '4. 定量指标完成值达到年度指标值的得满分，未达到的按完成值/指标值×该指标分值计分；成本指标实际成本不超过年度指标值的得满分。',
    '5. 定性指标根据达成年度指标情况分三档计分：达成年度指标得80%—100%，部分达成年度指标并具有一定效果得60%—80%，未达成年度指标且效果较差得0—60%。',
    '6. 实际完成值较年度指标值偏离30%以上，或得分低于分值的，须在“偏差原因分析及改进措施”栏说明原因。',
    '7. 自评结果分为四档：90分（含）以上为优，80分（含）—90分为良，60分（含）—80分为中，60分以下为差。',
    '8. 本表一式两份，于2024年3月31日前报送财政局预算绩效管理科。',
  ];
  lines.forEach((t, i) => ins.set(1 + i, 1, t, i === 0 ? { bold: true, size: 14 } : {}));
  cb.correct(ins, 'A3', 'instruction sentence with numbers: no table, no finding');
  cb.correct(ins, 'A4', 'instruction sentence with weights adding to 100: no table, no finding');

  const sh = cb.sheet('自评表');
  sh.widths(1, [8, 12, 14, 24, 16, 18, 7, 7, 28]);
  const ref = selfEval(cb, sh, {
    template: 'project-self-eval',
    top: 2,
    left: 1,
    title: '项目支出绩效自评表',
    subtitle: '（2023年度）',
    info: [
      [['项目名称', 2], ['城市社区居家养老服务补贴', 7]],
      [['主管部门', 2], ['某市民政局', 7]],
      [['实施单位', 2], ['某市养老服务指导中心', 7]],
    ],
    funds: {
      lead: '项目资金\n（万元）',
      cols: ['init', 'budget', 'spent', 'weight', 'rate', 'score'],
      headers: NATIONAL_FUNDS,
      total: { label: '年度资金总额', init: m(300), budget: m(280), spent: m(266.03), weight: 10 },
      subs: [
        { label: '其中：当年财政拨款', init: m(100), budget: m(80), spent: m(72.53) },
        { label: '　　　上年结转资金', init: m(200), budget: m(200), spent: m(193.49) },
        { label: '　　　其他资金', init: '—', budget: '—', spent: '—' },
      ],
      rateStyle: 'formula',
    },
    goals: GOALS('为3000名以上居家老年人提供上门服务，服务质量抽查合格率95%以上。', '服务老年人3120名，上门服务4.5万次，抽查合格率97.3%。'),
    ind: {
      lead: '绩效指标',
      cols: IND9,
      headers: NATIONAL_IND,
      mode: 'merge',
      l2mode: 'carry',
      sections: { [P]: '产出指标(50分)', [E]: '效益指标(30分)', [S]: '满意度指标(10分)' },
      rows: [
        row(P, '数量指标', '享受服务补贴老年人数', '≥3000人', '3120', 10, 'pos', { probeReason: true }),
        row(P, '数量指标', '开展上门服务次数', '≥36000次', '45000次', 10, 'pos', { probeReason: true }),
        row(P, '质量指标', '服务质量抽查合格率', '≥95%', '97.3%', 10, 'pos'),
        row(P, '时效指标', '补贴资金按季度拨付', '按季度拨付', '按季度足额拨付', 10, 'qual'),
        row(P, '成本指标', '服务补贴资金总额', '280万元', '266.03万元', 10, 'rev', { probeReason: true }),
        row(E, '社会效益指标', '老年人生活质量改善', '明显改善', '部分达成年度指标并具有一定效果', 15, 'qual', {
          score: 9,
          reason: '部分街道服务供给不足，下一步扩大服务覆盖。',
        }),
        row(E, '可持续影响指标', '居家养老服务体系运行', '持续运行', '达成年度指标', 15, 'qual'),
        row(S, '服务对象满意度指标', '服务对象满意度', '≥90%', '92%', 10, 'pos'),
      ],
    },
    total: { label: '总分', weight: 100 },
    footer: FOOTER,
  });
  // 72.53 + 193.49 = 266.02 against a reported 266.03: consistent by rounding (DOMAIN.md section 5)
  cb.allowRounding(sh, ref.fund.spent);
  cb.expect = {};
  return cb;
}

function u16(): CaseBuilder {
  const cb = new CaseBuilder(
    'u16-sales-and-staff-list.xlsx',
    'Not evaluation tables: a monthly sales report (销售额 | 销售成本 | 毛利 | 毛利率 with a 合计 row that nets off returns) and a staff list (花名册 with 在编/编外). Nothing may be recognised or flagged.',
  );
  const sh = cb.sheet('销售统计');
  sh.widths(1, [10, 16, 16, 16, 10, 24]);
  sh.span(1, 1, 6, '某某商贸有限公司2023年度销售统计表', { bold: true, center: true, size: 14 });
  sh.set(2, 6, '单位：元');
  ['月份', '销售额', '销售成本', '毛利', '毛利率', '备注'].forEach((h, i) => sh.set(3, 1 + i, h, { center: true, bold: true }));
  const sales = [412600, 358900, 446300, 471200, 502800, 488100, 463500, 455900, 519700, 536400, 498200, 612300];
  const costs = [329100, 287300, 352400, 376900, 398700, 389600, 371200, 366000, 413800, 425100, 397400, 487900];
  let ts = 0;
  let tc = 0;
  sales.forEach((s, i) => {
    const c = costs[i];
    ts += s;
    tc += c;
    sh.set(4 + i, 1, `${i + 1}月`);
    sh.set(4 + i, 2, m(s));
    sh.set(4 + i, 3, m(c));
    sh.set(4 + i, 4, m(s - c));
    sh.set(4 + i, 5, `${(((s - c) / s) * 100).toFixed(2)}%`);
    sh.set(4 + i, 6, null);
  });
  const returns = 12000;
  const tr = 16;
  sh.set(tr, 1, '合计');
  const totS = sh.set(tr, 2, m(ts - returns));
  const totC = sh.set(tr, 3, m(tc));
  sh.set(tr, 4, m(ts - returns - tc));
  sh.set(tr, 5, `${(((ts - returns - tc) / (ts - returns)) * 100).toFixed(2)}%`);
  sh.set(tr, 6, '已扣除全年退货12,000.00元');
  sh.border(3, 1, tr, 6);
  cb.correct(sh, totS, '合计 of a sales report (nets off returns, so it is not the column sum): not a budget table, must not be checked');
  cb.correct(sh, totC, '合计 of 销售成本: not a budget table');

  const st = cb.sheet('职工花名册');
  st.widths(1, [6, 10, 6, 16, 12, 10, 10]);
  st.span(1, 1, 7, '职工花名册（2023年12月）', { bold: true, center: true, size: 14 });
  ['序号', '姓名', '性别', '部门', '岗位', '人员类别', '入职年份'].forEach((h, i) => st.set(2, 1 + i, h, { center: true, bold: true }));
  const depts = ['综合科', '业务科', '财务科', '信息中心', '后勤服务'];
  for (let i = 0; i < 15; i++) {
    const rr = 3 + i;
    st.set(rr, 1, i + 1);
    st.set(rr, 2, `职工${String(i + 1).padStart(2, '0')}`);
    st.set(rr, 3, i % 3 === 0 ? '女' : '男');
    st.set(rr, 4, depts[i % depts.length]);
    st.set(rr, 5, i < 3 ? '科长' : '科员');
    st.set(rr, 6, i < 12 ? '在编' : '编外');
    st.set(rr, 7, 2005 + ((i * 7) % 18));
  }
  st.span(18, 1, 7, '合计：在编12人，编外3人，共15人。');
  st.border(2, 1, 18, 7);
  cb.correct(st, 'A18', 'staff list total line: not a basic data table');
  cb.expect = {};
  return cb;
}

function u17(): CaseBuilder {
  const cb = new CaseBuilder(
    'u17-clean-dept-basic-and-self-eval.xlsx',
    'Correct 部门整体 workbook: 基础数据表 with a 控制率 column beside 上年决算数 | 本年预算数 | 本年决算数 (15/17 shown truncated as 88.23%: rounding only), and a 部门整体支出绩效自评表 whose 其中 rows fill only 全年执行数. No mistakes.',
  );
  const sh = cb.sheet('附件1 基础数据');
  sh.widths(2, [30, 12, 12, 12, 12, 16]);
  const L = 2;
  sh.span(2, L, 6, '2023年度部门整体支出绩效评价基础数据表', { bold: true, center: true, size: 14 });
  sh.span(3, L, 4, '单位名称：某市统计局');
  sh.span(3, L + 4, 2, '金额单位：万元');
  ['人员情况（人）', '编制数', '实际在职人数', '在职人员控制率'].forEach((h, i) => sh.set(4, L + i, h, { center: true }));
  sh.set(5, L, null);
  const bz = sh.set(5, L + 1, 17);
  const zz = sh.set(5, L + 2, 15);
  const kz = sh.set(5, L + 3, '88.23%');
  sh.border(4, L, 5, L + 3);
  cb.check('rate-mismatch', sh, kz, { op: 'ratio', num: zz, den: bz, reported: kz }, '在职人员控制率 15/17 = 88.2353% shown truncated');
  cb.allowRounding(sh, kz);
  const money = budget(cb, sh, {
    top: 7,
    left: L,
    title: '经费控制情况',
    labelHeader: '项　目',
    headers: ['上年决算数', '本年预算数', '本年决算数', '控制率（执行率）', '备注'],
    sumCols: [0, 1, 2],
    rates: [{ col: 3, num: 2, den: 1 }],
    spent: { budget: 1, spent: 2 },
    template: 'dept-basic-data',
    rows: [
      { label: '“三公”经费', vals: [m(3.2), m(3), m(0.55), undefined, null] },
      { label: '　1.公务用车购置及运行维护费', vals: [m(2.4), m(2.4), m(0.25), undefined, null], parent: 0 },
      { label: '　2.因公出国（境）费', vals: [m(0), m(0), m(0), '—', null], parent: 0 },
      { label: '　3.公务接待费', vals: [m(0.8), m(0.6), m(0.3), undefined, '严控接待标准'], parent: 0 },
      { label: '公用经费', vals: [m(33.6), m(31.9), m(31.9), undefined, null] },
      { label: '　其中：办公费', vals: [m(8.2), m(7.5), m(7.46), undefined, null], parent: 4, partial: true },
      { label: '政府采购金额', vals: [m(1.8), m(2.01), m(2.01), undefined, null] },
      { label: '项目支出', vals: [m(20.8), m(22), m(21.3), undefined, null] },
      { label: '　1、统计调查专项', vals: [m(12), m(12), m(11.3), undefined, '部分样本轮换延后'], parent: 7 },
      { label: '　2、经济普查专项', vals: [m(8.8), m(10), m(10), undefined, null], parent: 7 },
    ],
  });
  // one table: the people block and the money block together
  cb.tables.pop();
  cb.table(sh, 'dept-basic-data', `B2:G${money.next - 1}`);

  const se = cb.sheet('附件2 整体自评');
  se.widths(1, [8, 12, 14, 24, 14, 14, 7, 7, 24]);
  selfEval(cb, se, {
    template: 'dept-self-eval',
    top: 2,
    left: 1,
    title: '部门整体支出绩效自评表',
    subtitle: '（2023年度）',
    info: [[['预算单位名称', 2], ['某市统计局', 7]]],
    funds: {
      lead: '年度预算\n申请\n（万元）',
      cols: ['init', 'budget', 'spent', 'weight', 'rate', 'score'],
      headers: NATIONAL_FUNDS,
      total: { label: '年度资金总额', init: m(186.5), budget: m(194.2), spent: m(190.62), weight: 10 },
      subs: [
        { label: '其中：当年财政拨款', init: null, budget: null, spent: m(190.62) },
        { label: '　　　上年结转资金', init: null, budget: null, spent: 0 },
        { label: '　　　其他资金', init: null, budget: null, spent: 0 },
      ],
    },
    goals: GOALS('完成年度统计调查项目12项，按期发布统计公报，数据差错率控制在1%以内。', '完成统计调查项目12项，统计公报按期发布，数据差错率0.6%。'),
    ind: {
      lead: '绩效指标',
      cols: IND9,
      headers: NATIONAL_IND,
      mode: 'merge',
      rows: [
        row(P, '数量指标', '统计调查项目完成数', '≥12项', '12项', 10, 'pos'),
        row(P, '数量指标', '统计报表按期报送', '=48期', '48期', 10, 'eq'),
        row(P, '质量指标', '统计数据差错率', '≤1%', '0.6%', 10, 'rev'),
        row(P, '时效指标', '统计公报按时发布', '按时发布', '按时发布', 10, 'qual'),
        row(P, '成本指标', '统计调查专项经费', '≤22万元', '21.3万元', 10, 'rev'),
        row(E, '社会效益指标', '统计数据社会引用', '明显提升', '达成年度指标', 10, 'qual'),
        row(E, '经济效益指标', '统计信息服务决策', '有效支撑', '有效支撑', 10, 'qual'),
        row(E, '可持续影响指标', '统计基层基础建设', '持续加强', '持续加强', 10, 'qual'),
        row(S, '服务对象满意度指标', '数据使用部门满意度', '≥90%', '96%', 10, 'pos'),
      ],
    },
    total: { label: '总分', weight: 100 },
    grade: { label: '评价等次' },
    footer: FOOTER,
  });
  cb.expect = {};
  return cb;
}

// ---------------------------------------------------------------------------

export const CASES: Array<() => CaseBuilder> = [u01, u02, u03, u04, u05, u06, u07, u08, u09, u10, u11, u12, u13, u14, u15, u16, u17];

export async function buildUnseen(outDir: string): Promise<UnseenCase[]> {
  return writeUnseenSet(
    outDir,
    CASES,
    'Planted mistakes (expected findings: code, sheet, cell) and cells that must stay silent, per workbook. Cells are A1 addresses; merged cells are named by their top-left cell. `allowed` lists the only codes tolerated at a correct cell (rounding, info).',
  );
}

if (require.main === module || process.argv[1] === __filename) runUnseenBuilder(buildUnseen, path.join(__dirname, 'out'));
