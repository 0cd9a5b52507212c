import { layoutSheet, summarySheet } from '../../src/core/summary/sheet-model';
import { rangeToA1, toA1 } from '../../src/core/grid/a1';
import { fixtureWorkbook } from './helpers/fixture-workbook';
import { sessionOver } from './helpers/session-kit';

const FILE = 'seed-001-yueyang.xlsx';

describe('insert summary sheet', () => {
  test('绩效汇总 holds the model rows, links to every finding and a chart of scores by 一级指标', async () => {
    const { session, host } = sessionOver(await fixtureWorkbook(FILE));
    await session.scan();
    host.resetSyncCount();
    const name = await session.insertSummary();
    expect(name).toBe('绩效汇总');
    expect(host.syncCount).toBe(2);
    expect(host.sheetNames()).toContain('绩效汇总');

    const tables = session.getState().tables;
    const model = summarySheet(tables, { name, source: undefined });
    const { rows, blockStart } = layoutSheet(model);
    const sheet = host.snapshot().sheets.find((s) => s.name === name)!;
    for (const [r, row] of rows.entries()) {
      for (const [c, v] of row.entries()) {
        const got = sheet.cells[toA1(r, c)]?.value ?? null;
        // The title carries the workbook's name when Excel gives one.
        if (r === 0 && c === 0) expect(String(got)).toMatch(/^绩效汇总/);
        else expect({ at: toA1(r, c), value: got === '' ? null : got }).toEqual({ at: toA1(r, c), value: v === '' ? null : v });
      }
    }
    // Every finding links to its cell.
    const findings = tables.flatMap((t) => t.findings);
    const findingBlock = model.blocks.findIndex((b) => b.title.startsWith('问题清单'));
    findings.forEach((f, i) => {
      const cell = host.cell(name, toA1(blockStart[findingBlock] + i, 3));
      expect(cell.hyperlink).toMatchObject({ documentReference: `'${f.sheet}'!${f.cell}`, textToDisplay: f.cell });
    });
    expect(findings.length).toBeGreaterThan(5);
    // A clustered column chart over 一级指标 / 分值 / 得分.
    const section = model.blocks.findIndex((b) => b.title === '一级指标得分');
    const top = blockStart[section] - 1;
    const bottom = blockStart[section] + model.blocks[section].rows.length - 1;
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({ chartType: 'ColumnClustered', title: '一级指标得分与分值', seriesBy: 'Columns' });
    expect(sheet.charts[0].source).toContain(rangeToA1({ top, left: 1, bottom, right: 3 }));

    expect(await session.insertSummary()).toBe('绩效汇总(2)');
  });

  test('text from the workbook stays text, even when it looks like a formula', async () => {
    const data = await fixtureWorkbook(FILE);
    const s4 = data.sheets.find((s) => s.name === '附件4')!;
    s4.cells[13][5] = '=SUM(A1:A3)+1'; // F14, an indicator name
    s4.cells[14][5] = '-3分以内';
    s4.cells[15][5] = '@某项目';
    const { session, host } = sessionOver(data);
    await session.scan();
    const name = await session.insertSummary();
    const cells = Object.values(host.snapshot().sheets.find((s) => s.name === name)!.cells);
    expect(cells.some((c) => c.formula)).toBe(false);
    const texts = cells.map((c) => c.value);
    expect(texts).toContain('=SUM(A1:A3)+1');
    expect(texts).toContain('-3分以内');
    expect(texts).toContain('@某项目');
  });
});
