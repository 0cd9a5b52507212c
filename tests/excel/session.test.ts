import type { PaneState } from '../../src/taskpane/session';
import { fixtureWorkbook } from './helpers/fixture-workbook';
import { findingLines, sessionOver, tableOn } from './helpers/session-kit';
import { changedValues } from './helpers/snapshot-diff';

const FILE = 'seed-001-yueyang.xlsx';

describe('pane session over Excel', () => {
  test('state flows through subscribe: scanning with progress, then ready', async () => {
    const { session } = sessionOver(await fixtureWorkbook(FILE));
    const seen: PaneState[] = [];
    const stop = session.subscribe((s) => seen.push(s));
    await session.scan();
    stop();
    expect(seen[0].status).toBe('scanning');
    expect(seen.some((s) => s.progress?.label === '附件4' && s.progress.total === 4)).toBe(true);
    const last = seen[seen.length - 1];
    expect(last).toMatchObject({ status: 'ready', progress: null, mode: 'review', highlightsOn: false, canUndo: false, error: null });
    expect(last.tables.map((t) => t.id)).toEqual(['附件1!B3:H27', '附件2!A3:I43', '附件4!C3:K40', '附件5!B5:E12']);
    expect(last.profiles.map((p) => p.id)).toEqual(['national', 'shenzhen-luohu']);
    const t = tableOn(session, '附件4');
    expect(t.fields).toContainEqual({ label: '项目名称', cell: 'D4', value: '业务工作经费' });
    expect(t.bindings.find((b) => b.row === 14)?.cells).toEqual([
      { role: 'name', address: 'F14' },
      { role: 'target', address: 'G14' },
      { role: 'actual', address: 'H14' },
      { role: 'weight', address: 'I14' },
      { role: 'score', address: 'J14' },
      { role: 'reason', address: 'K14' },
    ]);
  });

  test('a scan can be cancelled', async () => {
    const { session } = sessionOver(await fixtureWorkbook(FILE));
    const abort = new AbortController();
    const running = session.scan(abort.signal);
    abort.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(session.getState()).toMatchObject({ status: 'idle', progress: null, tables: [] });
  });

  test('select moves to the cell of a finding', async () => {
    const { session, host } = sessionOver(await fixtureWorkbook(FILE));
    await session.scan();
    await session.select('附件4', 'K14');
    expect(host.selection).toMatch(/附件4'?!K14$/);
  });

  test('填报 without Excel undo groups (below ExcelApi 1.20): the last write can be undone from the pane', async () => {
    const { session, host } = sessionOver(await fixtureWorkbook(FILE), { requirementSets: { ExcelApi: '1.19' } });
    await session.scan();
    await expect(session.fillComputed()).rejects.toThrow(/填报/);
    await session.setMode('fill');
    const before = host.snapshot();
    await session.fillComputed();
    expect(session.getState().canUndo).toBe(true);
    expect(changedValues(before, host.snapshot(), '附件4')).toEqual(['J22', 'J40', 'J7', 'K7']);
    expect(host.cell('附件4', 'K7').value).toBe(9.69);
    expect(findingLines(session).filter((l) => l.includes('score-mismatch'))).toEqual([]);

    await session.undoLastWrite();
    expect(session.getState().canUndo).toBe(false);
    const after = host.snapshot();
    for (const s of ['附件1', '附件2', '附件4', '附件5']) expect(after.sheets.find((x) => x.name === s)!.cells).toEqual(before.sheets.find((x) => x.name === s)!.cells);
    expect(findingLines(session)).toContain('附件4!K7 score-mismatch');
  });

  test('with ExcelApi 1.20 every write is one Excel undo step: no pane undo offered', async () => {
    const { session } = sessionOver(await fixtureWorkbook(FILE));
    await session.scan();
    await session.setMode('fill');
    await session.fillComputed();
    expect(session.getState().canUndo).toBe(false);
  });

  test('填报 and highlights together: values and marks in one sync', async () => {
    const { session, host } = sessionOver(await fixtureWorkbook(FILE));
    await session.scan();
    await session.showHighlights();
    await session.setMode('fill');
    host.resetSyncCount();
    await host.userEdit('附件4', 'K14', [['已说明']]);
    expect(host.syncCount).toBe(1);
    expect(host.cell('附件4', 'K14').fill).toBeNull();
    expect(host.cell('附件4', 'K7').value).toBe(9.69);
    expect(host.cell('附件4', 'K7').fill).toBeNull(); // its score-mismatch is gone with the write
  });

  test('dispose removes the change handlers', async () => {
    const { session, host } = sessionOver(await fixtureWorkbook(FILE));
    await session.scan();
    expect(host.eventHandlerCount('WorksheetChanged')).toBe(4);
    session.dispose();
    await host.whenIdle();
    await new Promise((r) => setTimeout(r, 10));
    expect(host.eventHandlerCount('WorksheetChanged')).toBe(0);
    await expect(session.scan()).rejects.toThrow();
  });
});
