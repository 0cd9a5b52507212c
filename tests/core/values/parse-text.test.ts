import { parseText, quantityText, isQuantity, type Comparator, type Parsed } from '../../../src/core/values';

interface QuantityCase {
  raw: string;
  value: string;
  unit?: string;
  comparator?: Comparator | null;
  decimals?: number;
  writtenUnit?: string;
  annotation?: string | null;
}

function expectQuantity(p: Parsed, c: QuantityCase): void {
  expect(p.kind).toBe('quantity');
  if (p.kind !== 'quantity') return;
  expect(p.raw).toBe(c.raw);
  expect(p.value.toFixed()).toBe(c.value);
  expect(p.unit).toBe(c.unit ?? '');
  expect(p.comparator).toBe(c.comparator ?? null);
  if (c.decimals !== undefined) expect(p.decimals).toBe(c.decimals);
  if (c.writtenUnit !== undefined) expect(p.writtenUnit).toBe(c.writtenUnit);
  if (c.annotation !== undefined) expect(p.annotation).toBe(c.annotation);
}

describe('parseText: seed quantities', () => {
  const cases: QuantityCase[] = [
    { raw: '≤1085.09万', value: '1085.09', unit: '万元', comparator: '<=', decimals: 2, writtenUnit: '万' },
    { raw: '1115.09万', value: '1115.09', unit: '万元', decimals: 2 },
    { raw: '100\n\n（调减20万）', value: '100', decimals: 0, annotation: '调减20万' },
    { raw: '4次', value: '4', unit: '次', decimals: 0 },
    { raw: '6次', value: '6', unit: '次', decimals: 0 },
    { raw: '96.9万', value: '96.9', unit: '万元', decimals: 1 },
    { raw: '100%', value: '100', unit: '%', decimals: 0 },
    { raw: '102.76%', value: '102.76', unit: '%', decimals: 2 },
    { raw: '20,179.71', value: '20179.71', decimals: 2 },
    { raw: '0', value: '0', decimals: 0 },
    { raw: '不低于90%', value: '90', unit: '%', comparator: '>=' },
    { raw: '≥90%', value: '90', unit: '%', comparator: '>=' },
    { raw: '0.5%以下', value: '0.5', unit: '%', comparator: '<=', decimals: 1 },
    { raw: '达到100%', value: '100', unit: '%', comparator: '>=' },
    { raw: '2242.83', value: '2242.83', decimals: 2 },
    { raw: '1.2亿', value: '12000', unit: '万元', decimals: -3, writtenUnit: '亿' },
    { raw: '3000元', value: '3000', unit: '元', decimals: 0, writtenUnit: '元' },
    { raw: '　20', value: '20', decimals: 0 },
    { raw: '18\n　', value: '18', decimals: 0, annotation: null },
    { raw: '30.0', value: '30', decimals: 1 },
  ];
  test.each(cases)('$raw', (c) => expectQuantity(parseText(c.raw), c));
});

describe('parseText: comparators', () => {
  const cases: [string, Comparator][] = [
    ['≥5', '>='], ['≤5', '<='], ['>5', '>'], ['<5', '<'], ['=5', '='],
    ['＞5', '>'], ['＜5', '<'], ['＝5', '='], ['≧5', '>='], ['≦5', '<='], ['>=5', '>='], ['<=5', '<='],
    ['不低于5', '>='], ['不少于5', '>='], ['不小于5', '>='], ['大于等于5', '>='], ['达到5', '>='],
    ['不高于5', '<='], ['不超过5', '<='], ['不大于5', '<='], ['小于等于5', '<='],
    ['低于5', '<'], ['小于5', '<'], ['高于5', '>'], ['大于5', '>'], ['超过5', '>'], ['等于5', '='],
    ['5以上', '>='], ['5以下', '<='], ['5以内', '<='], ['90%以上', '>='], ['3天以内', '<='],
    ['≥ 90 %', '>='], ['≥90%以上', '>='], ['控制在100万元以内', '<='],
  ];
  test.each(cases)('%s → %s', (raw, comparator) => {
    const p = parseText(raw);
    expect(p.kind).toBe('quantity');
    if (p.kind === 'quantity') expect(p.comparator).toBe(comparator);
  });

  test('contradicting prefix and suffix is malformed', () => {
    expect(parseText('≤90%以上')).toEqual({ kind: 'text', raw: '≤90%以上', malformed: true });
  });
});

describe('parseText: units', () => {
  const cases: QuantityCase[] = [
    { raw: '5万元', value: '5', unit: '万元', writtenUnit: '万元', decimals: 0 },
    { raw: '1.5亿元', value: '15000', unit: '万元', writtenUnit: '亿元', decimals: -3 },
    { raw: '2亿', value: '20000', unit: '万元', decimals: -4 },
    { raw: '35千元', value: '3.5', unit: '万元', writtenUnit: '千元', decimals: 1 },
    { raw: '3.25千元', value: '0.325', unit: '万元', decimals: 3 },
    { raw: '3000元', value: '3000', unit: '元' },
    { raw: '12家', value: '12', unit: '家' },
    { raw: '3个', value: '3', unit: '个' },
    { raw: '50人', value: '50', unit: '人' },
    { raw: '200人次', value: '200', unit: '人次' },
    { raw: '8户', value: '8', unit: '户' },
    { raw: '15笔', value: '15', unit: '笔' },
    { raw: '6项', value: '6', unit: '项' },
    { raw: '30天', value: '30', unit: '天' },
    { raw: '12个月', value: '12', unit: '月', writtenUnit: '个月' },
    { raw: '1年', value: '1', unit: '年' },
    { raw: '95分', value: '95', unit: '分' },
    { raw: '2篇', value: '2', unit: '篇' },
    { raw: '4场', value: '4', unit: '场' },
    { raw: '100平方米', value: '100', unit: '平方米' },
    { raw: '100m²', value: '100', unit: '平方米' },
    { raw: '100㎡', value: '100', unit: '平方米' },
    { raw: '12公里', value: '12', unit: '公里' },
    { raw: '12KM', value: '12', unit: '公里' },
    { raw: '2.5小时', value: '2.5', unit: '小时', decimals: 1 },
    { raw: '300吨', value: '300', unit: '吨' },
    { raw: '1.2万人', value: '12000', unit: '人', writtenUnit: '万人', decimals: -3 },
    { raw: '5元/人', value: '5', unit: '元/人' },
    { raw: '1.5万元/年', value: '1.5', unit: '万元/年' },
    { raw: '2个百分点', value: '2', unit: '百分点' },
    { raw: '100（万元）', value: '100', unit: '万元', annotation: null },
    { raw: '１０％', value: '10', unit: '%' },
  ];
  test.each(cases)('$raw', (c) => expectQuantity(parseText(c.raw), c));
});

describe('parseText: numbers', () => {
  const cases: QuantityCase[] = [
    { raw: '-5', value: '-5' },
    { raw: '−5', value: '-5' },
    { raw: '－5', value: '-5' },
    { raw: '+5', value: '5' },
    { raw: '≥-0.5%', value: '-0.5', unit: '%', comparator: '>=', decimals: 1 },
    { raw: '-0', value: '0' },
    { raw: '1,115.09', value: '1115.09', decimals: 2 },
    { raw: '1,234,567', value: '1234567', decimals: 0 },
    { raw: '20,179.71万元', value: '20179.71', unit: '万元' },
    { raw: '１２３.４５', value: '123.45', decimals: 2 },
    { raw: '007', value: '7', decimals: 0 },
    { raw: '0.50', value: '0.5', decimals: 2 },
    { raw: '\u200b42\ufeff', value: '42' },
  ];
  test.each(cases)('$raw', (c) => expectQuantity(parseText(c.raw), c));

  test('a list comma is not a thousands separator', () => {
    for (const raw of ['3,4', '1,2345', '12,34.5', '1234,567']) {
      expect(parseText(raw)).toEqual({ kind: 'text', raw, malformed: true });
    }
  });
});

describe('parseText: annotations', () => {
  const cases: QuantityCase[] = [
    { raw: '100（调减20万）', value: '100', annotation: '调减20万' },
    { raw: '100\n（调减20万）', value: '100', annotation: '调减20万' },
    { raw: '100(调减20万)', value: '100', annotation: '调减20万' },
    { raw: '100万元【含追加】', value: '100', unit: '万元', annotation: '含追加' },
    { raw: '90%以上（含）', value: '90', unit: '%', comparator: '>=', annotation: '含' },
    { raw: '100\n调减20万', value: '100', annotation: '调减20万' },
    { raw: '100\n分析说明', value: '100', unit: '', annotation: '分析说明' },
    { raw: '3次\n全员参与，强化党建引领', value: '3', unit: '次', annotation: '全员参与,强化党建引领' },
    { raw: '100（调减（部分）20万）', value: '100', annotation: '调减(部分)20万' },
    { raw: '6次。', value: '6', unit: '次', annotation: null },
  ];
  test.each(cases)('$raw', (c) => expectQuantity(parseText(c.raw), c));

  test('a number on the following line is not an annotation', () => {
    expect(parseText('2242.8\n3')).toEqual({ kind: 'text', raw: '2242.8\n3', malformed: true });
    expect(parseText('4次\n6次')).toEqual({ kind: 'text', raw: '4次\n6次', malformed: true });
  });
});

describe('parseText: placeholders', () => {
  test.each(['', '   ', '\n', '—', '-', '/', '无', '——', '－', '―', '--', '/ ', '— —', 'N/A', 'n/a', 'NA', '暂无', '－－', '−', '___'])(
    '%j is empty',
    (raw) => expect(parseText(raw)).toEqual({ kind: 'empty', raw }),
  );
});

describe('parseText: text', () => {
  const sentences = [
    '每季度1次，共4次',
    '今年入库省级上市后备企业4家，市级上市后备企业5家',
    '党组会议形式开展理论学习，3次',
    '全员参与3次，强化党建引领。',
    '显著提升', '完整', '合规', '提高服务满意度', '优', '良',
    '3天内完成', '完成率达到100%', '90%-100%', '90-100', '2023-12-31', '2023.12.31', '2023年12月底前',
    '约100万元', '1/2', '3A', '以上', '达标', '1、2、3', 'TRUE', '90%的',
  ];
  test.each(sentences)('%j is text, not malformed', (raw) => {
    expect(parseText(raw)).toEqual({ kind: 'text', raw, malformed: false });
  });

  const malformed = [
    '１０，５％', '12..5万', '1.2.3', '9o%', '1O0', '1 2 3', '≥', '≥万元', '%', '万元', '次',
    '100.', '.5', '+', '.', '10,5%', '1,2', '#DIV/0!', '#N/A', '#VALUE!', '≥ 1.2.3 万元（调减）', '12..5\n说明',
  ];
  test.each(malformed)('%j is malformed text', (raw) => {
    expect(parseText(raw)).toEqual({ kind: 'text', raw, malformed: true });
  });
});

describe('quantityText', () => {
  const cases: [string, string][] = [
    ['≤1085.09万', '≤1085.09万元'],
    ['不低于1085.09万元', '≥1085.09万元'],
    ['4次', '4次'],
    ['30.0', '30.0'],
    ['1.2亿', '12000万元'],
    ['>5', '>5'],
    ['3000元', '3000元'],
  ];
  test.each(cases)('%s → %s', (raw, shown) => {
    const p = parseText(raw);
    expect(isQuantity(p)).toBe(true);
    if (isQuantity(p)) expect(quantityText(p)).toBe(shown);
  });
});
