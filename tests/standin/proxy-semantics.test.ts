import { standin } from './standin-test-kit';

describe('proxy objects', () => {
  test('reading a scalar that was not loaded throws PropertyNotLoaded shaped like office.js', async () => {
    const kit = standin();
    await kit.run(async (context) => {
      const range = context.workbook.worksheets.getItem('评分表').getRange('B2');
      let caught: unknown;
      try {
        void range.values;
      } catch (error) {
        caught = error;
      }
      expect(caught).toMatchObject({ name: 'RichApi.Error', code: 'PropertyNotLoaded', debugInfo: { errorLocation: 'Range.values' } });
      expect(String((caught as Error).message)).toContain("The property 'values' is not available");
      range.load('address');
      await context.sync();
      expect(range.address).toBe('评分表!B2');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('load accepts a string, an array, select/expand and the property-object form', async () => {
    const kit = standin();
    await kit.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('评分表');
      const a = sheet.getRange('B2:C2').load('values, rowCount');
      const b = sheet.getRange('B2:C2').load(['columnCount', 'format/fill/color']);
      const c = sheet.getRange('B2:C2').load({ select: 'address', expand: 'format/font' });
      const d = sheet.getRange('B2:C2').load({ text: true, format: { font: { bold: true } } });
      await context.sync();
      expect(a.values).toEqual([[40, 36]]);
      expect(a.rowCount).toBe(1);
      expect(b.columnCount).toBe(2);
      expect(b.format.fill.color).toBe('#FFFFFF');
      expect(c.address).toBe('评分表!B2:C2');
      expect(c.format.font.name).toBe('Calibri');
      expect(d.text).toEqual([['40', '36']]);
      expect(d.format.font.bold).toBe(false);
      expect(() => d.format.font.color).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('a value written is readable on the same proxy at once but not on another proxy until sync', async () => {
    const kit = standin();
    await kit.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet 2');
      const writer = sheet.getRange('C1');
      const reader = sheet.getRange('C1').load('values');
      await context.sync();
      expect(reader.values).toEqual([['']]);
      writer.values = [['new']];
      expect(writer.values).toEqual([['new']]);
      expect(reader.values).toEqual([['']]);
      expect(kit.host.cell('Sheet 2', 'C1').value).toBe('');
      reader.load('values');
      await context.sync();
      expect(reader.values).toEqual([['new']]);
      expect(kit.host.cell('Sheet 2', 'C1').value).toBe('new');
    });
  });

  test('queued operations apply in order at sync, loads see earlier writes of the same batch', async () => {
    const kit = standin();
    await kit.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('Sheet 2').getRange('D1');
      const before = cell.getOffsetRange(0, 0).load('values');
      cell.values = [[1]];
      const middle = cell.getOffsetRange(0, 0).load('values');
      cell.values = [[2]];
      await context.sync();
      expect(before.values).toEqual([['']]);
      expect(middle.values).toEqual([[1]]);
      expect(kit.host.cell('Sheet 2', 'D1').value).toBe(2);
    });
  });

  test('collections expose items after load("items/name") and count through getCount()', async () => {
    const kit = standin();
    await kit.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      const count = sheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      await context.sync();
      expect(sheets.items.map((sheet) => sheet.name)).toEqual(['评分表', 'Sheet 2']);
      expect(count.value).toBe(2);
      expect(() => sheets.items[0].position).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      const all = context.workbook.worksheets.load('items');
      await context.sync();
      expect(all.items[1].position).toBe(1);
      expect(all.items[1].visibility).toBe('Visible');
    });
  });

  test('getItemOrNullObject gives isNullObject after sync; properties of a null object read as undefined', async () => {
    const kit = standin();
    await kit.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('nope');
      const present = context.workbook.worksheets.getItemOrNullObject('sheet 2');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      missing.load('name');
      present.load('name');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(missing.name).toBeUndefined();
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe('Sheet 2');
    });
  });

  test('set() with nested navigation properties and toJSON() of loaded values', async () => {
    const kit = standin();
    await kit.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet 2').getRange('A1:B1');
      range.set({ values: [['x', 'y']], format: { fill: { color: 'yellow' }, font: { bold: true } } } as Excel.Interfaces.RangeUpdateData);
      range.load('values, format/fill/color');
      await context.sync();
      // Values set locally stay visible on the proxy, as in office.js.
      expect(range.toJSON()).toEqual({ values: [['x', 'y']], format: { fill: { color: '#FFFF00' }, font: { bold: true } } });
      expect(kit.host.cell('Sheet 2', 'B1').bold).toBe(true);
    });
  });

  test('trackedObjects is accepted and does nothing', async () => {
    const kit = standin();
    await kit.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet 2').getRange('A1');
      context.trackedObjects.add(range);
      context.trackedObjects.remove(range);
      range.track().untrack();
      await context.sync();
    });
  });
});
