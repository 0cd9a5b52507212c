import { ruleTester } from '../../helpers/rule-tester';
import { rateMismatch } from '../../../src/core/checks/rules/rate-mismatch';
import { form } from './base-form';

const wrong = form((s) => { s.funds!.rate = '59.00%'; });
const fraction = form((s) => { s.funds!.rate = 0.9; });

ruleTester(rateMismatch, {
  valid: [
    { name: 'a correct form', grid: form().grid },
    { name: 'rate as a 0.00%-formatted number', grid: form((s) => { s.funds!.rate = { value: 0.95, text: '95.00%', numberFormat: '0.00%' }; }).grid },
    { name: 'consistent with rounded inputs (2.33/6.30 vs 37.06%)', grid: form((s) => { s.funds = { budget: 6.3, executed: 2.33, weight: 10, rate: '37.06%', score: 3.7 }; s.total![1] = 93.7; }).grid },
    { name: 'no rate written', grid: form((s) => { s.funds!.rate = null; }).grid },
  ],
  invalid: [
    { name: '59% for 95/100', grid: wrong.grid, cells: [wrong.funds('rate')], messageIncludes: '95.00%' },
    { name: 'a bare fraction 0.9 for 95/100', grid: fraction.grid, cells: [fraction.funds('rate')] },
  ],
});
