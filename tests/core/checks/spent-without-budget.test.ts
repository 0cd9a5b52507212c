import { ruleTester } from '../../helpers/rule-tester';
import { spentWithoutBudget } from '../../../src/core/checks/rules/spent-without-budget';
import { form } from './base-form';

const zero = form((s) => { s.funds = { initial: 0, budget: 0, executed: 1.9, weight: 10, score: 0 }; s.total![1] = 90; });
const empty = form((s) => { s.funds = { budget: '—', executed: 5, weight: 10, score: 0 }; s.total![1] = 90; });

ruleTester(spentWithoutBudget, {
  valid: [
    { name: 'a correct form', grid: form().grid },
    { name: 'nothing spent against nothing', grid: form((s) => { s.funds = { budget: 0, executed: 0, weight: 10, score: 0 }; s.total![1] = 90; }).grid },
  ],
  invalid: [
    { name: '1.9 spent against a budget of 0', grid: zero.grid, cells: [zero.funds('executed')] },
    { name: 'spent against an empty budget', grid: empty.grid, cells: [empty.funds('executed')] },
  ],
});
