import { ruleTester } from '../../helpers/rule-tester';
import { spentWithoutBudget } from '../../../src/core/checks/rules/spent-without-budget';
import { form } from './base-form';
import { gridOf } from '../../helpers/grid';

/** 三公经费表: this year's 决算 against this year's 预算; last year's 决算 is no spending from it. */
const sanGong = (thisYear: number) =>
  gridOf('三公经费', [
    ['项　目', '上年决算数', '本年预算数', '本年决算数', '备注'],
    ['1.因公出国（境）费', 3.2, 0, thisYear],
    ['2.公务接待费', 2.1, 1.8, 1.45],
    ['合　计', 5.3, 1.8, 1.45 + thisYear],
  ]);

const zero = form((s) => { s.funds = { initial: 0, budget: 0, executed: 1.9, weight: 10, score: 0 }; s.total![1] = 90; });
const empty = form((s) => { s.funds = { budget: '—', executed: 5, weight: 10, score: 0 }; s.total![1] = 90; });

ruleTester(spentWithoutBudget, {
  valid: [
    { name: 'a correct form', grid: form().grid },
    { name: 'last year’s spending beside this year’s zero budget', grid: sanGong(0) },
    { name: 'nothing spent against nothing', grid: form((s) => { s.funds = { budget: 0, executed: 0, weight: 10, score: 0 }; s.total![1] = 90; }).grid },
  ],
  invalid: [
    { name: '1.9 spent against a budget of 0', grid: zero.grid, cells: [zero.funds('executed')] },
    { name: 'spent against an empty budget', grid: empty.grid, cells: [empty.funds('executed')] },
    { name: 'this year’s 决算 against this year’s zero 预算, not last year’s column', grid: sanGong(1.2), cells: ['D2'] },
  ],
});
