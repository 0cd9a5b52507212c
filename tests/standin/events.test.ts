import { standin, tick } from './standin-test-kit';

type ChangedArgs = Excel.WorksheetChangedEventArgs;

async function listen(kit: ReturnType<typeof standin>, sheetName = 'Sheet 2') {
  const seen: ChangedArgs[] = [];
  const registration = await kit.run(async (context) => {
    const result = context.workbook.worksheets.getItem(sheetName).onChanged.add(async (args) => {
      seen.push(args);
    });
    await context.sync();
    return result;
  });
  return { seen, registration };
}

describe('worksheet onChanged', () => {
  test('a person typing fires RangeEdited with details and triggerSource Unknown (ExcelApi 1.20)', async () => {
    const kit = standin();
    const { seen } = await listen(kit);
    await kit.host.userEdit('Sheet 2', 'B2', [['7']]);
    expect(seen).toHaveLength(1);
    const [args] = seen;
    expect(args).toMatchObject({
      type: 'WorksheetChanged',
      changeType: 'RangeEdited',
      source: 'Local',
      address: 'B2',
      triggerSource: 'Unknown',
      details: { valueBefore: 2, valueTypeBefore: 'Double', valueAfter: 7, valueTypeAfter: 'Double' },
    });
    const worksheetId = await kit.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet 2').load('id');
      await context.sync();
      return sheet.id;
    });
    expect(args.worksheetId).toBe(worksheetId);
    const address = await kit.run(async (context) => {
      const range = args.getRange(context).load('address');
      await context.sync();
      return range.address;
    });
    expect(address).toBe("'Sheet 2'!B2");
  });

  test("the add-in's own writes fire too, with triggerSource ThisLocalAddin; multi-cell edits carry no details", async () => {
    const kit = standin();
    const { seen } = await listen(kit);
    await kit.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet 2').getRange('A1:B2').values = [[1, 2], [3, 4]];
      await context.sync();
      expect(seen).toHaveLength(0);
    });
    await kit.host.whenIdle();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ address: 'A1:B2', triggerSource: 'ThisLocalAddin' });
    expect(seen[0].details).toBeUndefined();
  });

  test('below ExcelApi 1.14 there is no triggerSource; below 1.9 no details', async () => {
    const mid = standin(undefined, { requirementSets: { ExcelApi: '1.12' } });
    const midSeen = (await listen(mid)).seen;
    await mid.host.userEdit('Sheet 2', 'A1', [['q']]);
    expect(midSeen[0].triggerSource).toBeUndefined();
    expect(midSeen[0].details).toMatchObject({ valueBefore: 'a', valueAfter: 'q', valueTypeAfter: 'String' });
    const old = standin(undefined, { requirementSets: { ExcelApi: '1.8' } });
    const oldSeen = (await listen(old)).seen;
    await old.host.userEdit('Sheet 2', 'A1', [['q']]);
    expect(oldSeen[0]).toMatchObject({ address: 'A1', changeType: 'RangeEdited' });
    expect(oldSeen[0].details).toBeUndefined();
    expect(oldSeen[0].triggerSource).toBeUndefined();
  });

  test('handlers are registered by the sync and removed by remove() + sync; only the right sheet fires', async () => {
    const kit = standin();
    const { seen, registration } = await listen(kit);
    await kit.host.userEdit('评分表', 'A1', [['x']]);
    expect(seen).toHaveLength(0);
    expect(kit.host.eventHandlerCount('WorksheetChanged')).toBe(1);
    await kit.Excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
    expect(kit.host.eventHandlerCount()).toBe(0);
    await kit.host.userEdit('Sheet 2', 'A1', [['x']]);
    expect(seen).toHaveLength(0);
  });

  test('a handler may call Excel.run; its changes fire again with ThisLocalAddin', async () => {
    const kit = standin();
    const sources: Array<string | undefined> = [];
    await kit.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet 2').onChanged.add(async (args: ChangedArgs) => {
        sources.push(args.triggerSource);
        if (args.triggerSource === 'ThisLocalAddin') return;
        await kit.Excel.run(async (inner) => {
          inner.workbook.worksheets.getItem('Sheet 2').getRange('C1').values = [['echo']];
          await inner.sync();
        });
      });
      await context.sync();
    });
    await kit.host.userEdit('Sheet 2', 'A1', [['typed']]);
    expect(kit.host.cell('Sheet 2', 'C1').value).toBe('echo');
    expect(sources).toEqual(['Unknown', 'ThisLocalAddin']);
  });

  test('workbook-level worksheets.onChanged sees every sheet; Runtime.enableEvents = false silences handlers', async () => {
    const kit = standin();
    const ids: string[] = [];
    await kit.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (args: ChangedArgs) => {
        ids.push(args.address);
      });
      await context.sync();
    });
    await kit.host.userEdit('评分表', 'B2', [[41]]);
    await kit.host.userEdit('Sheet 2', 'B1', [[5]]);
    expect(ids).toEqual(['B2', 'B1']);
    await kit.run(async (context) => {
      context.runtime.enableEvents = false;
      await context.sync();
    });
    await kit.host.userEdit('Sheet 2', 'B1', [[6]]);
    expect(ids).toHaveLength(2);
  });

  test('errors thrown by handlers are collected, not propagated', async () => {
    const kit = standin();
    await kit.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet 2').onChanged.add(async () => {
        throw new Error('handler failed');
      });
      await context.sync();
    });
    await kit.host.userEdit('Sheet 2', 'A1', [['x']]);
    await tick();
    expect(kit.host.eventHandlerErrors).toHaveLength(1);
  });
});
