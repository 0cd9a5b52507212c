import { ruleTester } from '../../helpers/rule-tester';
import { missingReason } from '../../../src/core/checks/rules/missing-reason';
import { form } from './base-form';

const lowScore = form((s) => { s.indicators[3][6] = 25; s.total![1] = 94.5; });
const notMet = form((s) => { s.indicators[0][4] = '3次'; s.indicators[0][6] = 15; s.total![1] = 94.5; });
const farExceeded = form((s) => { s.indicators[0][4] = '6次'; });
const farExceededExplained = form((s) => { s.indicators[0][4] = '6次'; s.indicators[0][7] = '年初指标值设定偏低，下年调整'; });
const lowExecution = form((s) => { s.funds = { budget: 100, executed: 80, weight: 10, rate: '80.00%', score: 8, reason: null }; s.total![1] = 98; });

ruleTester(missingReason, {
  valid: [
    { name: 'a correct form', grid: form().grid },
    { name: 'a shortfall with its reason written', grid: form((s) => { s.indicators[3][6] = 25; s.indicators[3][7] = '宣传覆盖不足'; }).grid },
    { name: 'far exceeded but explained', grid: farExceededExplained.grid },
    { name: 'exactly +30% is not far exceeded', grid: form((s) => { s.indicators[0][3] = '10次'; s.indicators[0][4] = '13次'; }).grid },
    { name: 'spending well under a cost cap', grid: form((s) => { s.indicators[2][4] = '20万元'; }).grid },
    { name: 'execution 95% with an empty 原因 cell', grid: form((s) => { s.funds!.reason = null; }).grid },
  ],
  invalid: [
    { name: 'score below weight, reason empty', grid: lowScore.grid, cells: [lowScore.indicator(3, 'reason')], messageIncludes: '得分25低于分值30' },
    { name: 'target not met, reason empty', grid: notMet.grid, cells: [notMet.indicator(0, 'reason')] },
    { name: 'far exceeded, reason empty', grid: farExceeded.grid, cells: [farExceeded.indicator(0, 'reason')] },
    { name: 'execution below 90% with an empty 原因 cell', grid: lowExecution.grid, cells: [lowExecution.funds('reason')], messageIncludes: '90%' },
  ],
});
