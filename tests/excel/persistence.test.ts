import { fixtureWorkbook } from './helpers/fixture-workbook';
import { insertRow } from './helpers/insert-row';
import { findingLines, sessionOver, tableOn } from './helpers/session-kit';

const FILE = 'seed-001-yueyang.xlsx';

function row(session: Parameters<typeof tableOn>[0], sheet: string, n: number) {
  const b = tableOn(session, sheet).bindings.find((x) => x.row === n);
  if (!b) throw new Error(`no indicator at row ${n}`);
  return b;
}

describe('bindings kept in the workbook', () => {
  test('a corrected kind is saved, found again after reopening, and follows an inserted row', async () => {
    const { session, host } = sessionOver(await fixtureWorkbook(FILE));
    await session.scan();
    expect(row(session, '附件4', 22).kind).toBe('reverse');
    const id = tableOn(session, '附件4').id;
    host.resetSyncCount();
    await session.setIndicatorKind(id, 22, 'positive');
    expect(host.syncCount).toBe(1);
    expect(row(session, '附件4', 22)).toMatchObject({ kind: 'positive', kindOverridden: true });
    expect(findingLines(session)).toContain('附件4!H22 target-not-met');
    const saved = host.toWorkbookData();
    expect(saved.settings?.['jixiao.tables']).toBeDefined();
    expect(saved.names?.some((n) => /^JIXIAO_T\d+_R1$/.test(n.name) && /\$22:/.test(n.formula))).toBe(true);

    const reopened = sessionOver(saved);
    await reopened.session.scan();
    expect(row(reopened.session, '附件4', 22)).toMatchObject({ kind: 'positive', kindOverridden: true });

    const moved = sessionOver(insertRow(saved, '附件4', 10));
    await moved.session.scan();
    expect(row(moved.session, '附件4', 23)).toMatchObject({ kind: 'positive', kindOverridden: true });
    expect(row(moved.session, '附件4', 15).kindOverridden).toBe(false);
    expect(findingLines(moved.session)).toContain('附件4!H23 target-not-met');

    // Back to what the engine infers.
    await moved.session.setIndicatorKind(tableOn(moved.session, '附件4').id, 23, null);
    expect(row(moved.session, '附件4', 23)).toMatchObject({ kind: 'reverse', kindOverridden: false });
  });

  test('a rebound cell is saved and re-anchored', async () => {
    const { session, host } = sessionOver(await fixtureWorkbook(FILE));
    await session.scan();
    const id = tableOn(session, '附件4').id;
    await session.rebindCell(id, 'actual', 14, 'H15');
    expect(row(session, '附件4', 14).cells).toContainEqual({ role: 'actual', address: 'H15' });
    expect(findingLines(session)).toContain('附件4!H15 target-not-met');

    const moved = sessionOver(insertRow(host.toWorkbookData(), '附件4', 3));
    await moved.session.scan();
    expect(row(moved.session, '附件4', 15).cells).toContainEqual({ role: 'actual', address: 'H16' });
  });

  test('table-level cells can be rebound; unknown roles are refused', async () => {
    const { session } = sessionOver(await fixtureWorkbook(FILE));
    await session.scan();
    const t = tableOn(session, '附件4');
    expect(t.fields).toContainEqual({ label: '总分', cell: 'J40', value: '98' });
    await session.rebindCell(t.id, '总分', null, '附件4!J41');
    expect(tableOn(session, '附件4').fields).toContainEqual({ label: '总分', cell: 'J41', value: null });
    await expect(session.rebindCell(t.id, '不存在的栏目', null, 'A1')).rejects.toThrow(/无法把/);
    await expect(session.rebindCell(t.id, '总分', null, '附件2!J41')).rejects.toThrow(/不在/);
    expect(session.getState().error).toMatch(/不在/);
  });

  test('a profile chosen in the pane is kept', async () => {
    const { session, host } = sessionOver(await fixtureWorkbook(FILE));
    await session.scan();
    await session.setProfile('shenzhen-luohu');
    const reopened = sessionOver(host.toWorkbookData());
    await reopened.session.scan();
    expect(reopened.session.getState().profileId).toBe('shenzhen-luohu');
  });

  test('a damaged setting is ignored', async () => {
    const data = await fixtureWorkbook(FILE);
    data.settings = { 'jixiao.tables': { version: 1, tables: [{ key: 'x' }] } };
    const { session } = sessionOver(data);
    await session.scan();
    expect(session.getState().tables).toHaveLength(4);
  });

  test('a saved table recognition no longer finds is kept from its saved binding, moved by its anchors', async () => {
    const { session, host } = sessionOver(await fixtureWorkbook(FILE));
    await session.scan();
    await session.setIndicatorKind(tableOn(session, '附件4').id, 22, 'positive');
    const data = insertRow(host.toWorkbookData(), '附件4', 10);
    // The title and the indicator header are gone: the form is no longer recognisable by its words.
    const s4 = data.sheets.find((s) => s.name === '附件4')!;
    s4.cells[2][2] = null;
    s4.cells[13].fill(null);
    const reopened = sessionOver(data);
    await reopened.session.scan();
    expect(reopened.session.getState().tables.filter((x) => x.sheet === '附件4')).toHaveLength(1);
    const t = tableOn(reopened.session, '附件4');
    expect(t.range).toBe('C3:K41');
    expect(t.bindings.find((b) => b.row === 23)).toMatchObject({ kind: 'positive', kindOverridden: true });
    expect(findingLines(reopened.session)).toContain('附件4!H23 target-not-met');
  });
});
