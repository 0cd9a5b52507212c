import { formatNumber } from '../../src/standin';
import { standin } from './standin-test-kit';

async function write(kit: ReturnType<typeof standin>, address: string, values: unknown[][], numberFormat?: string) {
  await kit.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Sheet 2').getRange(address);
    if (numberFormat) range.numberFormat = [[numberFormat]];
    range.values = values;
    await context.sync();
  });
}

describe('writing values as Excel stores them', () => {
  test('"=…" written to values becomes a formula, unless the cell is formatted as text or prefixed with an apostrophe', async () => {
    const kit = standin();
    await write(kit, 'C1', [['=B1*10']]);
    expect(kit.host.cell('Sheet 2', 'C1')).toMatchObject({ formula: '=B1*10', value: 10 });
    await write(kit, 'C2', [['=B1*10']], '@');
    expect(kit.host.cell('Sheet 2', 'C2')).toMatchObject({ formula: null, value: '=B1*10', valueType: 'String' });
    await write(kit, 'C3', [["'=x"]]);
    expect(kit.host.cell('Sheet 2', 'C3')).toMatchObject({ formula: null, value: '=x', text: '=x' });
  });

  test('numeric, percent, boolean and error text is converted as if typed; "@" cells keep text', async () => {
    const kit = standin();
    await write(kit, 'D1:D6', [['12.5'], ['85%'], ['1,234'], ['true'], ['#N/A'], ['(12)']]);
    expect(kit.host.cell('Sheet 2', 'D1')).toMatchObject({ value: 12.5, valueType: 'Double' });
    expect(kit.host.cell('Sheet 2', 'D2')).toMatchObject({ value: 0.85, numberFormat: '0%', text: '85%' });
    expect(kit.host.cell('Sheet 2', 'D3')).toMatchObject({ value: 1234, numberFormat: '#,##0', text: '1,234' });
    expect(kit.host.cell('Sheet 2', 'D4')).toMatchObject({ value: true, valueType: 'Boolean', text: 'TRUE' });
    expect(kit.host.cell('Sheet 2', 'D5')).toMatchObject({ value: '#N/A', valueType: 'Error' });
    expect(kit.host.cell('Sheet 2', 'D6')).toMatchObject({ value: -12 });
    await write(kit, 'E1', [['007']], '@');
    expect(kit.host.cell('Sheet 2', 'E1')).toMatchObject({ value: '007', valueType: 'String' });
  });

  test('a non-array value is broadcast to every cell; null leaves a cell unchanged; "" clears it', async () => {
    const kit = standin();
    await kit.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet 2');
      (sheet.getRange('F1:G2') as unknown as { values: unknown }).values = 5;
      await context.sync();
      sheet.getRange('A1:B1').values = [[null, '']];
      await context.sync();
    });
    expect(kit.host.cell('Sheet 2', 'G2').value).toBe(5);
    expect(kit.host.cell('Sheet 2', 'A1').value).toBe('a');
    expect(kit.host.cell('Sheet 2', 'B1')).toMatchObject({ value: '', valueType: 'Empty' });
  });

  test('formulas, numberFormat, valueTypes and text read back per cell', async () => {
    const kit = standin();
    await kit.run(async (context) => {
      const range = context.workbook.worksheets.getItem('评分表').getRange('A5:D5');
      range.load('values, formulas, numberFormat, valueTypes, text');
      await context.sync();
      expect(range.formulas).toEqual([['合计', '=SUM(B2:B4)', '=SUM(C2:C4)', '=ROUND(C5/B5,4)']]);
      expect(range.values).toEqual([['合计', 100, 87, 0.87]]);
      expect(range.numberFormat).toEqual([['General', 'General', 'General', '0.00%']]);
      expect(range.valueTypes).toEqual([['String', 'Double', 'Double', 'Double']]);
      expect(range.text).toEqual([['合计', '100', '87', '87.00%']]);
    });
  });
});

describe('number formats', () => {
  test.each([
    [0.8765, '0.00%', '87.65%'],
    [0.87654, '0.00%', '87.65%'],
    [0.5, '0.0%', '50.0%'],
    [1, '0%', '100%'],
    [2.5, '0', '3'],
    [-2.5, '0', '-3'],
    [1.005, '0.00', '1.01'],
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [-1234.5, '#,##0.00', '-1,234.50'],
    [0.1 + 0.2, 'General', '0.3'],
    [1 / 3, 'General', '0.333333333'],
    [123456789012, 'General', '1.23457E+11'],
    [42, '@', '42'],
    [12.3, '0.00_ ', '12.30 '],
    [-5, '0.00;[Red]-0.00', '-5.00'],
    [0, '0.00;-0.00;"—"', '—'],
    [45292, 'yyyy/m/d', '2024/1/1'],
    [45292, 'yyyy"年"m"月"d"日"', '2024年1月1日'],
    [1234.5, '0.00E+00', '1.23E+03'],
  ])('%p under %p shows %p', (value, format, text) => {
    expect(formatNumber(value, format)).toBe(text);
  });
});
