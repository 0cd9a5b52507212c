import { ruleTester } from '../../helpers/rule-tester';
import { gradeMismatch, canonicalGrade } from '../../../src/core/checks/rules/grade-mismatch';
import { form } from './base-form';

const wrong = form((s) => { s.grade = '良'; });
const low = form((s) => { s.total![1] = 79.99; s.grade = '良'; s.indicators[3][6] = 10.49; s.indicators[3][7] = '原因'; });

ruleTester(gradeMismatch, {
  valid: [
    { name: 'a correct form', grid: form().grid },
    { name: '优秀 for 优', grid: form((s) => { s.grade = '优秀'; }).grid },
    { name: 'no grade row', grid: form((s) => { delete s.grade; }).grid },
    { name: '90 exactly is 优', grid: form((s) => { s.total![1] = 90; s.indicators[3][6] = 20.5; s.indicators[3][7] = '原因'; }).grid },
  ],
  invalid: [
    { name: '良 for 99.5', grid: wrong.grid, cells: [wrong.grade()], messageIncludes: '优' },
    { name: '良 for 79.99', grid: low.grid, cells: [low.grade()], messageIncludes: '中' },
  ],
});

describe('canonicalGrade', () => {
  it('maps common wordings', () => {
    expect(['优秀', '良好', '合格', '不合格', '“优”'].map(canonicalGrade)).toEqual(['优', '良', '中', '差', '优']);
  });
});
