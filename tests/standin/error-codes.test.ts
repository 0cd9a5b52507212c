import { standin } from './standin-test-kit';

describe('errors raised like Excel', () => {
  test('getItem of an unknown sheet rejects the sync with ItemNotFound', async () => {
    const kit = standin();
    const failure = kit.run(async (context) => {
      context.workbook.worksheets.getItem('不存在').load('name');
      await context.sync();
    });
    await expect(failure).rejects.toMatchObject({
      name: 'RichApi.Error',
      code: 'ItemNotFound',
      message: "The requested resource doesn't exist.",
      debugInfo: { code: 'ItemNotFound', errorLocation: 'Worksheet' },
    });
  });

  test('worksheets.add with a taken name (any case) is ItemAlreadyExists; a bad name InvalidArgument', async () => {
    const kit = standin();
    await expect(kit.run(async (context) => { context.workbook.worksheets.add('sheet 2'); await context.sync(); })).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    await expect(kit.run(async (context) => { context.workbook.worksheets.add('a/b'); await context.sync(); })).rejects.toMatchObject({ code: 'InvalidArgument' });
    const name = await kit.run(async (context) => {
      const added = context.workbook.worksheets.add();
      added.load('name');
      await context.sync();
      return added.name;
    });
    expect(name).toBe('Sheet3');
  });

  test('a bad address, a wrong-sized values array and an invalid formula are InvalidArgument', async () => {
    const kit = standin();
    const sheet = (context: Excel.RequestContext) => context.workbook.worksheets.getItem('Sheet 2');
    await expect(kit.run(async (c) => { sheet(c).getRange('A1:').load('values'); await c.sync(); })).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(kit.run(async (c) => { sheet(c).getRange('ZZZZ1').load('values'); await c.sync(); })).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(kit.run(async (c) => { sheet(c).getRange('A1:B2').values = [[1, 2]]; await c.sync(); })).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(kit.run(async (c) => { sheet(c).getRange('A1:B2').values = [[1]]; await c.sync(); })).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(kit.run(async (c) => { sheet(c).getRange('A1').values = [['=SUM(A1']]; await c.sync(); })).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(kit.run(async (c) => { sheet(c).getRange('A1').values = [['- 无 -']]; await c.sync(); })).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(kit.host.cell('Sheet 2', 'A1').value).toBe('a');
  });

  test('an object from another request context is InvalidRequestContext', async () => {
    const kit = standin();
    await kit.run(async (first) => {
      const source = first.workbook.worksheets.getItem('Sheet 2').getRange('A1:B2');
      await kit.run(async (second) => {
        expect(() => second.workbook.worksheets.getItem('Sheet 2').charts.add('ColumnClustered', source)).toThrow(
          expect.objectContaining({ code: 'InvalidRequestContext' }),
        );
      });
    });
  });

  test('APIs above the supported requirement set throw ApiNotFound at the call, like office.js', async () => {
    const kit = standin(undefined, { requirementSets: { ExcelApi: '1.9' } });
    await kit.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet 2');
      const range = sheet.getRange('A1:B2');
      expect(() => range.getMergedAreasOrNullObject()).toThrow(
        expect.objectContaining({
          code: 'ApiNotFound',
          message: 'The method or property Range.getMergedAreasOrNullObject is part of the ExcelApi 1.13 requirement set, which is not available in your version of Excel.',
        }),
      );
      expect(() => sheet.notes).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      expect(() => context.workbook.comments).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      expect(() => context.workbook.worksheets.onChanged).not.toThrow();
      await context.sync();
    });
    const old = standin(undefined, { requirementSets: { ExcelApi: '1.8' } });
    await old.run(async (context) => {
      expect(() => context.workbook.worksheets.onChanged).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      await context.sync();
    });
  });

  test("with apiCheck 'sync' the next sync rejects with ApiNotFound instead", async () => {
    const kit = standin(undefined, { requirementSets: { ExcelApi: '1.12' }, apiCheck: 'sync' });
    await expect(
      kit.run(async (context) => {
        const merged = context.workbook.worksheets.getItem('Sheet 2').getRange('A1:B2').getMergedAreasOrNullObject();
        merged.load('address');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  test('Excel.run with mergeUndoGroup needs ExcelApi 1.20', async () => {
    const old = standin(undefined, { requirementSets: { ExcelApi: '1.19' } });
    await expect(old.Excel.run({ mergeUndoGroup: true }, async (context) => context.sync())).rejects.toMatchObject({ code: 'ApiNotFound' });
    const current = standin();
    await expect(current.Excel.run({ mergeUndoGroup: true }, async (context) => context.sync())).resolves.toBeUndefined();
  });
});
