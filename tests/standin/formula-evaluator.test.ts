import { sheetFromRows, workbookFromSheets } from '../../src/standin';
import { standin } from './standin-test-kit';

function formulaKit() {
  return standin(
    workbookFromSheets(
      sheetFromRows('S', [
        [10, 4, '=A1/B1', '=A1+B1+C1', '=SUM(A1:B2)', '=ROUND(C1,1)'],
        [1, 0, '=A2/B2', '=IFERROR(C2,"-")', '=MAX(A1:B2)-MIN(A1:B2)', '=IF(A1>5,"高","低")'],
        ['x', '=A3&"y"', '=A1*2^2', '=-A1%', '=SUM(A1,B1,5)', '=AVERAGE(A1:B1)'],
      ]),
      { name: 'Other', cells: [[null, 42]], formulas: [['=S!A1*3', '=VLOOKUP(1,S!A1:B2,2,FALSE)']] },
    ),
  );
}

describe('the tiny formula evaluator', () => {
  test('computes the supported forms on load', () => {
    const kit = formulaKit();
    const value = (address: string, sheet = 'S') => kit.host.cell(sheet, address).value;
    expect(value('C1')).toBe(2.5);
    expect(value('D1')).toBe(16.5);
    expect(value('E1')).toBe(15);
    expect(value('F1')).toBe(2.5);
    expect(kit.host.cell('S', 'C2')).toMatchObject({ value: '#DIV/0!', valueType: 'Error' });
    expect(value('D2')).toBe('-');
    expect(value('E2')).toBe(10);
    expect(value('F2')).toBe('高');
    expect(value('B3')).toBe('xy');
    expect(value('C3')).toBe(40);
    expect(value('D3')).toBe(-0.1);
    expect(value('E3')).toBe(19);
    expect(value('F3')).toBe(7);
    expect(value('A1', 'Other')).toBe(30);
  });

  test('unsupported functions keep their cached value, or show #NAME? when they have none', async () => {
    const kit = formulaKit();
    expect(kit.host.cell('Other', 'B1')).toMatchObject({ value: 42, formula: '=VLOOKUP(1,S!A1:B2,2,FALSE)' });
    await kit.run(async (context) => {
      context.workbook.worksheets.getItem('Other').getRange('C1').formulas = [['=TEXT(1,"0")']];
      await context.sync();
    });
    expect(kit.host.cell('Other', 'C1')).toMatchObject({ value: '#NAME?', valueType: 'Error' });
  });

  test('dependents recompute when inputs change, through chains and across sheets', async () => {
    const kit = formulaKit();
    await kit.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1').values = [[20]];
      await context.sync();
    });
    expect(kit.host.cell('S', 'C1').value).toBe(5);
    expect(kit.host.cell('S', 'D1').value).toBe(29);
    expect(kit.host.cell('S', 'F1').value).toBe(5);
    expect(kit.host.cell('Other', 'A1').value).toBe(60);
    await kit.host.userEdit('S', 'B2', [['2']]);
    expect(kit.host.cell('S', 'C2').value).toBe(0.5);
    expect(kit.host.cell('S', 'D2').value).toBe(0.5);
  });

  test('the evaluation-form totals follow edits', async () => {
    const kit = standin();
    await kit.host.userEdit('评分表', 'C2', [[40]]);
    expect(kit.host.cell('评分表', 'D2').text).toBe('100.00%');
    expect(kit.host.cell('评分表', 'C5').value).toBe(91);
    expect(kit.host.cell('评分表', 'D5').text).toBe('91.00%');
  });

  test('a circular reference yields 0 instead of hanging', async () => {
    const kit = standin(workbookFromSheets(sheetFromRows('S', [[1]])));
    await kit.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('B1:C1').formulas = [['=C1+1', '=B1+1']];
      await context.sync();
    });
    expect(typeof kit.host.cell('S', 'B1').value).toBe('number');
  });

  test('defined names can be used in formulas', async () => {
    const kit = standin(workbookFromSheets(sheetFromRows('S', [[2, 3]])));
    await kit.run(async (context) => {
      context.workbook.names.add('权重', '=0.5');
      context.workbook.names.add('数据', context.workbook.worksheets.getItem('S').getRange('A1:B1'));
      context.workbook.worksheets.getItem('S').getRange('C1').formulas = [['=SUM(数据)*权重']];
      await context.sync();
    });
    expect(kit.host.cell('S', 'C1').value).toBe(2.5);
  });
});
