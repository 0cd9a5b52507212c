import { ruleTester } from '../../helpers/rule-tester';
import { unparseable } from '../../../src/core/checks/rules/unparseable';
import { form } from './base-form';

const badActual = form((s) => { s.indicators[4][4] = '9o%'; });
const badScore = form((s) => { s.indicators[1][6] = '二十'; });
const badBudget = form((s) => { s.funds!.executed = '12..5'; });

ruleTester(unparseable, {
  valid: [
    { name: 'a correct form', grid: form().grid },
    { name: 'a sentence as actual makes the row qualitative', grid: form((s) => { s.indicators[0][4] = '全年开展培训4次'; }).grid },
    { name: 'full-width digits and thousands separators', grid: form((s) => { s.funds!.executed = '９５'; s.funds!.budget = '1,00'.replace(',', ''); }).grid },
  ],
  invalid: [
    { name: '9o% where a percent is expected', grid: badActual.grid, cells: [badActual.indicator(4, 'actual')], messageIncludes: '9o%' },
    { name: 'a score in words', grid: badScore.grid, cells: [badScore.indicator(1, 'score')] },
    { name: '12..5 as 全年执行数', grid: badBudget.grid, cells: [badBudget.funds('executed')] },
  ],
});
