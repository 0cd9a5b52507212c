import { ruleTester } from '../../helpers/rule-tester';
import { missingValue } from '../../../src/core/checks/rules/missing-value';
import { form } from './base-form';

const noActual = form((s) => { s.indicators[0][4] = null; });
const noScore = form((s) => { s.indicators[1][6] = null; s.total![1] = 79.5; });
const noBudget = form((s) => { s.funds!.budget = null; s.funds!.initial = null; });
const noWeight = form((s) => { s.indicators[1][5] = null; });

ruleTester(missingValue, {
  valid: [
    { name: 'a correct form', grid: form().grid },
    { name: 'blank placeholder rows between indicators', grid: form((s) => { s.indicators.splice(1, 0, [null, null, '', null, null, null, null]); }).grid },
  ],
  invalid: [
    { name: 'a scored row without 实际完成值', grid: noActual.grid, cells: [noActual.indicator(0, 'actual')] },
    { name: 'a weighted row without 得分', grid: noScore.grid, cells: [noScore.indicator(1, 'score')] },
    { name: '全年预算数 empty', grid: noBudget.grid, cells: [noBudget.funds('budget')] },
    { name: 'a scored row without 分值', grid: noWeight.grid, cells: [noWeight.indicator(1, 'weight')] },
  ],
});
