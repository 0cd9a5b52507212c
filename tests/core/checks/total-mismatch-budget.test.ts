/** total-mismatch on budget tables: 小计 groups under headings, 合计 above them, 其中 rows laid out by indentation. */
import { ruleTester } from '../../helpers/rule-tester';
import { totalMismatch } from '../../../src/core/checks/rules/total-mismatch';
import { gridOf } from '../../helpers/grid';

const HEAD = ['项　目', '年初预算数', '调整预算数', '决算数'];

/** 合计 first, then headings without figures, each group closed by a 小计. */
const subtotalsUnderHeadings = (grandTotal: number, secondSubtotal: number) =>
  gridOf('预算执行', [
    ['2023年度预算执行情况表'],
    HEAD,
    ['合计', 1539.9, 1622.4, grandTotal],
    ['一、基本支出'],
    ['　工资福利支出', 1006.4, 1032.6, 1032.6],
    ['　商品和服务支出', 128.5, 126.8, 119.47],
    ['小计', 1134.9, 1159.4, 1152.07],
    ['二、项目支出'],
    ['　招商引资专项经费', 210, 238, 226.35],
    ['　电子商务进农村专项', 195, 225, 195],
    ['小计', 405, 463, secondSubtotal],
  ]);

/** 小计 rows named after their group, a 其中 row, and a 合计 over the subtotals and a lone item. */
const namedSubtotals = (officeSpend: number) =>
  gridOf('支出决算', [
    ['支出项目', '年初预算数', '调整预算数', '决算数'],
    ['基本工资', 1000, 1000, 1000],
    ['津贴补贴', 500, 500, 500],
    ['小计（工资福利支出）', 1500, 1500, 1500],
    ['办公费', 180, 172, officeSpend],
    ['　其中：办公用品购置', 60, 52, 48],
    ['会议费', 30, 30, 20],
    ['小计（商品和服务支出）', 210, 202, officeSpend + 20],
    ['对个人和家庭的补助', 215, 215, 213],
    ['合　　计', 1925, 1917, 1500 + officeSpend + 20 + 213],
  ]);

/** 其中 with a second part indented under its text: both parts count, even when they overrun the parent. */
const indentedParts = (running: number) =>
  gridOf('三公经费', [
    ['项　目', '上年决算数', '本年预算数', '本年决算数'],
    ['1.因公出国（境）费', 0, 0, 0],
    ['2.公务用车购置及运行维护费', 6.8, 6.5, 4.86],
    ['　其中：公务用车购置费', 0, 0, 0],
    ['　　　　公务用车运行维护费', 6.8, 6.5, running],
    ['3.公务接待费', 2.1, 1.8, 1.45],
    ['合　计', 8.9, 8.3, 1.45 + 4.86],
  ]);

ruleTester(totalMismatch, {
  valid: [
    { name: '小计 adds its group, 合计 above adds the 小计 rows', grid: subtotalsUnderHeadings(1573.42, 421.35) },
    { name: '小计（…） rows are subtotals; a 其中 row does not end the group', grid: namedSubtotals(165) },
    { name: 'indented 其中 parts within their parent', grid: indentedParts(4.86) },
  ],
  invalid: [
    { name: 'a 小计 that misses its group', grid: subtotalsUnderHeadings(1573.42 + 10, 431.35), cells: ['D11'] },
    { name: '合计 above that misses the 小计 rows', grid: subtotalsUnderHeadings(1583.42, 421.35), cells: ['D3'] },
    { name: 'indented 其中 parts that add up to more than their parent', grid: indentedParts(5.86), cells: ['D3'] },
  ],
});
