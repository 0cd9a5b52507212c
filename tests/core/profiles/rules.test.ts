import { Decimal } from '../../../src/core/decimal';
import type { Facts } from '../../../src/core/facts/extract';
import { ruleScore } from '../../../src/core/evaluate/profile-rules';
import { profileFromJson } from '../../../src/core/profiles/validate';
import { parseText } from '../../../src/core/values';
import type { Quantity } from '../../../src/core/values/types';

function facts(entries: Record<string, string>): Facts {
  const f: Facts = new Map();
  for (const [k, v] of Object.entries(entries)) f.set(k, { value: parseText(v) as Quantity, cell: { row: 0, col: 0 }, sheet: 's' });
  return f;
}

describe('score rules as data', () => {
  const people = (staff: string, out: string) => facts({ '人员.在职': staff, '人员.编外': out, '人员.编制': staff });

  it('bands: the first matching band wins, bounds as written', () => {
    const rule = { type: 'bands' as const, rate: '编外人员控制率' as const, bands: [{ lt: '5', score: '1' }, { lte: '10', score: '0.5' }, { score: '0' }] };
    expect(ruleScore(rule, people('96', '4'))!.toFixed()).toBe('1'); // 4%
    expect(ruleScore(rule, people('95', '5'))!.toFixed()).toBe('0.5'); // 5% exactly
    expect(ruleScore(rule, people('90', '10'))!.toFixed()).toBe('0.5'); // 10% exactly
    expect(ruleScore(rule, people('20', '4'))!.toFixed()).toBe('0'); // 16.67%
  });

  it('per-point deduction with a floor: "超出一个百分点扣0.1分，直至1分扣完为止"', () => {
    const rule = { type: 'per-point' as const, rate: '三公经费控制率' as const, threshold: '100', direction: 'above' as const, perPoint: '0.1', max: '1', floor: '0' };
    expect(ruleScore(rule, facts({ '三公经费.决算': '100', '三公经费.预算': '100' }))!.toFixed()).toBe('1');
    expect(ruleScore(rule, facts({ '三公经费.决算': '103', '三公经费.预算': '100' }))!.toFixed()).toBe('0.7');
    expect(ruleScore(rule, facts({ '三公经费.决算': '150', '三公经费.预算': '100' }))!.toFixed()).toBe('0');
  });

  it('"每超过一个百分点扣0.5分，扣完为止"', () => {
    const rule = { type: 'per-point' as const, rate: '公用经费控制率' as const, threshold: '100', direction: 'above' as const, perPoint: '0.5', max: '3' };
    expect(ruleScore(rule, facts({ '公用经费.决算': '102.5', '公用经费.预算': '100' }))!.toFixed()).toBe('1.75');
  });

  it('rate-times with a cap, and a rule without its inputs is not computed', () => {
    const rule = { type: 'rate-times' as const, rate: '三公经费控制率' as const, factor: '2', cap: '2' };
    expect(ruleScore(rule, facts({ '三公经费.决算': '1.5', '三公经费.预算': '1' }))!.toFixed()).toBe('2');
    expect(ruleScore(rule, facts({}))).toBeNull();
    expect(new Decimal(0).isZero()).toBe(true);
  });
});

describe('profiles written as JSON', () => {
  it('accepts a bureau profile over national and keeps what it does not state', () => {
    const r = profileFromJson({ id: 'demo-city', name: '示例市', indicators: { farExceededPercent: '20' }, rules: [{ indicator: ['编外人员控制率'], rule: { type: 'bands', rate: '编外人员控制率', bands: [{ lt: '5', score: '1' }, { score: '0' }] } }] });
    expect('profile' in r && r.profile.indicators.farExceededPercent).toBe('20');
    expect('profile' in r && r.profile.indicators.reverseFormula).toBe('linear');
    expect('profile' in r && r.profile.execution.weight).toBe('10');
  });

  it('explains every mistake in words a person can act on', () => {
    const r = profileFromJson({ id: 'Bad Id', name: '', indicators: { farExceededPercent: 30 }, rules: [{ indicator: [], rule: { type: 'bands', rate: '不存在率', bands: [] } }] });
    expect('errors' in r && r.errors.join('\n')).toMatch(/id 应为/);
    expect('errors' in r && r.errors.join('\n')).toMatch(/name 不能为空/);
    expect('errors' in r && r.errors.join('\n')).toMatch(/farExceededPercent 应为数字字符串/);
    expect('errors' in r && r.errors.join('\n')).toMatch(/rate 未知/);
    expect('errors' in r && r.errors.join('\n')).toMatch(/indicator 应列出/);
  });
});
