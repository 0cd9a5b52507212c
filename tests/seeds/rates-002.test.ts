import { Decimal } from '../../src/core/decimal';
import { computeRate } from '../../src/core/evaluate/rates';
import { verdict } from '../../src/core/evaluate/interval';
import { parseText } from '../../src/core/values';
import type { Quantity } from '../../src/core/values/types';

/** 002 忻州 (text only): the rate library against the report's own figures. */
const qty = (s: string) => parseText(s) as Quantity;
const check = (formula: string, num: string, den: string, reported: string) => {
  const v = computeRate(formula, qty(num), qty(den))!;
  const r = qty(reported);
  return { point: v.point.toFixed(2), verdict: verdict({ value: r.value, decimals: r.decimals }, v.exact) };
};

describe('rate library on 002 忻州', () => {
  it('在职人员控制率 15/17 = 88.24%; 88.23% is only a truncation (people are exact)', () => {
    expect(check('在职人员控制率', '15人', '17人', '88.23%')).toEqual({ point: '88.24', verdict: 'rounding' });
    expect(check('在职人员控制率', '15人', '17人', '88.24%').verdict).toBe('equal');
  });

  it('预算调整率 20.8/174.56 = 11.92%; 10.68% is wrong', () => {
    expect(check('预算调整率', '20.8万元', '174.56万元', '10.68%')).toEqual({ point: '11.92', verdict: 'mismatch' });
  });

  it('"三公经费"控制率 0.55/3 = 18.33% is consistent', () => {
    expect(check('三公经费控制率', '0.55万元', '3万元', '18.33%')).toEqual({ point: '18.33', verdict: 'equal' });
  });

  it('rounded inputs widen the interval: 2.33/6.30 = 36.98% but 37.06% is consistent', () => {
    expect(check('执行率', '2.33', '6.30', '37.06%').verdict).toBe('equal');
  });

  it('变动率 is (本年 − 上年) / 上年', () => {
    expect(check('变动率', '2.03', '1.85', '9.73%')).toEqual({ point: '9.73', verdict: 'equal' });
  });

  it('编外人员控制率 is 编外 / (在编 + 编外): 4 / 24 = 16.67%', () => {
    expect(check('编外人员控制率', '4人', '20人', '16.67%')).toEqual({ point: '16.67', verdict: 'equal' });
  });

  it('a zero or missing denominator is not computed', () => {
    expect(computeRate('执行率', qty('1.9'), qty('0'))).toBeNull();
    expect(new Decimal(1).isZero()).toBe(false);
  });
});
