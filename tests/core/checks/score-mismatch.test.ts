import { ruleTester } from '../../helpers/rule-tester';
import { scoreMismatch } from '../../../src/core/checks/rules/score-mismatch';
import { form } from './base-form';

const execution = form((s) => { s.funds!.score = 9; s.total![1] = 99; });
const partial = form((s) => { s.indicators[0][4] = '3次'; s.indicators[0][6] = 16; s.indicators[0][7] = '疫情影响'; s.total![1] = 95.5; });
const reverse = form((s) => { s.indicators[2][4] = '55万元'; s.indicators[2][6] = 8; s.indicators[2][7] = '超支'; s.total![1] = 97.5; });
const capped = form((s) => { s.funds = { budget: 100, executed: 105, weight: 10, rate: '105.00%', score: 9 }; s.total![1] = 99; });

ruleTester(scoreMismatch, {
  valid: [
    { name: 'a correct form', grid: form().grid },
    { name: 'partial score computed right (3/4 × 20 = 15)', grid: form((s) => { s.indicators[0][4] = '3次'; s.indicators[0][6] = 15; s.indicators[0][7] = '疫情'; s.total![1] = 94.5; }).grid },
    { name: 'reverse over cap scored linearly (55 vs 50 → 9)', grid: form((s) => { s.indicators[2][4] = '55万元'; s.indicators[2][6] = 9; s.indicators[2][7] = '超支'; s.total![1] = 98.5; }).grid },
    { name: 'qualitative rows keep their reported score', grid: form((s) => { s.indicators[3][6] = 27; s.indicators[3][7] = '部分宣传未到位'; }).grid },
    { name: '9.5 written as 9.50', grid: form((s) => { s.funds!.score = '9.50'; }).grid },
  ],
  invalid: [
    { name: '执行率 score 9 for 95% × 10 = 9.5', grid: execution.grid, cells: [execution.funds('score')], messageIncludes: '9.50' },
    { name: 'positive partial scored 16 instead of 15', grid: partial.grid, cells: [partial.indicator(0, 'score')] },
    { name: 'reverse scored 8 instead of 9', grid: reverse.grid, cells: [reverse.indicator(2, 'score')] },
    { name: '执行率 over 100% is capped at the weight', grid: capped.grid, cells: [capped.funds('score')], messageIncludes: '10.00' },
  ],
});
