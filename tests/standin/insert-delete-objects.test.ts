import fc from 'fast-check';
import { sheetFromRows, workbookFromSheets } from '../../src/standin';
import { type Kit, standin } from './standin-test-kit';

type ChangedArgs = Excel.WorksheetChangedEventArgs;

/** A sheet with merged areas, conditional formats, a note, a comment, a hyperlink, sizes and a name. */
async function decorated(): Promise<Kit> {
  const rows = Array.from({ length: 10 }, (_, r) => [`行${r + 1}`, r + 1, (r + 1) * 10, '']);
  const kit = standin(workbookFromSheets(sheetFromRows('表', rows), sheetFromRows('汇总', [['=SUM(表!B2:B6)', '=表!C4']])));
  await kit.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('表');
    sheet.getRange('D2:D4').merge();
    sheet.getRange('A6:B6').merge();
    const custom = sheet.getRange('C2:C5').conditionalFormats.add(kit.Excel.ConditionalFormatType.custom);
    custom.custom.rule.formula = '=C2<$B$7';
    custom.custom.format.fill.color = '#FFC7CE';
    const byValue = sheet.getRange('B3:B4').conditionalFormats.add(kit.Excel.ConditionalFormatType.cellValue);
    byValue.cellValue.rule = { formula1: '=$C$4', operator: 'GreaterThan' };
    byValue.cellValue.format.font.bold = true;
    sheet.notes.add('B3', '核对');
    context.workbook.comments.add('表!C4', '请补充');
    sheet.getRange('A5').hyperlink = { address: 'https://example.org/', textToDisplay: '行5' };
    sheet.getRange('A2').format.rowHeight = 30;
    sheet.getRange('B1').format.columnWidth = 80;
    context.workbook.names.add('第四行', sheet.getRange('A4:C4'));
    await context.sync();
  });
  return kit;
}

const sheetOf = (kit: Kit, name = '表') => kit.host.snapshot().sheets.find((s) => s.name === name)!;

async function rows(kit: Kit, address: string, edit: 'insert' | 'delete'): Promise<void> {
  await kit.run(async (context) => {
    const range = context.workbook.worksheets.getItem('表').getRange(address);
    if (edit === 'insert') range.insert(address.match(/^[A-Z]/) ? 'Right' : 'Down');
    else range.delete(address.match(/^[A-Z]/) ? 'Left' : 'Up');
    await context.sync();
  });
}

describe('what moves with rows', () => {
  test('merged areas move, grow when the insertion falls inside them, shrink or disappear on deletion', async () => {
    const kit = await decorated();
    await rows(kit, '3:3', 'insert');
    expect(sheetOf(kit).merges).toEqual(['A7:B7', 'D2:D5']);
    expect(kit.host.cell('表', 'D5').mergedArea).toBe('D2:D5');
    await rows(kit, '2:4', 'delete');
    expect(sheetOf(kit).merges).toEqual(['A4:B4']); // D2:D5 lost three of its four rows: one cell is not a merge
  });

  test('conditional formats: areas move and grow; relative rule references keep their offset, absolute ones follow their cells', async () => {
    const kit = await decorated();
    await rows(kit, '1:2', 'insert');
    // (In priority order: the format added last comes first.)
    expect(sheetOf(kit).conditionalFormats).toEqual([
      expect.objectContaining({ type: 'CellValue', ranges: ['B5:B6'], rule: { formula1: '=$C$6', operator: 'GreaterThan' } }),
      expect.objectContaining({ type: 'Custom', ranges: ['C4:C7'], rule: { formula: '=C4<$B$9' } }),
    ]);
    await rows(kit, '5:5', 'insert'); // inside the custom format's area, at the first row of the other's
    expect(sheetOf(kit).conditionalFormats.map((f) => [f.ranges, f.rule])).toEqual([
      [['B6:B7'], { formula1: '=$C$7', operator: 'GreaterThan' }],
      [['C4:C8'], { formula: '=C4<$B$10' }],
    ]);
    // Deleting the first row of the custom format: it still compares each row's own C cell.
    await rows(kit, '4:5', 'delete');
    expect(sheetOf(kit).conditionalFormats.map((f) => [f.ranges, f.rule])).toEqual([
      [['B4:B5'], { formula1: '=$C$5', operator: 'GreaterThan' }],
      [['C4:C6'], { formula: '=C4<$B$8' }],
    ]);
    await rows(kit, '4:5', 'delete'); // every cell of the cellValue format: it is deleted
    expect(sheetOf(kit).conditionalFormats).toEqual([expect.objectContaining({ ranges: ['C4'], rule: { formula: '=C4<$B$6' } })]);
  });

  test('notes, comments and hyperlinks move with their cells and are deleted with them', async () => {
    const kit = await decorated();
    await rows(kit, '2:2', 'insert');
    expect(kit.host.cell('表', 'B4').note).toBe('核对');
    expect(kit.host.cell('表', 'C5').comment).toBe('请补充');
    expect(kit.host.cell('表', 'A6')).toMatchObject({ value: '行5', hyperlink: { address: 'https://example.org/', textToDisplay: '行5' } });
    await rows(kit, '4:4', 'delete');
    expect(Object.keys(sheetOf(kit).notes)).toEqual([]);
    const counts = await kit.run(async (context) => {
      const notes = context.workbook.worksheets.getItem('表').notes.getCount();
      const comment = context.workbook.comments.getItemByCell('表!C4').load('content');
      await context.sync();
      return { notes: notes.value, comment: comment.content };
    });
    expect(counts).toEqual({ notes: 0, comment: '请补充' });
    expect(kit.host.cell('表', 'A5').hyperlink).toMatchObject({ address: 'https://example.org/' });
  });

  test('row heights and column widths move; new rows and columns are formatted like the row above / column to the left', async () => {
    const kit = await decorated();
    await kit.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('表');
      sheet.getRange('A2:B2').format.fill.color = '#FFFF00';
      sheet.getRange('C2').numberFormat = [['0.00%']];
      await context.sync();
    });
    await rows(kit, '3:4', 'insert');
    const sheet = sheetOf(kit);
    expect(sheet.rowHeights).toEqual({ 2: 30, 3: 30, 4: 30 });
    expect(sheet.cells.A3).toEqual({ value: '', fill: '#FFFF00' });
    expect(sheet.cells.C4).toEqual({ value: '', numberFormat: '0.00%' });
    expect(sheet.cells.A5).toEqual({ value: '行3' });
    await rows(kit, 'C:C', 'insert');
    expect(sheetOf(kit).columnWidths).toEqual({ B: 80, C: 80 });
    // Nothing above row 1: an inserted first row is blank.
    await rows(kit, '1:1', 'insert');
    expect(Object.keys(sheetOf(kit).cells).filter((a) => /^[A-Z]+1$/.test(a))).toEqual([]);
  });

  test('charts keep reading the same cells', async () => {
    const kit = await decorated();
    await kit.run(async (context) => {
      context.workbook.worksheets.getItem('汇总').charts.add(kit.Excel.ChartType.columnClustered, context.workbook.worksheets.getItem('表').getRange('B2:C6'));
      await context.sync();
    });
    await rows(kit, '4:4', 'insert');
    expect(sheetOf(kit, '汇总').charts[0].source).toBe('B2:C7');
  });
});

describe('change events', () => {
  async function listen(kit: Kit) {
    const seen: ChangedArgs[] = [];
    await kit.run(async (context) => {
      context.workbook.worksheets.getItem('表').onChanged.add(async (args: ChangedArgs) => {
        seen.push(args);
      });
      await context.sync();
    });
    return seen;
  }

  test('Range.insert raises RowInserted with the rows as address, no details, triggerSource ThisLocalAddin', async () => {
    const kit = await decorated();
    const seen = await listen(kit);
    await rows(kit, '3:4', 'insert');
    await kit.host.whenIdle();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ type: 'WorksheetChanged', changeType: 'RowInserted', source: 'Local', address: '3:4', triggerSource: 'ThisLocalAddin' });
    expect(seen[0].details).toBeUndefined();
    const address = await kit.run(async (context) => {
      const range = seen[0].getRange(context).load('address');
      await context.sync();
      return range.address;
    });
    expect(address).toBe('表!3:4');
  });

  test('a person inserting or deleting rows and columns: RowDeleted, ColumnInserted, ColumnDeleted with triggerSource Unknown', async () => {
    const kit = await decorated();
    const seen = await listen(kit);
    await kit.host.userDelete('表', '2:2');
    await kit.host.userInsert('表', 'B:C');
    await kit.host.userDelete('表', 'E:E');
    await kit.host.userInsert('表', '7:7');
    expect(seen.map((e) => [e.changeType, e.address, e.triggerSource])).toEqual([
      ['RowDeleted', '2:2', 'Unknown'],
      ['ColumnInserted', 'B:C', 'Unknown'],
      ['ColumnDeleted', 'E:E', 'Unknown'],
      ['RowInserted', '7:7', 'Unknown'],
    ]);
    expect(kit.host.cell('汇总', 'B1').formula).toBe('=表!#REF!'); // it read C4, which was in column E when E was deleted
    await expect(kit.host.userInsert('表', 'A1:B2')).rejects.toThrow(/whole rows/);
  });
});

describe('round trip', () => {
  test('inserting rows or columns and deleting the same ones gives the workbook back exactly', async () => {
    const pristine = (await decorated()).host.snapshot();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 3 }), fc.boolean(), async (at, count, byColumns) => {
        const kit = await decorated();
        const address = byColumns ? `${String.fromCharCode(64 + Math.min(at, 8))}:${String.fromCharCode(64 + Math.min(at, 8) + count - 1)}` : `${at}:${at + count - 1}`;
        await rows(kit, address, 'insert');
        await rows(kit, address, 'delete');
        expect(kit.host.snapshot()).toEqual(pristine);
      }),
      { numRuns: 40 },
    );
  });
});
