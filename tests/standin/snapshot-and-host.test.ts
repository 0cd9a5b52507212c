import { createStandin } from '../../src/standin';
import { sampleWorkbook, standin } from './standin-test-kit';

describe('host controls', () => {
  test('highlighting with fills and conditional formats, then clearing them, leaves the snapshot as it was', async () => {
    const kit = standin();
    const before = kit.host.snapshot();
    await kit.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('评分表');
      sheet.getRange('C3').format.fill.color = '#FFC7CE';
      const format = sheet.getRange('C2:C4').conditionalFormats.add(kit.Excel.ConditionalFormatType.custom);
      format.custom.rule.formula = '=C2<B2*0.6';
      format.custom.format.fill.color = 'red';
      await context.sync();
    });
    const highlighted = kit.host.snapshot();
    expect(highlighted).not.toEqual(before);
    expect(highlighted.sheets[0].cells.C3.fill).toBe('#FFC7CE');
    expect(highlighted.sheets[0].conditionalFormats).toEqual([
      { type: 'Custom', ranges: ['C2:C4'], stopIfTrue: false, rule: { formula: '=C2<B2*0.6' }, format: { fillColor: '#FF0000' } },
    ]);
    await kit.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('评分表');
      sheet.getRange('C3').format.fill.clear();
      sheet.getRange('C2:C4').conditionalFormats.clearAll();
      await context.sync();
    });
    expect(kit.host.snapshot()).toEqual(before);
  });

  test('the snapshot is a deep copy that later changes do not alter', async () => {
    const kit = standin();
    const snap = kit.host.snapshot();
    await kit.host.userEdit('Sheet 2', 'A1', [['changed']]);
    expect(snap.sheets[1].cells.A1.value).toBe('a');
    expect(kit.host.snapshot().sheets[1].cells.A1.value).toBe('changed');
  });

  test('toWorkbookData round-trips into an equal workbook', async () => {
    const kit = standin();
    await kit.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet 2');
      sheet.getRange('A1:A2').merge();
      sheet.getRange('B1').format.font.color = '#0000FF';
      context.workbook.settings.add('jixiao.version', { schema: 2 });
      context.workbook.names.add('Total', sheet.getRange('B2'));
      context.workbook.customXmlParts.add('<r xmlns="urn:jixiao"><a/></r>');
      await context.sync();
    });
    const copy = createStandin(kit.host.toWorkbookData());
    const strip = (s: ReturnType<typeof kit.host.snapshot>) => ({ ...s, customXmlParts: s.customXmlParts.map(({ id: _id, ...rest }) => rest) });
    expect(strip(copy.host.snapshot())).toEqual(strip(kit.host.snapshot()));
  });

  test('host.cell, sheetNames, selection and model listeners', async () => {
    const kit = standin();
    let changes = 0;
    const stop = kit.host.onModelChange(() => changes++);
    expect(kit.host.sheetNames()).toEqual(['评分表', 'Sheet 2']);
    expect(kit.host.cell('评分表', 'D2')).toMatchObject({ value: 0.9, text: '90.00%', formula: '=C2/B2', numberFormat: '0.00%' });
    expect(kit.host.selection).toBeUndefined();
    await kit.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet 2').getRange('B2').select();
      await context.sync();
      const selected = context.workbook.getSelectedRange().load('address');
      const active = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      expect(selected.address).toBe("'Sheet 2'!B2");
      expect(active.name).toBe('Sheet 2');
    });
    expect(kit.host.selection).toBe("'Sheet 2'!B2");
    expect(changes).toBeGreaterThan(0);
    stop();
    const seen = changes;
    await kit.host.userEdit('Sheet 2', 'A1', [['x']]);
    expect(changes).toBe(seen);
  });

  test('userEdit rejects a shape that does not match the address', async () => {
    const kit = standin();
    await expect(kit.host.userEdit('Sheet 2', 'A1:B1', [['only one']])).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(sampleWorkbook().sheets).toHaveLength(2);
  });
});
