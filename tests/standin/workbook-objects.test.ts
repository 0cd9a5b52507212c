import { quoteSheetName } from '../../src/standin';
import { standin } from './standin-test-kit';

describe('workbook-level objects', () => {
  test('named items: add from a Range or a formula, read name/type/value/formula, getRange', async () => {
    const kit = standin();
    await kit.run(async (context) => {
      const names = context.workbook.names;
      names.add('合计得分', context.workbook.worksheets.getItem('评分表').getRange('C5'), '总分');
      names.add('Threshold', '=0.6');
      await context.sync();
      names.load('items/name, items/type, items/value, items/formula, items/visible, items/comment');
      const range = names.getItem('合计得分').getRange().load('values');
      const missing = names.getItemOrNullObject('nothing');
      await context.sync();
      expect(names.items.map((n) => [n.name, n.type, n.value, n.formula, n.visible, n.comment])).toEqual([
        ['合计得分', 'Range', '评分表!$C$5', '=评分表!$C$5', true, '总分'],
        ['Threshold', 'Double', 0.6, '=0.6', true, ''],
      ]);
      expect(range.values).toEqual([[87]]);
      expect(missing.isNullObject).toBe(true);
    });
    await expect(kit.run(async (context) => { context.workbook.names.add('threshold', '=1'); await context.sync(); })).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    await expect(kit.run(async (context) => { context.workbook.names.add('A1', '=1'); await context.sync(); })).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('settings: add sets or replaces, getItem, getItemOrNullObject, delete', async () => {
    const kit = standin();
    await kit.run(async (context) => {
      const settings = context.workbook.settings;
      settings.add('k', 1);
      settings.add('k', { nested: [1, 2] });
      await context.sync();
      const item = settings.getItem('k').load('key, value');
      const missing = settings.getItemOrNullObject('K');
      await context.sync();
      expect(item.value).toEqual({ nested: [1, 2] });
      expect(missing.isNullObject).toBe(true);
      item.delete();
      await context.sync();
    });
    await expect(kit.run(async (context) => { context.workbook.settings.getItem('k').load('value'); await context.sync(); })).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  test('custom XML parts: add, getByNamespace, getOnlyItemOrNullObject, getXml, setXml, delete', async () => {
    const kit = standin();
    const ns = 'urn:jixiao:findings';
    await kit.run(async (context) => {
      const parts = context.workbook.customXmlParts;
      const added = parts.add(`<findings xmlns="${ns}"><f id="1"/></findings>`).load('id, namespaceUri');
      await context.sync();
      expect(added.id).toMatch(/^\{[0-9A-F-]+\}$/);
      expect(added.namespaceUri).toBe(ns);
      const only = parts.getByNamespace(ns).getOnlyItemOrNullObject();
      const none = parts.getByNamespace('urn:other').getOnlyItemOrNullObject();
      await context.sync();
      expect(only.isNullObject).toBe(false);
      expect(none.isNullObject).toBe(true);
      const xml = only.getXml();
      await context.sync();
      expect(xml.value).toBe(`<findings xmlns="${ns}"><f id="1"/></findings>`);
      only.setXml(`<findings xmlns="${ns}"/>`);
      const again = parts.getItem(added.id).getXml();
      await context.sync();
      expect(again.value).toBe(`<findings xmlns="${ns}"/>`);
      parts.getItem(added.id).delete();
      const count = parts.getCount();
      await context.sync();
      expect(count.value).toBe(0);
    });
    await expect(kit.run(async (context) => { context.workbook.customXmlParts.add('<a><b></a>'); await context.sync(); })).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('notes (ExcelApi 1.18): add, read, one per cell, delete', async () => {
    const kit = standin();
    await kit.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('评分表');
      sheet.notes.add('C3', '得分率低于60%');
      await context.sync();
      const note = sheet.notes.getItem('C3').load('content, authorName');
      const location = sheet.notes.getItem('C3').getLocation().load('address');
      const all = context.workbook.notes.load('items/content');
      await context.sync();
      expect(note.content).toBe('得分率低于60%');
      expect(location.address).toBe('评分表!C3');
      expect(all.items).toHaveLength(1);
      expect(kit.host.cell('评分表', 'C3').note).toBe('得分率低于60%');
      note.delete();
      await context.sync();
    });
    expect(kit.host.cell('评分表', 'C3').note).toBeNull();
    await expect(kit.run(async (context) => {
      context.workbook.worksheets.getItem('评分表').notes.add('B2:B3', 'x');
      await context.sync();
    })).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('comments (ExcelApi 1.10): add with a full address, getItemByCell, content, delete', async () => {
    const kit = standin();
    await kit.run(async (context) => {
      const comment = context.workbook.comments.add('评分表!B2', '请核对分值').load('id, content, authorName');
      await context.sync();
      expect(comment.content).toBe('请核对分值');
      const byCell = context.workbook.worksheets.getItem('评分表').comments.getItemByCell('B2').load('id');
      await context.sync();
      expect(byCell.id).toBe(comment.id);
      byCell.delete();
      await context.sync();
    });
    expect(kit.host.cell('评分表', 'B2').comment).toBeNull();
    await expect(kit.run(async (context) => { context.workbook.comments.add('B2', 'no sheet'); await context.sync(); })).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('ranges and worksheets', () => {
  test('addresses quote sheet names only when Excel would', () => {
    expect(quoteSheetName('评分表')).toBe('评分表');
    expect(quoteSheetName('Sheet1')).toBe('Sheet1');
    expect(quoteSheetName('Sheet 2')).toBe("'Sheet 2'");
    expect(quoteSheetName('2024年')).toBe("'2024年'");
    expect(quoteSheetName('A1')).toBe("'A1'");
    expect(quoteSheetName('R1C1')).toBe("'R1C1'");
    expect(quoteSheetName("O'Brien")).toBe("'O''Brien'");
    expect(quoteSheetName('绩效-评价')).toBe("'绩效-评价'");
  });

  test('range geometry: getCell, getOffsetRange, getResizedRange, getBoundingRect, getIntersectionOrNullObject, getRangeByIndexes', async () => {
    const kit = standin();
    await kit.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('评分表');
      const base = sheet.getRange('B2:C4');
      const results = [
        base.getCell(1, 1),
        base.getOffsetRange(1, 1),
        base.getResizedRange(1, -1),
        base.getBoundingRect('E7'),
        sheet.getRangeByIndexes(1, 1, 2, 3),
        sheet.getRange('A:B'),
        sheet.getRange('2:3'),
      ].map((r) => r.load('address, rowIndex, columnIndex, rowCount, columnCount'));
      const none = base.getIntersectionOrNullObject('E5:F6');
      const some = base.getIntersectionOrNullObject('C4:F6').load('address');
      await context.sync();
      expect(results.map((r) => r.address)).toEqual(['评分表!C3', '评分表!C3:D5', '评分表!B2:B5', '评分表!B2:E7', '评分表!B2:D3', '评分表!A:B', '评分表!2:3']);
      expect([results[4].rowIndex, results[4].columnIndex, results[4].rowCount, results[4].columnCount]).toEqual([1, 1, 2, 3]);
      expect(none.isNullObject).toBe(true);
      expect(some.address).toBe('评分表!C4');
    });
  });

  test('merge, getMergedAreasOrNullObject (areas.items, address) and unmerge', async () => {
    const kit = standin();
    await kit.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('评分表');
      sheet.getRange('A2:A3').merge();
      sheet.getRange('B2:C2').merge(true);
      await context.sync();
      const areas = sheet.getRange('A1:D4').getMergedAreasOrNullObject();
      areas.load('address, areaCount');
      areas.areas.load('items/address');
      const none = sheet.getRange('D1:D4').getMergedAreasOrNullObject();
      await context.sync();
      expect(areas.address).toBe('评分表!A2:A3, 评分表!B2:C2');
      expect(areas.areaCount).toBe(2);
      expect(areas.areas.items.map((r) => r.address)).toEqual(['评分表!A2:A3', '评分表!B2:C2']);
      expect(none.isNullObject).toBe(true);
      expect(kit.host.cell('评分表', 'A3')).toMatchObject({ value: '', mergedArea: 'A2:A3' });
      sheet.getRange('A2').unmerge();
      await context.sync();
    });
    expect(kit.host.snapshot().sheets[0].merges).toEqual(['B2:C2']);
  });

  test('used range, hyperlink, format properties and autofit', async () => {
    const kit = standin();
    await kit.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet 2');
      const used = sheet.getUsedRange().load('address');
      const empty = context.workbook.worksheets.add('空表');
      const nothing = empty.getUsedRangeOrNullObject();
      const blankUsed = empty.getUsedRange().load('address');
      const link = sheet.getRange('A1');
      link.hyperlink = { documentReference: "'评分表'!C3", textToDisplay: '跳到C3', screenTip: '查看' };
      const format = sheet.getRange('A1:B2').format;
      format.font.bold = true;
      format.wrapText = true;
      format.horizontalAlignment = 'Center';
      format.columnWidth = 80;
      sheet.getRange('A1').format.fill.color = '#FFEB9C';
      format.load('wrapText, horizontalAlignment, columnWidth');
      format.fill.load('color');
      format.font.load('bold');
      link.load('hyperlink, values');
      await context.sync();
      expect(used.address).toBe("'Sheet 2'!A1:B2");
      expect(nothing.isNullObject).toBe(true);
      expect(blankUsed.address).toBe('空表!A1');
      expect(link.hyperlink).toEqual({ documentReference: "'评分表'!C3", textToDisplay: '跳到C3', screenTip: '查看' });
      expect(link.values).toEqual([['跳到C3']]);
      expect([format.wrapText, format.horizontalAlignment, format.columnWidth, format.font.bold]).toEqual([true, 'Center', 80, true]);
      expect(format.fill.color).toBeNull();
      sheet.getRange('A:B').format.autofitColumns();
      await context.sync();
    });
    expect(kit.host.snapshot().sheets[1].columnWidths.A).toBeGreaterThan(0);
  });

  test('conditional formats: custom rule with fill and font colour, cellValue rule, count and items', async () => {
    const kit = standin();
    await kit.run(async (context) => {
      const range = context.workbook.worksheets.getItem('评分表').getRange('D2:D4');
      const custom = range.conditionalFormats.add('Custom');
      custom.custom.rule.formula = '=D2<0.85';
      custom.custom.format.fill.color = '#FFC7CE';
      custom.custom.format.font.color = '#9C0006';
      const byValue = range.conditionalFormats.add(kit.Excel.ConditionalFormatType.cellValue);
      byValue.cellValue.rule = { formula1: '=0.6', operator: 'LessThan' };
      byValue.cellValue.format.font.bold = true;
      await context.sync();
      const count = range.conditionalFormats.getCount();
      range.conditionalFormats.load('items/type, items/priority');
      custom.custom.rule.load('formula');
      custom.custom.format.fill.load('color');
      custom.custom.format.font.load('color');
      const wrongType = custom.cellValueOrNullObject;
      await context.sync();
      expect(count.value).toBe(2);
      expect(range.conditionalFormats.items.map((f) => [f.type, f.priority])).toEqual([['CellValue', 0], ['Custom', 1]]);
      expect(custom.custom.rule.formula).toBe('=D2<0.85');
      expect(custom.custom.format.fill.color).toBe('#FFC7CE');
      expect(custom.custom.format.font.color).toBe('#9C0006');
      expect(wrongType.isNullObject).toBe(true);
    });
  });

  test('charts: add, name, title, setPosition, items and getCount', async () => {
    const kit = standin();
    await kit.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('评分表');
      const chart = sheet.charts.add(kit.Excel.ChartType.columnClustered, sheet.getRange('A1:C4'), kit.Excel.ChartSeriesBy.columns);
      chart.title.text = '得分情况';
      chart.setPosition('F2', 'L15');
      chart.load('name, left, top, width, height');
      chart.title.load('text');
      const count = sheet.charts.getCount();
      await context.sync();
      expect(chart.name).toBe('Chart 1');
      expect(chart.title.text).toBe('得分情况');
      expect([chart.left, chart.top, chart.width, chart.height]).toEqual([240, 15, 336, 210]);
      expect(count.value).toBe(1);
    });
    await expect(kit.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('评分表');
      sheet.charts.add('NoSuchChart' as Excel.ChartType, sheet.getRange('A1:B2'));
      await context.sync();
    })).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('worksheets: rename, position, visibility, tabColor, activate, delete', async () => {
    const kit = standin();
    await kit.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const second = sheets.getItem('Sheet 2');
      second.name = '汇总';
      second.position = 0;
      second.tabColor = 'green';
      second.activate();
      const loaded = sheets.getItem('汇总').load('name, position, tabColor, visibility');
      await context.sync();
      expect([loaded.name, loaded.position, loaded.tabColor, loaded.visibility]).toEqual(['汇总', 0, '#008000', 'Visible']);
      sheets.getItem('评分表').visibility = 'Hidden';
      await context.sync();
      sheets.getItem('汇总').delete();
      await context.sync();
    }).catch((error: unknown) => {
      expect(error).toMatchObject({ code: 'InvalidOperation' });
    });
    expect(kit.host.sheetNames()).toEqual(['汇总', '评分表']);
  });
});
