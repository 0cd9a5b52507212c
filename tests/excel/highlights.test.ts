import { createStandin } from '../../src/standin';
import { decoratedWorkbook } from './helpers/decorated-workbook';
import { insertRow } from './helpers/insert-row';
import { findingLines, sessionOver } from './helpers/session-kit';

/** The fixture with a fill and a note of the user's on cells that will be marked. */
const decorated = decoratedWorkbook;

describe('highlights', () => {
  test('each finding marks its cell with a fill by severity and a note; clear restores the workbook exactly', async () => {
    const { session, host } = sessionOver(await decorated());
    await session.scan();
    const before = host.snapshot();
    host.resetSyncCount();
    await session.showHighlights();
    expect(host.syncCount).toBeLessThanOrEqual(3);
    expect(session.getState().highlightsOn).toBe(true);

    // warning: amber; the user's own note stays and is not replaced.
    expect(host.cell('附件4', 'H14')).toMatchObject({ fill: '#FFEB9C', note: '数据来源：培训签到表' });
    expect(host.cell('附件4', 'J22').fill).toBe('#FFEB9C');
    expect(host.cell('附件4', 'J22').note).toMatch(/^绩效表格助手：\n【警告】业务工作经费 得分填报为9/);
    // missing-reason where 得分 < 分值: painted by a native conditional format, so no fill of the add-in's.
    expect(host.cell('附件4', 'K22')).toMatchObject({ fill: null, note: expect.stringContaining('【错误】') });
    // missing-reason for a far-exceeded target: Excel cannot tell, the add-in fills it.
    expect(host.cell('附件4', 'K14').fill).toBe('#FFC7CE');
    const cf = host.snapshot().sheets.find((s) => s.name === '附件4')!.conditionalFormats;
    expect(cf.length).toBeGreaterThan(0);
    expect(cf.every((c) => c.type === 'Custom' && /ISTEXT\("jixiao"\)/.test(c.rule.formula ?? JSON.stringify(c.rule)))).toBe(true);
    expect(cf.some((c) => c.ranges.some((r) => /^K14:K\d+$/.test(r)))).toBe(true);
    expect(host.cell('附件1', 'G8').fill).toBe('#FFC7CE');

    host.resetSyncCount();
    await session.clearHighlights();
    expect(host.syncCount).toBeLessThanOrEqual(3);
    expect(host.snapshot()).toEqual(before);
    expect(session.getState().highlightsOn).toBe(false);
  });

  test('marks follow live edits in 审核, in the same single sync', async () => {
    const { session, host } = sessionOver(await decorated());
    await session.scan();
    const pristine = host.snapshot();
    await session.showHighlights();
    host.resetSyncCount();
    await host.userEdit('附件4', 'K14', [['年初指标设定偏低']]);
    expect(host.syncCount).toBe(1);
    expect(host.cell('附件4', 'K14')).toMatchObject({ fill: null, note: null });
    // A new finding appears: its cell is marked in the edit's sync.
    host.resetSyncCount();
    await host.userEdit('附件4', 'J15', [[7]]);
    expect(host.syncCount).toBe(1);
    expect(findingLines(session)).toContain('附件4!J15 score-over-weight');
    expect(host.cell('附件4', 'J15').fill).toBe('#FFC7CE');
    // Undo both edits by hand, clear: the workbook is as it was.
    await host.userEdit('附件4', 'K14', [['']]);
    await host.userEdit('附件4', 'J15', [[5]]);
    await session.clearHighlights();
    expect(host.snapshot()).toEqual(pristine);
  });

  test.each([['1.12', 'comment'], ['1.8', null]])('ExcelApi %s: messages as %s; clear restores exactly', async (version, kind) => {
    const { session, host } = sessionOver(await decorated(), { requirementSets: { ExcelApi: version } });
    await session.scan();
    const before = host.snapshot();
    await session.showHighlights();
    const k14 = host.cell('附件4', 'K14');
    expect(k14.fill).toBe('#FFC7CE');
    if (kind === 'comment') expect(k14.comment).toMatch(/【错误】/);
    else expect(k14.comment).toBeNull();
    await session.clearHighlights();
    expect(host.snapshot()).toEqual(before);
  });

  test('after closing and reopening, clearing still restores the workbook', async () => {
    const original = await decorated();
    const first = sessionOver(original);
    await first.session.scan();
    await first.session.showHighlights();
    const saved = first.host.toWorkbookData();
    expect(saved.names?.some((n) => /^JIXIAO_M\d+$/.test(n.name))).toBe(true);

    const reopened = sessionOver(saved);
    await reopened.session.scan();
    expect(reopened.session.getState().highlightsOn).toBe(true);
    await reopened.session.clearHighlights();
    expect(reopened.host.snapshot()).toEqual(createStandin(original).host.snapshot());
  });

  test('marks recorded before rows were inserted are found at their new cells and cleared there', async () => {
    const original = await decorated();
    const first = sessionOver(original);
    await first.session.scan();
    await first.session.showHighlights();
    expect(first.host.cell('附件4', 'K14').fill).toBe('#FFC7CE');

    const moved = sessionOver(insertRow(first.host.toWorkbookData(), '附件4', 5));
    await moved.session.scan(); // highlights were on: marks are refreshed from their anchors
    expect(moved.host.cell('附件4', 'K15').fill).toBe('#FFC7CE');
    expect(moved.host.cell('附件4', 'H15')).toMatchObject({ fill: '#FFEB9C', note: '数据来源：培训签到表' });
    await moved.session.clearHighlights();
    expect(moved.host.snapshot()).toEqual(createStandin(insertRow(original, '附件4', 5)).host.snapshot());
  });
});
