import { parseCell, readNumberFormat, type Parsed } from '../../../src/core/values';

function q(p: Parsed) {
  if (p.kind !== 'quantity') throw new Error(`expected a quantity, got ${JSON.stringify(p)}`);
  return { value: p.value.toFixed(), unit: p.unit, decimals: p.decimals, comparator: p.comparator };
}

describe('parseCell', () => {
  test('empty, strings, booleans', () => {
    expect(parseCell(null)).toEqual({ kind: 'empty', raw: '' });
    expect(q(parseCell('1115.09万'))).toEqual({ value: '1115.09', unit: '万元', decimals: 2, comparator: null });
    expect(parseCell('—')).toEqual({ kind: 'empty', raw: '—' });
    expect(parseCell(true)).toEqual({ kind: 'text', raw: 'TRUE', malformed: false });
    expect(parseCell(Number.NaN)).toMatchObject({ kind: 'text', malformed: true });
  });

  test('percent with display text and format keeps the exact value', () => {
    expect(q(parseCell(1.0276470588235294, '102.76%', '0.00%'))).toEqual({
      value: '102.76470588235294', unit: '%', decimals: 2, comparator: null,
    });
  });

  test('percent from the format alone', () => {
    expect(q(parseCell(0.9689, undefined, '0.00%'))).toEqual({ value: '96.89', unit: '%', decimals: 2, comparator: null });
    expect(q(parseCell(0.5, undefined, '0.0%'))).toEqual({ value: '50', unit: '%', decimals: 1, comparator: null });
  });

  test('percent from the display text alone', () => {
    expect(q(parseCell(0.9689, '96.89%'))).toEqual({ value: '96.89', unit: '%', decimals: 2, comparator: null });
  });

  test('a quoted % in the format prints the value as it is', () => {
    expect(q(parseCell(96.89, '96.89%', '0.00"%"'))).toEqual({ value: '96.89', unit: '%', decimals: 2, comparator: null });
    expect(q(parseCell(96.89, '96.89%'))).toEqual({ value: '96.89', unit: '%', decimals: 2, comparator: null });
  });

  test('decimals from the shortest representation', () => {
    expect(q(parseCell(348.64)).decimals).toBe(2);
    expect(q(parseCell(20)).decimals).toBe(0);
    expect(q(parseCell(1115.09)).decimals).toBe(2);
    expect(q(parseCell(1 / 3)).decimals).toBe(10);
    expect(q(parseCell(1e21)).value).toBe('1000000000000000000000');
  });

  test('decimals from the display text, then the format', () => {
    expect(q(parseCell(1115.09, '1,115.09'))).toEqual({ value: '1115.09', unit: '', decimals: 2, comparator: null });
    expect(q(parseCell(1115.094, '1,115.09', '#,##0.00')).decimals).toBe(2);
    expect(q(parseCell(20, undefined, '0.00')).decimals).toBe(2);
    expect(q(parseCell(20, undefined, '#,##0')).decimals).toBe(0);
    expect(q(parseCell(20.5, undefined, 'General')).decimals).toBe(1);
    expect(q(parseCell(0, ' - ', '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ '))).toEqual({
      value: '0', unit: '', decimals: 2, comparator: null,
    });
  });

  test('a unit in the display text is used', () => {
    expect(q(parseCell(1115.09, '1115.09万元'))).toEqual({ value: '1115.09', unit: '万元', decimals: 2, comparator: null });
    expect(q(parseCell(1.2, '1.2亿', '0.0"亿"'))).toEqual({ value: '12000', unit: '万元', decimals: -3, comparator: null });
    expect(q(parseCell(3000, '3000元'))).toEqual({ value: '3000', unit: '元', decimals: 0, comparator: null });
    expect(q(parseCell(90, '≥90%', '"≥"0"%"'))).toEqual({ value: '90', unit: '%', decimals: 0, comparator: '>=' });
  });

  test('a date-formatted number is not a quantity', () => {
    expect(parseCell(45291, '2023-12-31', 'yyyy-mm-dd')).toEqual({ kind: 'text', raw: '2023-12-31', malformed: false });
  });

  test('negative zero reads as zero', () => {
    expect(q(parseCell(-0)).value).toBe('0');
  });
});

describe('readNumberFormat', () => {
  test.each([
    ['0.00', null, 2, false],
    ['0.0%', 'scaled', 1, false],
    ['0%', 'scaled', 0, false],
    ['#,##0.00', null, 2, false],
    ['#,##0.00_);[Red](#,##0.00)', null, 2, false],
    ['0.00"%"', 'literal', 2, false],
    ['0.00\\%', 'literal', 2, false],
    ['0.00"万元"', null, 2, false],
    ['General', null, null, false],
    ['@', null, null, false],
    ['yyyy-mm-dd', null, null, true],
    ['yyyy"年"m"月"d"日"', null, null, true],
    ['[h]:mm:ss', null, null, true],
    ['0.00E+00', null, null, false],
    ['[$-804]0.000', null, 3, false],
  ] as const)('%s', (format, percent, decimals, date) => {
    expect(readNumberFormat(format)).toEqual({ percent, decimals, date });
  });
});
