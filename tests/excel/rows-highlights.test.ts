import { decoratedWorkbook } from './helpers/decorated-workbook';
import { findingLines, sessionOver, tableOn } from './helpers/session-kit';
import { type StructureEdit, addinFills, anchoredMarks, applyEdits, findingCells, moveA1, moveLine, withoutAddin } from './helpers/structure-kit';

const SHEET = '附件4';

/** A session with highlights on over the decorated 001 岳阳, and what it showed before any row moved. */
async function highlighted() {
  const data = await decoratedWorkbook();
  const kit = sessionOver(data);
  await kit.session.scan();
  await kit.session.showHighlights();
  const sheet = () => kit.host.snapshot().sheets.find((s) => s.name === SHEET)!;
  const before = { lines: findingLines(kit.session), marks: anchoredMarks(kit.host, SHEET), fills: addinFills(kit.host, SHEET), notes: sheet().notes };
  return { ...kit, data, sheet, before };
}

/** The add-in handled the change by recognising the workbook again, without error. */
function expectRescanned(kit: Awaited<ReturnType<typeof highlighted>>, tableId: string) {
  expect(kit.host.eventHandlerErrors).toEqual([]);
  expect(kit.session.getState()).toMatchObject({ status: 'ready', error: null, highlightsOn: true });
  expect(tableOn(kit.session, SHEET).id).toBe(tableId);
}

describe('rows inserted or deleted while highlights are on', () => {
  test('two rows inserted above a table: findings, marks and notes move to the shifted cells; clearing restores the workbook', async () => {
    const kit = await highlighted();
    const { host, session, before } = kit;
    expect(before.marks).toContain('K14');

    await host.userInsert(SHEET, '1:2');
    expectRescanned(kit, '附件4!C5:K42');
    expect(findingLines(session)).toEqual(before.lines.map((l) => moveLine(l, SHEET, 1, 2)).sort());
    // Every mark (anchor, fill, note) is on the moved cell; nothing of the add-in's is left at the old addresses.
    expect(anchoredMarks(host, SHEET)).toEqual(before.marks.map((a) => moveA1(a, 1, 2)));
    expect(addinFills(host, SHEET)).toEqual(before.fills.map((a) => moveA1(a, 1, 2)));
    expect(Object.keys(kit.sheet().notes)).toEqual(Object.keys(before.notes).map((a) => moveA1(a, 1, 2)));
    expect(host.cell(SHEET, 'K16')).toMatchObject({ fill: '#FFC7CE', note: expect.stringContaining('【错误】') });
    expect(host.cell(SHEET, 'H16')).toMatchObject({ fill: '#FFEB9C', note: '数据来源：培训签到表' });
    expect(host.cell(SHEET, 'K14')).toMatchObject({ fill: null, note: null });
    // The native rule for empty 偏差原因 covers the moved indicator rows.
    const rules = kit.sheet().conditionalFormats.filter((f) => /ISTEXT\("jixiao"\)/.test(f.rule.formula ?? ''));
    expect(rules.flatMap((f) => f.ranges)).toContain('K16:K39');
    expect(rules.find((f) => f.ranges.includes('K16:K39'))!.rule.formula).toMatch(/^=AND\(LEN\(TRIM\(K16\)\)=0,/);

    await session.clearHighlights();
    expect(host.snapshot()).toEqual(await withoutAddin(kit.data, SHEET, [['insert', '1:2']]));
  });

  test('a data row deleted inside the table: the table shrinks, no mark is left on a deleted or wrong cell; clearing restores', async () => {
    const kit = await highlighted();
    const { host, session } = kit;
    // Row 14 holds two marks (H14 over a fill and a note of the user's, K14).
    await host.userDelete(SHEET, '14:14');
    expectRescanned(kit, '附件4!C3:K39');
    const lines = findingLines(session);
    expect(lines).toContain('附件4!J21 score-mismatch'); // was J22
    expect(lines.filter((l) => /^附件4!\w+14 /.test(l) && /target-far-exceeded|missing-reason/.test(l))).toEqual([]);
    // Marks are exactly where findings are, and every anchor of a deleted mark is gone (none left as #REF!).
    expect(anchoredMarks(host, SHEET)).toEqual(findingCells(lines, SHEET));
    expect(addinFills(host, SHEET).every((a) => findingCells(lines, SHEET).includes(a))).toBe(true);
    expect(host.snapshot().names.filter((n) => n.formula.includes('#REF!'))).toEqual([]);
    expect(host.cell(SHEET, 'J21')).toMatchObject({ fill: '#FFEB9C', note: expect.stringContaining('业务工作经费 得分填报为9') });
    expect(host.cell(SHEET, 'J22').fill).toBeNull();

    await session.clearHighlights();
    expect(host.snapshot()).toEqual(await withoutAddin(kit.data, SHEET, [['delete', '14:14']]));
  });

  test('rows inserted inside the table: the marks below move, those above stay; clearing restores', async () => {
    const kit = await highlighted();
    const { host, session, before } = kit;
    await host.userInsert(SHEET, '20:21');
    expectRescanned(kit, '附件4!C3:K42');
    expect(findingLines(session)).toEqual(before.lines.map((l) => moveLine(l, SHEET, 20, 2)).sort());
    expect(anchoredMarks(host, SHEET)).toEqual(before.marks.map((a) => moveA1(a, 20, 2)));
    await session.clearHighlights();
    expect(host.snapshot()).toEqual(await withoutAddin(kit.data, SHEET, [['insert', '20:21']]));
  });

  // Excel formats inserted rows like the row above: rows inserted right below marked cells get copies of the marks' fills.
  test.each<[string, StructureEdit[]]>([
    ['one row right below marked cells', [['insert', '15:15']]],
    ['a burst: a row below marked cells, then two more below it', [['insert', '15:15'], ['insert', '16:17']]],
    ['columns to the right of marked cells', [['insert', 'I:I']]],
  ])('%s: the new cells do not look marked, and clearing leaves no copied fill', async (_name, edits) => {
    const kit = await highlighted();
    const { host, session } = kit;
    if (edits.length > 1) await Promise.all(edits.map(([, address]) => host.userInsert(SHEET, address)));
    else await applyEdits(host, SHEET, edits);
    expect(host.eventHandlerErrors).toEqual([]);
    const lines = findingLines(session);
    // Only cells with a finding carry an add-in fill; the new cells show what Excel would have copied without marks.
    expect(addinFills(host, SHEET).every((a) => findingCells(lines, SHEET).includes(a))).toBe(true);
    if (edits[0][1] === '15:15') {
      expect(host.cell(SHEET, 'K15').fill).toBeNull();
      expect(host.cell(SHEET, 'H15').fill).toBe('#E2EFDA'); // the user's own fill of H14, as Excel copies it
      expect(host.cell(SHEET, 'K14').fill).toBe('#FFC7CE');
    }
    await session.clearHighlights();
    expect(host.snapshot()).toEqual(await withoutAddin(kit.data, SHEET, edits));
  });

  test.each([['1.12', 'comments'], ['1.8', 'fills only']])('ExcelApi %s (%s): a burst of insertions and deletions; marks follow the findings, clearing restores', async (version) => {
    const data = await decoratedWorkbook();
    const { session, host } = sessionOver(data, { requirementSets: { ExcelApi: version } });
    await session.scan();
    await session.showHighlights();
    const edits: StructureEdit[] = [['insert', '15:15'], ['delete', '14:14'], ['insert', '1:1']];
    // One after the other without waiting: the handler sees all three events in one drain.
    await Promise.all(edits.map(([edit, address]) => (edit === 'insert' ? host.userInsert(SHEET, address) : host.userDelete(SHEET, address))));
    await host.whenIdle();
    expect(host.eventHandlerErrors).toEqual([]);
    expect(session.getState()).toMatchObject({ status: 'ready', error: null });
    expect(tableOn(session, SHEET).id).toBe('附件4!C4:K41');
    const lines = findingLines(session);
    expect(anchoredMarks(host, SHEET)).toEqual(findingCells(lines, SHEET));
    expect(addinFills(host, SHEET).every((a) => findingCells(lines, SHEET).includes(a))).toBe(true);
    await session.clearHighlights();
    expect(host.snapshot()).toEqual(await withoutAddin(data, SHEET, edits));
  });
});
