import { ruleTester } from '../../helpers/rule-tester';
import { rounding } from '../../../src/core/checks/rules/rounding';
import { form } from './base-form';

// 15/17 = 88.2353%: people are exact integers, so 88.23% is a truncation, not a rounding.
const truncated = form((s) => { s.funds = { budget: 17, executed: 15, weight: 10, rate: '88.23%', score: 8.82 }; s.total![1] = 98.82; });

ruleTester(rounding, {
  valid: [
    { name: 'a correct form', grid: form().grid },
    { name: 'rounded right (88.24%)', grid: form((s) => { s.funds = { budget: 17, executed: 15, weight: 10, rate: '88.24%', score: 8.82 }; s.total![1] = 98.82; }).grid },
    { name: 'a plain mismatch is not a rounding', grid: form((s) => { s.funds!.rate = '90%'; }).grid },
  ],
  invalid: [{ name: '88.23% for 15/17', grid: truncated.grid, cells: [truncated.funds('rate')], messageIncludes: '88.23' }],
});
