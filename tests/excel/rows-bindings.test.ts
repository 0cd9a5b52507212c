import type { PaneSession } from '../../src/taskpane/session';
import { fixtureWorkbook } from './helpers/fixture-workbook';
import { findingLines, sessionOver, tableOn } from './helpers/session-kit';
import { changedValues } from './helpers/snapshot-diff';
import { withoutAddin } from './helpers/structure-kit';

const FILE = 'seed-001-yueyang.xlsx';
const SHEET = '附件4';

function row(session: PaneSession, n: number) {
  const b = tableOn(session, SHEET).bindings.find((x) => x.row === n);
  if (!b) throw new Error(`no indicator at row ${n}`);
  return b;
}

describe('填报 after rows or columns were inserted', () => {
  test('an edit after two rows were inserted above the table recomputes and writes the shifted cells', async () => {
    const data = await fixtureWorkbook(FILE);
    const { session, host } = sessionOver(data);
    await session.scan();
    await session.setMode('fill');
    await host.userInsert(SHEET, '1:2');
    expect(host.eventHandlerErrors).toEqual([]);
    expect(tableOn(session, SHEET).id).toBe('附件4!C5:K42');
    // Handling the insertion (a rescan) writes nothing by itself.
    const before = host.snapshot();
    expect(changedValues(await withoutAddin(data, SHEET, [['insert', '1:2']]), before, SHEET)).toEqual([]);
    host.resetSyncCount();
    await host.userEdit(SHEET, 'G9', [[110]]); // 全年预算数, was G7
    expect(host.syncCount).toBe(1);
    expect(host.cell(SHEET, 'J9')).toMatchObject({ value: 0.880818, text: '88.08%' });
    expect(host.cell(SHEET, 'K9').value).toBe(8.81);
    expect(host.cell(SHEET, 'J24').value).toBe(10);
    expect(tableOn(session, SHEET).total?.reported).toBe(String(host.cell(SHEET, 'J42').value));
    // Exactly the cells of the same edit without the insertion (G7, J22, J40, J7, K7), two rows down.
    expect(changedValues(before, host.snapshot(), SHEET)).toEqual(['G9', 'J24', 'J42', 'J9', 'K9']);
    expect(session.getState().message).toMatch(/^已重新计算：附件4!/);
  });

  test('an edit after a column was inserted left of the table recomputes the shifted columns', async () => {
    const { session, host } = sessionOver(await fixtureWorkbook(FILE));
    await session.scan();
    await session.setMode('fill');
    await host.userInsert(SHEET, 'A:A');
    expect(tableOn(session, SHEET).id).toBe('附件4!D3:L40');
    const before = host.snapshot();
    await host.userEdit(SHEET, 'H7', [[110]]);
    expect(host.cell(SHEET, 'K7')).toMatchObject({ value: 0.880818, text: '88.08%' });
    expect(host.cell(SHEET, 'L7').value).toBe(8.81);
    expect(changedValues(before, host.snapshot(), SHEET)).toEqual(['H7', 'K22', 'K40', 'K7', 'L7']);
  });
});

describe('corrections made in the pane while rows move', () => {
  test('a rebound cell and a corrected kind follow their rows when rows are inserted above them, also after reopening', async () => {
    const { session, host } = sessionOver(await fixtureWorkbook(FILE));
    await session.scan();
    await session.rebindCell(tableOn(session, SHEET).id, 'actual', 14, 'H15');
    await session.setIndicatorKind(tableOn(session, SHEET).id, 22, 'positive');
    expect(findingLines(session)).toEqual(expect.arrayContaining(['附件4!H15 target-not-met', '附件4!H22 target-not-met']));

    await host.userInsert(SHEET, '1:2'); // above the table
    await host.userInsert(SHEET, '10:10'); // inside it, above both corrected rows
    expect(host.eventHandlerErrors).toEqual([]);
    const expectMoved = (s: PaneSession) => {
      expect(tableOn(s, SHEET).id).toBe('附件4!C5:K43');
      expect(row(s, 17).cells).toContainEqual({ role: 'actual', address: 'H18' });
      expect(row(s, 25)).toMatchObject({ kind: 'positive', kindOverridden: true });
      expect(row(s, 18).kindOverridden).toBe(false);
      expect(findingLines(s)).toEqual(expect.arrayContaining(['附件4!H18 target-not-met', '附件4!H25 target-not-met']));
    };
    expectMoved(session);

    session.dispose(); // removes its handlers in a batch of its own
    for (let i = 0; i < 10 && host.eventHandlerCount() > 0; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(host.eventHandlerCount()).toBe(0);
    const reopened = sessionOver(host.toWorkbookData());
    await reopened.session.scan();
    expectMoved(reopened.session);
  });

  test('after rows moved, the next save records every correction at its new row', async () => {
    const { session, host } = sessionOver(await fixtureWorkbook(FILE));
    await session.scan();
    await session.setIndicatorKind(tableOn(session, SHEET).id, 22, 'positive');
    await host.userInsert(SHEET, '5:6');
    await host.userDelete(SHEET, '30:30');
    // A second correction saves the bindings again, from the moved table.
    await session.rebindCell(tableOn(session, SHEET).id, 'actual', 16, 'H17');
    const saved = host.toWorkbookData();
    const setting = saved.settings?.['jixiao.tables'] as { tables: { kinds: { row: number }[]; cells: { cell: string }[] }[] };
    expect(setting.tables.find((t) => t.kinds.length > 0)).toMatchObject({ kinds: [{ row: 23 }], cells: [{ cell: 'H17' }] });
    const reopened = sessionOver(saved);
    await reopened.session.scan();
    expect(tableOn(reopened.session, SHEET).id).toBe('附件4!C3:K41');
    expect(row(reopened.session, 24)).toMatchObject({ kind: 'positive', kindOverridden: true });
    expect(row(reopened.session, 16).cells).toContainEqual({ role: 'actual', address: 'H17' });
    expect(findingLines(reopened.session)).toEqual(findingLines(session));
  });

  test('rows inserted while the session is closed are followed too, and a correction whose row was deleted is dropped', async () => {
    const { session, host } = sessionOver(await fixtureWorkbook(FILE));
    await session.scan();
    await session.setIndicatorKind(tableOn(session, SHEET).id, 22, 'positive');
    await session.setIndicatorKind(tableOn(session, SHEET).id, 15, 'reverse');
    session.dispose();

    await host.userInsert(SHEET, '3:4'); // the closed session does not react: only the workbook's names move
    await host.userDelete(SHEET, '17:17'); // row 15 as it was
    const reopened = sessionOver(host.toWorkbookData());
    await reopened.session.scan();
    expect(tableOn(reopened.session, SHEET).id).toBe('附件4!C5:K41');
    expect(row(reopened.session, 23)).toMatchObject({ kind: 'positive', kindOverridden: true });
    expect(tableOn(reopened.session, SHEET).bindings.filter((b) => b.kindOverridden).map((b) => b.row)).toEqual([23]);
  });
});
