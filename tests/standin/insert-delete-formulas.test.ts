import { sheetFromRows, workbookFromSheets } from '../../src/standin';
import { standin } from './standin-test-kit';

/** Rows 1–6 of data with totals, a second sheet reading it, and names pointing into it. */
function ledger() {
  const data = workbookFromSheets(
    sheetFromRows('数据', [
      ['项目', '预算', '执行'],
      ['甲', 100, 90],
      ['乙', 200, 150],
      ['丙', 300, 300],
      ['丁', 400, 100],
      ['合计', '=SUM(B2:B5)', '=SUM($C$2:$C$5)'],
      ['执行率', '=C6/B6', '=SUM(C:C)/2'],
      ['上一行', '=B5', "='另 表'!A1"],
    ]),
    sheetFromRows('另 表', [[1, '=数据!B6*2', '=SUM(数据!B3:B4)', '=数据!$B$4']]),
  );
  data.names = [
    { name: '乙预算', formula: '=数据!$B$3' },
    { name: '预算列', formula: '=数据!$B$2:$B$5' },
    { name: '整行', formula: '=数据!$4:$4' },
    { name: '常数', formula: '=0.6' },
  ];
  return standin(data);
}

async function editRows(kit: ReturnType<typeof standin>, address: string, edit: 'insert' | 'delete', sheet = '数据') {
  return kit.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    if (edit === 'delete') range.delete('Up');
    else range.insert('Down');
    await context.sync();
  });
}

const formula = (kit: ReturnType<typeof standin>, sheet: string, address: string) => kit.host.cell(sheet, address).formula;

async function names(kit: ReturnType<typeof standin>) {
  return kit.run(async (context) => {
    const items = context.workbook.names.load('items/name,items/formula,items/type,items/value');
    await context.sync();
    return Object.fromEntries(items.items.map((n) => [n.name, { formula: n.formula, type: n.type, value: n.value }]));
  });
}

describe('inserting whole rows', () => {
  test('cells move down; references at or below the insertion move, ranges spanning it grow, others stay', async () => {
    const kit = ledger();
    await editRows(kit, '4:5', 'insert'); // two rows above 丙
    expect(kit.host.cell('数据', 'A6').value).toBe('丙');
    expect(kit.host.cell('数据', 'A4')).toMatchObject({ value: '', formula: null });
    expect(formula(kit, '数据', 'B8')).toBe('=SUM(B2:B7)');
    expect(formula(kit, '数据', 'C8')).toBe('=SUM($C$2:$C$7)');
    expect(formula(kit, '数据', 'B9')).toBe('=C8/B8');
    expect(formula(kit, '数据', 'C9')).toBe('=SUM(C:C)/2'); // whole columns do not move with rows
    expect(formula(kit, '数据', 'B10')).toBe('=B7');
    expect(formula(kit, '数据', 'C10')).toBe("='另 表'!A1"); // another sheet: untouched
    // Formulas on other sheets that read the changed sheet follow it.
    expect(formula(kit, '另 表', 'B1')).toBe('=数据!B8*2');
    expect(formula(kit, '另 表', 'C1')).toBe('=SUM(数据!B3:B6)');
    expect(formula(kit, '另 表', 'D1')).toBe('=数据!$B$6');
    // Values recalculate from the moved cells.
    expect(kit.host.cell('数据', 'B8').value).toBe(1000);
    expect(kit.host.cell('另 表', 'B1').value).toBe(2000);
    expect(kit.host.cell('另 表', 'C1').value).toBe(500);
  });

  test('an insertion at the first row of a range moves it; below its last row leaves it', async () => {
    const kit = ledger();
    await editRows(kit, '2:2', 'insert');
    expect(formula(kit, '数据', 'B7')).toBe('=SUM(B3:B6)');
    await editRows(kit, '8:8', 'insert'); // right below the range (now rows 3–6) and the total row
    expect(formula(kit, '数据', 'B7')).toBe('=SUM(B3:B6)');
    expect(formula(kit, '数据', 'B9')).toBe('=C7/B7');
  });

  test('only references are rewritten: strings, function names and spacing stay as typed', async () => {
    const kit = ledger();
    await kit.host.userEdit('另 表', 'F1:G1', [['=IF( 数据!B5 > 0, "B5 ok", ROUND(数据!B5 , 0) )&"|数据!B5"', '=LOG10(数据!B5)']]);
    await editRows(kit, '1:1', 'insert');
    expect(formula(kit, '另 表', 'F1')).toBe('=IF( 数据!B6 > 0, "B5 ok", ROUND(数据!B6 , 0) )&"|数据!B5"');
    expect(kit.host.cell('另 表', 'F1').value).toBe('B5 ok|数据!B5');
    expect(formula(kit, '另 表', 'G1')).toBe('=LOG10(数据!B6)');
  });

  test('workbook names move or grow; constants are left alone', async () => {
    const kit = ledger();
    await editRows(kit, '3:3', 'insert');
    expect(await names(kit)).toMatchObject({
      乙预算: { formula: '=数据!$B$4', type: 'Range' },
      预算列: { formula: '=数据!$B$2:$B$6' },
      整行: { formula: '=数据!$5:$5' },
      常数: { formula: '=0.6', type: 'Double', value: 0.6 },
    });
  });

  test('Range.insert returns the range at the now blank space', async () => {
    const kit = ledger();
    const address = await kit.run(async (context) => {
      const inserted = context.workbook.worksheets.getItem('数据').getRange('A3').getEntireRow().insert(kit.Excel.InsertShiftDirection.down).load('address,values');
      await context.sync();
      expect(inserted.values[0].slice(0, 3)).toEqual(['', '', '']);
      return inserted.address;
    });
    expect(address).toBe('数据!3:3');
  });
});

describe('deleting whole rows', () => {
  test('cells close up; ranges shrink; references to deleted cells become #REF! (with their sheet when named)', async () => {
    const kit = ledger();
    await editRows(kit, '5:5', 'delete'); // 丁
    expect(kit.host.cell('数据', 'A5').value).toBe('合计');
    expect(formula(kit, '数据', 'B5')).toBe('=SUM(B2:B4)');
    expect(formula(kit, '数据', 'C5')).toBe('=SUM($C$2:$C$4)');
    expect(formula(kit, '数据', 'B7')).toBe('=#REF!');
    expect(kit.host.cell('数据', 'B7')).toMatchObject({ value: '#REF!', valueType: 'Error' });
    expect(kit.host.cell('数据', 'B5').value).toBe(600);
    await editRows(kit, '3:4', 'delete'); // 乙, 丙
    expect(formula(kit, '另 表', 'C1')).toBe('=SUM(数据!#REF!)');
    expect(formula(kit, '另 表', 'D1')).toBe('=数据!#REF!');
    expect(kit.host.cell('另 表', 'D1')).toMatchObject({ value: '#REF!', valueType: 'Error' });
    expect(formula(kit, '另 表', 'B1')).toBe('=数据!B3*2');
    expect(kit.host.cell('另 表', 'B1').value).toBe(200);
  });

  test('a name whose cells are all deleted refers to #REF!; a name over a range shrinks', async () => {
    const kit = ledger();
    await editRows(kit, '3:4', 'delete');
    const after = await names(kit);
    expect(after['乙预算']).toEqual({ formula: '=数据!#REF!', type: 'Error', value: '#REF!' });
    expect(after['预算列'].formula).toBe('=数据!$B$2:$B$3');
    expect(after['整行'].formula).toBe('=数据!#REF!');
    const gone = await kit.run(async (context) => {
      const range = context.workbook.names.getItem('乙预算').getRangeOrNullObject();
      await context.sync();
      return range.isNullObject;
    });
    expect(gone).toBe(true);
  });

  test('a formula referring to a deleted row by a name recalculates to #REF!', async () => {
    const kit = ledger();
    await kit.host.userEdit('另 表', 'E1', [['=乙预算+1']]);
    expect(kit.host.cell('另 表', 'E1').value).toBe(201);
    await editRows(kit, '3:3', 'delete');
    expect(kit.host.cell('另 表', 'E1')).toMatchObject({ formula: '=乙预算+1', value: '#REF!', valueType: 'Error' });
  });
});

describe('whole columns', () => {
  test('inserting and deleting columns shifts column references the same way', async () => {
    const kit = ledger();
    await kit.run(async (context) => {
      context.workbook.worksheets.getItem('数据').getRange('B:B').insert('Right');
      await context.sync();
    });
    expect(kit.host.cell('数据', 'C2').value).toBe(100);
    expect(formula(kit, '数据', 'C6')).toBe('=SUM(C2:C5)');
    expect(formula(kit, '数据', 'D7')).toBe('=SUM(D:D)/2');
    expect(formula(kit, '另 表', 'D1')).toBe('=数据!$C$4');
    expect((await names(kit))['整行'].formula).toBe('=数据!$4:$4'); // whole rows do not move with columns
    await kit.run(async (context) => {
      context.workbook.worksheets.getItem('数据').getRange('C:C').getEntireColumn().delete(kit.Excel.DeleteShiftDirection.left);
      await context.sync();
    });
    expect(formula(kit, '数据', 'C6')).toBe('=SUM($C$2:$C$5)');
    expect(formula(kit, '数据', 'C7')).toBe('=SUM(C:C)/2');
    expect(formula(kit, '另 表', 'B1')).toBe('=数据!#REF!*2');
    expect(formula(kit, '另 表', 'D1')).toBe('=数据!#REF!');
  });
});

describe('what is refused', () => {
  test('part of a row or column is not emulated; a mismatched direction is InvalidArgument', async () => {
    const kit = ledger();
    await expect(editRows(kit, 'B3:C4', 'insert')).rejects.toMatchObject({ code: 'NotImplemented', message: expect.stringMatching(/whole rows and whole columns/) });
    await expect(
      kit.run(async (context) => {
        context.workbook.worksheets.getItem('数据').getRange('3:3').insert('Right');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      kit.run(async (context) => {
        context.workbook.worksheets.getItem('数据').getRange('3:3').delete('Sideways' as 'Up');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(kit.host.cell('数据', 'A3').value).toBe('乙');
  });

  test('an insertion that would push a nonblank cell off the sheet fails with NonBlankCellOffSheet', async () => {
    const kit = ledger();
    await kit.host.userEdit('数据', 'A1048576', [['末行']]);
    await expect(editRows(kit, '2:2', 'insert')).rejects.toMatchObject({ code: 'NonBlankCellOffSheet' });
    expect(kit.host.cell('数据', 'A2').value).toBe('甲');
  });
});
