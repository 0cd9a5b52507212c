import { fixtureWorkbook } from './helpers/fixture-workbook';
import { findingLines, sessionOver, tableOn } from './helpers/session-kit';
import { changedValues } from './helpers/snapshot-diff';

const FILE = 'seed-001-yueyang.xlsx';

async function ready(options: Parameters<typeof sessionOver>[1] = {}) {
  const kit = sessionOver(await fixtureWorkbook(FILE), options);
  await kit.session.scan();
  return kit;
}

describe('live recomputation', () => {
  test('填报: a single-cell edit is recomputed and written back in one sync', async () => {
    const { session, host } = await ready();
    await session.setMode('fill');
    host.resetSyncCount();
    const before = host.snapshot();
    await host.userEdit('附件4', 'G7', [[110]]);
    expect(host.syncCount).toBe(1);
    // 执行率 96.89/110, its score of 10; the other computable scores follow the profile; the total is their sum.
    expect(host.cell('附件4', 'J7')).toMatchObject({ value: 0.880818, text: '88.08%' });
    expect(host.cell('附件4', 'K7').value).toBe(8.81);
    expect(host.cell('附件4', 'J22').value).toBe(10);
    const t = tableOn(session, '附件4');
    expect(t.total?.reported).toBe(String(host.cell('附件4', 'J40').value));
    expect(t.findings.filter((f) => f.code === 'score-mismatch' || f.code === 'total-mismatch')).toEqual([]);
    // Only computed cells changed besides the edit.
    expect(changedValues(before, host.snapshot(), '附件4')).toEqual(['G7', 'J22', 'J40', 'J7', 'K7']);
    expect(session.getState().message).toMatch(/^已重新计算：附件4!/);
  });

  test('审核: a single-cell edit rechecks in one sync and writes no value', async () => {
    const { session, host } = await ready();
    expect(findingLines(session)).toContain('附件4!K14 missing-reason');
    host.resetSyncCount();
    const before = host.snapshot();
    await host.userEdit('附件4', 'K14', [['年初指标设定偏低，已调整']]);
    expect(host.syncCount).toBe(1);
    expect(findingLines(session)).not.toContain('附件4!K14 missing-reason');
    expect(changedValues(before, host.snapshot(), '附件4')).toEqual(['K14']);
  });

  test('a pasted block is read once and written once', async () => {
    const { session, host } = await ready();
    await session.setMode('fill');
    host.resetSyncCount();
    await host.userEdit('附件4', 'H14:H16', [['4次'], ['1次'], ['2次']]);
    expect(host.syncCount).toBe(2);
    // 1 of 2 次 scores 2.5 of 5.
    expect(host.cell('附件4', 'J15').value).toBe(2.5);
    expect(findingLines(session)).not.toContain('附件4!H14 target-far-exceeded');
    expect(findingLines(session)).toContain('附件4!H15 target-not-met');
  });

  test("the add-in's own writes raise no further work", async () => {
    const { session, host } = await ready();
    await session.setMode('fill');
    await host.userEdit('附件4', 'H7', [[90]]);
    host.resetSyncCount();
    await host.whenIdle();
    expect(host.syncCount).toBe(0);
    expect(host.eventHandlerErrors).toEqual([]);
  });

  test.each([['1.12'], ['1.8']])('ExcelApi %s: own writes recognised without triggerSource; at most two syncs per edit', async (version) => {
    const { session, host } = await ready({ requirementSets: { ExcelApi: version } });
    await session.setMode('fill');
    host.resetSyncCount();
    await host.userEdit('附件4', 'H7', [[90]]);
    await host.whenIdle();
    expect(host.syncCount).toBe(version === '1.12' ? 1 : 2);
    expect(host.cell('附件4', 'K7').value).toBe(9);
    host.resetSyncCount();
    await host.whenIdle();
    expect(host.syncCount).toBe(0);
    expect(host.eventHandlerErrors).toEqual([]);
  });

  test('a formula that reads the edited cell is read back before anything is computed', async () => {
    const { session, host } = await ready();
    host.resetSyncCount();
    // 附件2 H6 is =F6/E6: changing 全年执行数 recalculates it.
    await host.userEdit('附件2', 'F6', [[1085.09]]);
    expect(host.syncCount).toBe(1); // the read; 审核 without highlights writes nothing
    const t = tableOn(session, '附件2');
    expect(t.executionRate).toBe('100.00%');
    expect(findingLines(session).filter((l) => l.startsWith('附件2!H6'))).toEqual([]);
  });

  test('an edit arriving while a write is in flight never leaves a stale value', async () => {
    const { session, host } = await ready({ latencyMs: 15 });
    await session.setMode('fill');
    const first = host.userEdit('附件4', 'H7', [[90]]);
    await new Promise((r) => setTimeout(r, 8)); // the first write is on its way
    const second = host.userEdit('附件4', 'H7', [[80]]);
    await Promise.all([first, second]);
    await host.whenIdle();
    expect(host.cell('附件4', 'J7').value).toBe(0.8);
    expect(host.cell('附件4', 'K7').value).toBe(8);
    // A fresh session finds nothing left to write.
    const again = sessionOver(host.toWorkbookData());
    await again.session.scan();
    await again.session.setMode('fill');
    const snap = again.host.snapshot();
    await again.session.fillComputed();
    // (Other sheets' computed cells are filled now: the edits touched only 附件4.)
    expect(changedValues(snap, again.host.snapshot(), '附件4')).toEqual([]);
  });

  test('a burst of edits is coalesced into one recomputation', async () => {
    const { session, host } = await ready();
    await session.setMode('fill');
    host.resetSyncCount();
    await Promise.all([host.userEdit('附件4', 'H7', [[90]]), host.userEdit('附件4', 'H14', [['4次']]), host.userEdit('附件4', 'H15', [['1次']])]);
    await host.whenIdle();
    expect(host.syncCount).toBe(1);
    expect(host.cell('附件4', 'J15').value).toBe(2.5);
    expect(host.cell('附件4', 'K7').value).toBe(9);
  });

  test('what Excel made of the typing is read back in the same sync (a percent, a formula)', async () => {
    const { session, host } = await ready();
    host.resetSyncCount();
    await host.userEdit('附件4', 'H37', [['90%']]);
    expect(host.syncCount).toBeLessThanOrEqual(2);
    expect(tableOn(session, '附件4').indicators.find((i) => i.row === 37)?.actual).toBe('90%');

    await host.userEdit('附件4', 'H15', [['=1+1']]);
    // The formula is known now: editing what it reads is followed.
    await host.userEdit('附件4', 'H15', [['=I16*2']]);
    expect(tableOn(session, '附件4').indicators.find((i) => i.row === 15)?.actual).toBe('10');
    host.resetSyncCount();
    await host.userEdit('附件4', 'I16', [[3]]);
    expect(host.syncCount).toBeLessThanOrEqual(2);
    expect(tableOn(session, '附件4').indicators.find((i) => i.row === 15)?.actual).toBe('6');
    expect(host.eventHandlerErrors).toEqual([]);
  });
});
