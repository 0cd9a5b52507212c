import { standin } from './standin-test-kit';

describe('edge cases', () => {
  test('using a null object for anything but load fails the sync with ItemNotFound', async () => {
    const kit = standin();
    await expect(
      kit.run(async (context) => {
        const missing = context.workbook.worksheets.getItemOrNullObject('nope');
        await context.sync();
        expect(missing.isNullObject).toBe(true);
        missing.getRange('A1').values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  test('loading an unknown property fails the sync with InvalidArgument; a bad colour too', async () => {
    const kit = standin();
    await expect(kit.run(async (context) => { context.workbook.worksheets.getItem('Sheet 2').getRange('A1').load('nonsense'); await context.sync(); })).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(kit.run(async (context) => { context.workbook.worksheets.getItem('Sheet 2').getRange('A1').format.fill.color = 'not-a-colour'; await context.sync(); })).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('typed dates become serial numbers shown in the default date format', async () => {
    const kit = standin();
    await kit.host.userEdit('Sheet 2', 'C1', [['2024-01-01']]);
    expect(kit.host.cell('Sheet 2', 'C1')).toMatchObject({ value: 45292, numberFormat: 'yyyy/m/d', text: '2024/1/1' });
  });

  test('clear(Formats) keeps values; clear() removes contents, formats, conditional formats and merges inside, and fires onChanged', async () => {
    const kit = standin();
    const seen: string[] = [];
    await kit.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet 2');
      sheet.onChanged.add(async (args: Excel.WorksheetChangedEventArgs) => {
        seen.push(args.address);
      });
      sheet.getRange('A1:B2').format.fill.color = 'yellow';
      sheet.getRange('A1:B2').conditionalFormats.add('Custom').custom.rule.formula = '=A1>0';
      sheet.getRange('A1:A2').merge();
      await context.sync();
      sheet.getRange('B1:B2').clear('Formats');
      await context.sync();
    });
    expect(kit.host.cell('Sheet 2', 'B1')).toMatchObject({ value: 1, fill: null });
    await kit.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet 2').getRange('A1:B2').clear();
      await context.sync();
    });
    await kit.host.whenIdle();
    const sheet = kit.host.snapshot().sheets[1];
    expect(sheet.cells).toEqual({});
    expect(sheet.conditionalFormats).toEqual([]);
    expect(sheet.merges).toEqual([]);
    expect(seen).toEqual(['A1:B2']);
  });

  test('writes into the hidden cells of a merged area are dropped', async () => {
    const kit = standin();
    await kit.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet 2').getRange('A1:A2');
      range.merge();
      range.values = [['top'], ['hidden']];
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([['top'], ['']]);
    });
  });

  test('borders: set and read one side', async () => {
    const kit = standin();
    await kit.run(async (context) => {
      const border = context.workbook.worksheets.getItem('Sheet 2').getRange('A1:B2').format.borders.getItem('EdgeBottom');
      border.style = 'Continuous';
      border.color = '#FF0000';
      border.load('style, color, weight, sideIndex');
      await context.sync();
      expect([border.style, border.color, border.weight, border.sideIndex]).toEqual(['Continuous', '#FF0000', 'Thin', 'EdgeBottom']);
    });
  });
});
