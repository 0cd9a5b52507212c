import { ruleTester } from '../../helpers/rule-tester';
import { scoreOverWeight } from '../../../src/core/checks/rules/score-over-weight';
import { form } from './base-form';

const over = form((s) => { s.indicators[1][6] = 22; s.total![1] = 101.5; });
const execution = form((s) => { s.funds!.score = 10.5; s.total![1] = 100.5; });

ruleTester(scoreOverWeight, {
  valid: [
    { name: 'a correct form', grid: form().grid },
    { name: 'full marks', grid: form((s) => { s.funds = { budget: 100, executed: 100, weight: 10, rate: '100%', score: 10 }; s.total![1] = 100; }).grid },
  ],
  invalid: [
    { name: '22 over a weight of 20', grid: over.grid, cells: [over.indicator(1, 'score')], messageIncludes: '22' },
    { name: '执行率 score over its weight', grid: execution.grid, cells: [execution.funds('score')] },
  ],
});
