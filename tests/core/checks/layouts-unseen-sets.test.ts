/**
 * Layouts the third and fourth unseen sets brought (tests/unseen3, tests/unseen4): spaced header words and
 * a 小计 score column per level, two budget tables side by side, 科目编码 rows
 * with an uncoded 其中 line under a 合计 written first, and a named 三公经费合计
 * over its 其中 rows.
 */
import { ruleTester } from '../../helpers/rule-tester';
import { totalMismatch } from '../../../src/core/checks/rules/total-mismatch';
import { spentWithoutBudget } from '../../../src/core/checks/rules/spent-without-budget';
import { targetNotMet } from '../../../src/core/checks/rules/target-not-met';
import { recogniseSheet } from '../../../src/core/templates';
import { gridOf } from '../../helpers/grid';

/** 一级指标 | 分　值 | 小　计 | 二级指标 | 分 值 | 得 分: the 小计 column holds each 一级's score. */
const spacedScoring = (outputSubtotal: number) =>
  gridOf(
    '评分表',
    [
      ['一级指标', '分　值', '小　计', '二级指标', '分 值', '得 分'],
      ['决策', 20, 18, '项目立项', 10, 9],
      [null, null, null, '绩效目标', 10, 9],
      ['产出', 80, outputSubtotal, '产出数量', 40, 38],
      [null, null, null, '产出质量', 40, 37],
      ['合　计', 100, 93, null, null, null],
    ],
    ['A2:A3', 'B2:B3', 'C2:C3', 'A4:A5', 'B4:B5', 'C4:C5'],
  );

/** 支出执行表 in A:D and 三公经费表 in F:I on the same rows. */
const sideBySide = (receptionBudget: number) =>
  gridOf('支出情况', [
    ['功能科目', '调整后预算', '决算数', null, null, '项　　目', '上年决算', '本年预算', '本年决算'],
    ['一般公共服务支出', 512.4, 503.86, null, null, '公务用车运行维护费', 6.8, 7.2, 5.85],
    ['教育支出', 12, 11.4, null, null, '公务接待费', 2.15, receptionBudget, 1.6],
    ['总  计', 524.4, 515.26, null, null, '合　计', 8.95, 7.2 + receptionBudget, 7.45],
  ]);

/** 合计 above 科目编码 rows; "其中：印刷费" has no code and belongs to 30201 办公费. */
const coded = (total: number) =>
  gridOf('支出明细', [
    ['科目编码', '科目名称', '调整预算数', '决算数'],
    [null, '合　计', 60.2, total],
    ['301', '工资福利支出', 40, 39],
    ['30101', '基本工资', 40, 39],
    ['302', '商品和服务支出', 20.2, 19.7],
    ['30201', '办公费', 18.4, 17.26],
    [null, '　其中：印刷费', 6, 7.85],
    ['30211', '差旅费', 1.8, 2.44],
  ]);

/** "三公经费　合计" over its 其中 rows, then the form's other items written flush. */
const sanGong = (vehicles: number) =>
  gridOf('基础数据', [
    ['项　　目', '上年决算数', '本年预算数', '本年决算数'],
    ['三公经费　合计', 5.56, 6, 5.1],
    ['其中：因公出国（境）费', 0, 0, 0],
    ['　　　公务用车运行维护费', 4.2, 4.5, vehicles],
    ['　　　公务接待费', 1.36, 1.5, 1.12],
    ['公用经费', 48.6, 52.3, 49.87],
    ['培训费', 1.42, 1.6, 1.37],
  ]);

describe('two budget tables side by side', () => {
  it('are read as two tables, each with its own label column', () => {
    const tables = recogniseSheet(sideBySide(0));
    expect(tables.map((t) => [t.template, t.range.left, t.range.right])).toEqual([
      ['budget-table', 0, 2],
      ['budget-table', 5, 8],
    ]);
  });
});

ruleTester(totalMismatch, {
  valid: [
    { name: 'spaced headers, 小计 scores that add up', grid: spacedScoring(75) },
    { name: 'an uncoded 其中 line is part of the coded row above, not of 合计', grid: coded(58.7) },
    { name: '三公经费合计 with its 其中 rows; 公用经费 and 培训费 are its peers', grid: sanGong(3.98) },
  ],
  invalid: [
    { name: 'a 小计 score that is not the sum of its 二级 scores', grid: spacedScoring(76), cells: ['C4'] },
    { name: '合计 above the coded rows, off by the 其中 line', grid: coded(58.7 + 7.85), cells: ['D2'] },
    { name: '其中 rows over their named 合计', grid: sanGong(4.98), cells: ['D2'] },
  ],
});

ruleTester(spentWithoutBudget, {
  valid: [{ name: 'side-by-side tables with budgets', grid: sideBySide(0.5) }],
  invalid: [{ name: 'spending against a zero budget in the right-hand table', grid: sideBySide(0), cells: ['I3'] }],
});

/** The fourth set: a 总得分 row below the notes, and a stocktake list whose 账面数量 is a count, not money. */
const totalBelowNotes = (total: number) =>
  gridOf('评分表', [
    ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '得分'],
    ['决策', null, null, 20, null, null],
    [null, '项目立项', '立项依据充分性', 20, '依据充分得满分', 18],
    ['产出', null, null, 80, null, null],
    [null, '产出数量', '培训人数完成率', 80, '完成得满分', 75],
    [],
    ['注：1.一级指标行只列分值，得分见三级指标；'],
    ['　　2.得分保留一位小数。'],
    [],
    ['总得分', null, null, 100, null, total],
  ]);

ruleTester(totalMismatch, {
  valid: [{ name: 'a 总得分 below the notes that adds up', grid: totalBelowNotes(93) }],
  invalid: [{ name: 'a 总得分 below the notes that does not', grid: totalBelowNotes(86.1), cells: ['F10'] }],
});

describe('a stocktake list', () => {
  it('is not a budget table: 账面数量 and 实盘数量 are counts', () => {
    const grid = gridOf('Sheet2', [
      ['资产编号', '资产名称', '账面数量', '实盘数量', '账面原值（元）', '使用部门'],
      ['ZC-01', '台式计算机', 24, 23, 109920, '办公室'],
      ['ZC-02', '空调', 10, 11, 32990, '各股室'],
      ['合　计', null, 34, 34, 142911, null],
    ]);
    expect(recogniseSheet(grid)).toEqual([]);
  });
});

/** The fifth set: an outline in one column told apart by indentation only, and 指标性质 written as words. */
const indented = (total: number) =>
  gridOf('评分表', [
    ['评价指标', '分值', '评分标准', '得分'],
    ['部门决策', 20, null, 18.5],
    ['　目标设定', 10, null, 9],
    ['　　绩效目标合理性', 5, '相符得5分', 5],
    ['　　绩效指标明确性', 5, '每缺一项扣1分', 4],
    ['　预算编制', 10, null, 9.5],
    ['　　预算编制科学性', 10, '科学得10分', 9.5],
    ['合　　计', 20, null, total],
  ]);

ruleTester(totalMismatch, {
  valid: [{ name: 'an indented outline whose 合计 adds its top rows', grid: indented(18.5) }],
  invalid: [{ name: 'an indented outline whose 合计 does not', grid: indented(19.5), cells: ['D8'] }],
});

const natureWords = (cost: number) =>
  gridOf('自评表', [
    ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '计量单位', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['产出指标', '数量指标', '技术培训人次', '正向', 2000, '人次', 2000, 10, 10, null],
    [null, '成本指标', '防治成本', '反向', 80, '万元', cost, 10, 10, cost > 80 ? '药剂涨价' : null],
    ['总分', null, null, null, null, null, null, 20, 20, null],
  ]);

ruleTester(targetNotMet, {
  valid: [{ name: '反向 cost within its target', grid: natureWords(78) }],
  invalid: [{ name: '反向 cost over its target (the word is the comparator)', grid: natureWords(86), cells: ['G3'] }],
});
