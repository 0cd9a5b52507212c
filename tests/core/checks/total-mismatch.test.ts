import { ruleTester } from '../../helpers/rule-tester';
import { totalMismatch } from '../../../src/core/checks/rules/total-mismatch';
import { form } from './base-form';

const wrongTotal = form((s) => { s.total![1] = 97; });
const wrongFunds = form((s) => { s.funds!.parts = [['其中：当年财政拨款', 80, 80, 70], ['上年结转资金', 20, 20, 20], ['其他资金', null, null, '—']]; });

ruleTester(totalMismatch, {
  valid: [
    { name: 'a correct form', grid: form().grid },
    { name: 'funds parts add up; blanks and — skipped', grid: form((s) => { s.funds!.parts = [['其中：当年财政拨款', null, null, 75], ['上年结转资金', null, null, 20], ['其他资金', null, null, '—']]; }).grid },
    { name: 'money off by 0.01 from rounded parts', grid: form((s) => { s.funds = { budget: 266.03, executed: 242.83, weight: 10, rate: '91.28%', score: 9.13, parts: [['其中：当年财政拨款', null, 193.49, 170.29], ['上年结转资金', null, 72.53, 72.53]] }; s.total![1] = 99.13; }).grid },
  ],
  invalid: [
    { name: '总分 97 for parts adding to 99.5', grid: wrongTotal.grid, cells: [wrongTotal.total('score')], messageIncludes: '99.5' },
    { name: '全年执行数 95 over parts of 90', grid: wrongFunds.grid, cells: [wrongFunds.funds('executed')] },
  ],
});
