import fc from 'fast-check';
import { Decimal } from '../../../src/core/decimal';
import { parseText, type Comparator, type Parsed } from '../../../src/core/values';

function wellFormed(p: Parsed): void {
  expect(['empty', 'quantity', 'text']).toContain(p.kind);
  if (p.kind === 'quantity') {
    expect(p.value.isFinite()).toBe(true);
    expect(Number.isInteger(p.decimals)).toBe(true);
    expect(typeof p.unit).toBe('string');
  }
  if (p.kind === 'text') expect(typeof p.malformed).toBe('boolean');
}

const VOCABULARY = [
  '0', '1', '2', '5', '9', '00', '.', ',', '，', '-', '−', '－', '+', ' ', '　', '\n', '\r\n',
  '≥', '≤', '>', '<', '=', '＞', '＜', '≧', '≦', '>=', '不低于', '不超过', '达到', '以上', '以下', '以内', '内',
  '%', '％', '万', '万元', '亿', '亿元', '元', '千元', '次', '家', '人', '人次', '个', '个月', '分', 'm²', '㎡', 'km', '/', '/人',
  '(', ')', '（', '）', '【', '】', '调减', '每季度', '共', '，', '。', '显著提升', '无', '—', '——', 'o', 'O', 'l', 'N/A', '#', '１', '０',
];

describe('parseText properties', () => {
  test('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string({ unit: 'binary', maxLength: 200 })),
        (s) => wellFormed(parseText(s)),
      ),
      { numRuns: 3000 },
    );
  });

  test('never throws on strings built from the value vocabulary', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...VOCABULARY), maxLength: 12 }), (s) => wellFormed(parseText(s))),
      { numRuns: 5000 },
    );
  });

  const comparators: [string, Comparator][] = [
    ['≥', '>='], ['≤', '<='], ['>', '>'], ['<', '<'], ['=', '='], ['不低于', '>='], ['不超过', '<='], ['达到', '>='],
    ['高于', '>'], ['低于', '<'], ['＞', '>'], ['≧', '>='],
  ];
  /** written unit → [normalised unit, power of ten into it] */
  const units: [string, string, number][] = [
    ['', '', 0], ['%', '%', 0], ['万', '万元', 0], ['万元', '万元', 0], ['亿', '万元', 4], ['亿元', '万元', 4],
    ['千元', '万元', -1], ['元', '元', 0], ['次', '次', 0], ['家', '家', 0], ['人次', '人次', 0], ['万人', '人', 4], ['个月', '月', 0],
  ];

  test('round trip: comparator? + number with k decimals + unit? reads back exactly', () => {
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...comparators), { nil: null }),
        fc.boolean(),
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.integer({ min: 0, max: 6 }),
        fc.boolean(),
        fc.constantFrom(...units),
        fc.constantFrom('', ' '),
        (comparator, negative, digits, k, grouped, [written, unit, exp], space) => {
          const text = digits.toString().padStart(k + 1, '0');
          let integer = text.slice(0, text.length - k).replace(/^0+(?=\d)/, '');
          const fraction = text.slice(text.length - k);
          if (grouped) integer = integer.replace(/\B(?=(\d{3})+$)/g, ',');
          const number = (negative ? '-' : '') + integer + (k > 0 ? '.' + fraction : '');
          const raw = (comparator ? comparator[0] + space : '') + number + space + written;
          const p = parseText(raw);
          expect(p.kind).toBe('quantity');
          if (p.kind !== 'quantity') return;
          const expected = new Decimal(number.replace(/,/g, '')).times(new Decimal(10).pow(exp));
          expect(p.value.eq(expected)).toBe(true);
          expect(p.unit).toBe(unit);
          expect(p.writtenUnit).toBe(written);
          expect(p.comparator).toBe(comparator ? comparator[1] : null);
          expect(p.decimals).toBe(k - exp);
          expect(p.annotation).toBeNull();
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('an annotation never changes the value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.string({ unit: fc.constantFrom('调', '减', '增', '加', '2', '0', '万', '元', ' ', '，'), minLength: 1, maxLength: 8 }),
        fc.constantFrom('（%s）', '(%s)', '\n（%s）', '\n\n(%s)', '【%s】'),
        (n, note, shape) => {
          const p = parseText(String(n) + shape.replace('%s', note));
          expect(p.kind).toBe('quantity');
          if (p.kind === 'quantity') expect(p.value.toFixed()).toBe(String(n));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
