import { standin, tick } from './standin-test-kit';

describe('sync, Excel.run and latency', () => {
  test('syncCount counts context.sync() calls; roundTripCount only batches with work', async () => {
    const kit = standin();
    await kit.run(async (context) => {
      await context.sync();
      context.workbook.worksheets.getItem('Sheet 2').getRange('A1').values = [['z']];
      await context.sync();
    });
    expect(kit.host.syncCount).toBe(2);
    expect(kit.host.roundTripCount).toBe(1);
    kit.host.resetSyncCount();
    expect(kit.host.syncCount).toBe(0);
    expect(kit.host.roundTripCount).toBe(0);
  });

  test('Excel.run flushes what is still queued when the batch resolves (not counted as a sync call)', async () => {
    const kit = standin();
    await kit.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet 2').getRange('A1').values = [['flushed']];
      return Promise.resolve();
    });
    expect(kit.host.cell('Sheet 2', 'A1').value).toBe('flushed');
    expect(kit.host.syncCount).toBe(0);
    expect(kit.host.roundTripCount).toBe(1);
  });

  test('latency delays every round trip', async () => {
    const kit = standin(undefined, { latencyMs: 40 });
    const started = Date.now();
    await kit.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet 2').getRange('A1').load('values');
      await context.sync();
      range.load('text');
      await context.sync();
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(75);
    kit.host.latencyMs = 0;
    const again = Date.now();
    await kit.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet 2').getRange('A1').load('values');
      await context.sync();
    });
    expect(Date.now() - again).toBeLessThan(40);
  });

  test('a failing operation rejects the sync; earlier operations of the batch stay applied, later ones do not', async () => {
    const kit = standin();
    await expect(
      kit.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.getItem('Sheet 2').getRange('A1').values = [['before']];
        sheets.getItem('missing').getRange('A1').values = [['x']];
        sheets.getItem('Sheet 2').getRange('A2').values = [['after']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(kit.host.cell('Sheet 2', 'A1').value).toBe('before');
    expect(kit.host.cell('Sheet 2', 'A2').value).toBe('b');
  });

  test('the batch must return a promise', async () => {
    const kit = standin();
    const notAPromise = (() => undefined) as unknown as (context: Excel.RequestContext) => Promise<void>;
    await expect(kit.Excel.run(notAPromise)).rejects.toMatchObject({ code: 'RunMustReturnPromise' });
  });

  test('Excel.run(object, batch) reuses the context of a previous object', async () => {
    const kit = standin();
    const range = await kit.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet 2').getRange('B1');
      r.load('values');
      await context.sync();
      return r;
    });
    await kit.Excel.run(range, async (context) => {
      expect(context).toBe(range.context);
      range.values = [[99]];
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([[99]]);
    });
  });

  test('Office.onReady and requirement sets', async () => {
    const kit = standin(undefined, { requirementSets: { ExcelApi: '1.12' } });
    await expect(kit.Office.onReady()).resolves.toEqual({ host: 'Excel', platform: 'PC' });
    const { requirements } = kit.Office.context;
    expect(requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(requirements.isSetSupported('ExcelApi', '1.12')).toBe(true);
    expect(requirements.isSetSupported('ExcelApi', '1.13')).toBe(false);
    expect(requirements.isSetSupported('ExcelApi')).toBe(true);
    expect(requirements.isSetSupported('WordApi', '1.1')).toBe(false);
    expect(standin().Office.context.requirements.isSetSupported('ExcelApi', '1.20')).toBe(true);
    await tick();
  });
});
