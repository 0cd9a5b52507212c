import { ruleTester } from '../../helpers/rule-tester';
import { weightMismatch } from '../../../src/core/checks/rules/weight-mismatch';
import { form } from './base-form';

const section = form((s) => { s.indicators[3][0] = '效益指标(20分)'; });
const total = form((s) => { s.total![0] = 90; });
const level2 = form((s) => { s.indicators[0][1] = '数量指标(15分)'; });

ruleTester(weightMismatch, {
  valid: [
    { name: 'a correct form', grid: form().grid },
    { name: 'no section weights written', grid: form((s) => { s.indicators[0][0] = '产出指标'; s.indicators[3][0] = '效益指标'; s.indicators[4][0] = '满意度指标'; }).grid },
    { name: '二级 weight equal to its indicators', grid: form((s) => { s.indicators[0][1] = '数量指标(20分)'; }).grid },
  ],
  invalid: [
    // Only 效益 is wrong: the total 100 still equals the computed weights, so it is not flagged too.
    { name: '效益 (20分) over indicators worth 30', grid: section.grid, cells: [section.indicator(3, 'level1')], messageIncludes: '30' },
    { name: '总分 weight 90 for parts of 100', grid: total.grid, cells: [total.total('weight')] },
    { name: '二级 (15分) over an indicator of 20', grid: level2.grid, cells: [level2.indicator(0, 'level2')] },
  ],
});
