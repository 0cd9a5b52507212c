import { readWorkbookFile } from '../../src/cli/read-xlsx';
import { analyseWorkbook } from '../../src/core/analyse';
import { detectProfile } from '../../src/core/profiles';
import { reportTable } from '../../src/core/report/json';
import { FIXTURE_FILES, fixturePath, fixtureWorkbook } from './helpers/fixture-workbook';
import { sessionOver } from './helpers/session-kit';

function texts(grids: { rowCount: number; colCount: number; value(r: number, c: number): unknown }[]): string[] {
  const out: string[] = [];
  for (const g of grids) for (let r = 0; r < g.rowCount; r++) for (let c = 0; c < g.colCount; c++) {
    const v = g.value(r, c);
    if (typeof v === 'string' && v.length <= 60) out.push(v.replace(/\s+/g, ''));
  }
  return out;
}

describe('scan: recognition of the fixture workbooks', () => {
  test.each(FIXTURE_FILES)('%s: at most two syncs, the same tables and findings as the command line', async (file) => {
    const { session, host } = sessionOver(await fixtureWorkbook(file));
    host.resetSyncCount();
    await session.scan();
    expect(host.syncCount).toBeLessThanOrEqual(2);

    const grids = await readWorkbookFile(fixturePath(file));
    const profile = detectProfile(texts(grids));
    const cli = analyseWorkbook(grids, profile).map((t) => reportTable(t, profile.scoreDecimals));
    const state = session.getState();
    expect(state.status).toBe('ready');
    expect(state.profileId).toBe(profile.id);
    const strip = (t: { sheet: string; range: string; template: string; total: unknown; grade: unknown; indicators: unknown; findings: unknown }) => ({
      sheet: t.sheet, range: t.range, template: t.template, total: t.total, grade: t.grade, indicators: t.indicators, findings: t.findings,
    });
    expect(state.tables.map(strip)).toEqual(cli.map(strip));
  });

  test('nothing is written to the workbook by a scan', async () => {
    const { session, host } = sessionOver(await fixtureWorkbook('seed-001-yueyang.xlsx'));
    const before = host.snapshot();
    await session.scan();
    expect(host.snapshot()).toEqual(before);
  });

  test('ExcelApi 1.7 (no merged areas to read): the seed workbook is still recognised, in two syncs', async () => {
    const full = sessionOver(await fixtureWorkbook('seed-001-yueyang.xlsx'));
    await full.session.scan();
    const { session, host } = sessionOver(await fixtureWorkbook('seed-001-yueyang.xlsx'), { requirementSets: { ExcelApi: '1.7' } });
    host.resetSyncCount();
    await session.scan();
    expect(host.syncCount).toBe(2);
    expect(session.getState().tables.map((t) => [t.id, t.findings])).toEqual(full.session.getState().tables.map((t) => [t.id, t.findings]));
  });
});
