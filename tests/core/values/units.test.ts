import { convertible, parseText, toUnit, type Quantity } from '../../../src/core/values';

function quantity(raw: string): Quantity {
  const p = parseText(raw);
  if (p.kind !== 'quantity') throw new Error(`not a quantity: ${raw}`);
  return p;
}

describe('convertible', () => {
  test.each([
    ['元', '万元', true],
    ['万元', '元', true],
    ['万元', '万元', true],
    ['%', '%', true],
    ['%', '万元', false],
    ['%', '次', false],
    ['次', '次', true],
    ['次', '家', false],
    ['人', '人次', false],
    ['', '次', true],
    ['%', '', true],
    ['', '', true],
    ['元/人', '万元/人', true],
    ['元/人', '元', false],
    ['元/人', '元/年', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(convertible(a, b)).toBe(expected);
    expect(convertible(b, a)).toBe(expected);
  });
});

describe('toUnit', () => {
  test('元 → 万元 is exact and gains 4 decimals', () => {
    const r = toUnit(quantity('3000元'), '万元');
    expect(r?.value.toFixed()).toBe('0.3');
    expect(r?.unit).toBe('万元');
    expect(r?.decimals).toBe(4);
  });

  test('万元 → 元 loses 4 decimals', () => {
    const r = toUnit(quantity('1115.09万'), '元');
    expect(r?.value.toFixed()).toBe('11150900');
    expect(r?.unit).toBe('元');
    expect(r?.decimals).toBe(-2);
  });

  test('per-unit money converts too', () => {
    expect(toUnit(quantity('5000元/人'), '万元/人')?.value.toFixed()).toBe('0.5');
  });

  test('identity, bare numbers and refusals', () => {
    const times = quantity('4次');
    expect(toUnit(times, '次')).toBe(times);
    const bare = toUnit(quantity('4'), '次');
    expect(bare?.unit).toBe('次');
    expect(bare?.value.toFixed()).toBe('4');
    expect(toUnit(times, '家')).toBeNull();
    expect(toUnit(quantity('90%'), '万元')).toBeNull();
  });

  test('round trip 元 → 万元 → 元 is exact', () => {
    const q = quantity('20,179.71元');
    const back = toUnit(toUnit(q, '万元')!, '元')!;
    expect(back.value.eq(q.value)).toBe(true);
    expect(back.decimals).toBe(q.decimals);
  });
});
