import { ruleTester } from '../../helpers/rule-tester';
import { scoreOutOfBand } from '../../../src/core/checks/rules/score-out-of-band';
import { form } from './base-form';

const partHigh = form((s) => { s.indicators[3][4] = '部分达成年度指标并具有一定效果'; s.indicators[3][6] = 27; s.indicators[3][7] = '部分未完成'; });
const notReached = form((s) => { s.indicators[3][4] = '未达成年度指标且效果较差'; s.indicators[3][6] = 20; s.indicators[3][7] = '未完成'; });
const reachedLow = form((s) => { s.indicators[3][6] = 20; s.indicators[3][7] = '—'; });
const negative = form((s) => { s.indicators[1][6] = -2; });

ruleTester(scoreOutOfBand, {
  valid: [
    { name: 'a correct form', grid: form().grid },
    { name: '达成 at 80%', grid: form((s) => { s.indicators[3][6] = 24; s.indicators[3][7] = '略有不足'; }).grid },
    { name: '部分达成 at 60%', grid: form((s) => { s.indicators[3][4] = '部分达成年度指标并具有一定效果'; s.indicators[3][6] = 18; s.indicators[3][7] = '原因'; }).grid },
    { name: '未达成 just under 60%', grid: form((s) => { s.indicators[3][4] = '未达成年度指标且效果较差'; s.indicators[3][6] = 17.9; s.indicators[3][7] = '原因'; }).grid },
    { name: 'no level stated', grid: form((s) => { s.indicators[3][4] = '知晓度明显提高'; s.indicators[3][6] = 10; s.indicators[3][7] = '原因'; }).grid },
  ],
  invalid: [
    { name: '部分达成 scored 90%', grid: partHigh.grid, cells: [partHigh.indicator(3, 'score')], messageIncludes: '部分达成' },
    { name: '未达成 scored 66.7%', grid: notReached.grid, cells: [notReached.indicator(3, 'score')] },
    { name: '达成 scored 66.7%', grid: reachedLow.grid, cells: [reachedLow.indicator(3, 'score')] },
    { name: 'a negative score', grid: negative.grid, cells: [negative.indicator(1, 'score')], messageIncludes: '负数' },
  ],
});
