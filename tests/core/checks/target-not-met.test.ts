import { ruleTester } from '../../helpers/rule-tester';
import { targetNotMet } from '../../../src/core/checks/rules/target-not-met';
import { form } from './base-form';

const positive = form((s) => { s.indicators[0][4] = '3次'; });
const reverse = form((s) => { s.indicators[2][4] = '52万元'; });
const percent = form((s) => { s.indicators[4][4] = '85%'; });
const strict = form((s) => { s.indicators[0][3] = '>4次'; });
const mixedMoney = form((s) => { s.indicators[2][4] = '510000元'; });

ruleTester(targetNotMet, {
  valid: [
    { name: 'a correct form', grid: form().grid },
    { name: 'exactly on target', grid: form((s) => { s.indicators[4][4] = '90%'; }).grid },
    { name: 'a qualitative row', grid: form((s) => { s.indicators[3][4] = '部分达成年度指标并具有一定效果'; }).grid },
    { name: 'actual is a sentence: scored as qualitative', grid: form((s) => { s.indicators[0][4] = '全年开展培训3次，覆盖全员'; }).grid },
    { name: '元 against 万元 converted, not mixed silently', grid: form((s) => { s.indicators[2][4] = '480000元'; }).grid },
  ],
  invalid: [
    { name: 'positive below target', grid: positive.grid, cells: [positive.indicator(0, 'actual')], messageIncludes: '3次' },
    { name: 'reverse over its cap', grid: reverse.grid, cells: [reverse.indicator(2, 'actual')] },
    { name: 'percent below target', grid: percent.grid, cells: [percent.indicator(4, 'actual')] },
    { name: '> is strict: equal is not met', grid: strict.grid, cells: [strict.indicator(0, 'actual')] },
    { name: '元 over a 万元 cap', grid: mixedMoney.grid, cells: [mixedMoney.indicator(2, 'actual')] },
  ],
});
