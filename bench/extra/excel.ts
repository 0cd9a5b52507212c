/**
 * Figures of the Excel adapter for `npm run bench`: round trips (syncs) of a
 * first scan, a single-cell edit and a pasted block on the seed fixture in the
 * Excel stand-in, and the compute time of one live edit on a 500-row form.
 */
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { bindWorkbook } from '../../src/core/analyse';
import type { CellInput } from '../../src/core/grid/grid';
import { national } from '../../src/core/profiles/national';
import { createStandin } from '../../src/standin';
import { createExcelSession } from '../../src/excel/session';
import { LiveModel } from '../../src/excel/live-model';
import { SheetGrid } from '../../src/excel/sheet-grid';
import { conditionalRuns, desiredMarks, diffMarks } from '../../src/excel/highlights';
import { buildAllFixtures } from '../../tests/fixtures/build-all';
import { FIXTURE_FILES, fixtureWorkbook } from '../../tests/excel/helpers/fixture-workbook';
import { syntheticForm } from '../synthetic-form';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function syncCounts(): Promise<{ syncsFirstScan: number; syncsPerEdit: number; syncsPerPaste: number }> {
  const out = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'out');
  if (!fs.existsSync(path.join(out, 'seed-001-yueyang.xlsx'))) await buildAllFixtures(out); // bench/run.ts has built them

  const open = async (file: string) => {
    const { Excel, Office, host } = createStandin(await fixtureWorkbook(file));
    return { host, session: createExcelSession({ Excel: Excel as unknown as typeof globalThis.Excel, Office: Office as unknown as typeof globalThis.Office }) };
  };
  // The first scan: the most any seed fixture needs.
  let syncsFirstScan = 0;
  for (const file of FIXTURE_FILES) {
    const { host, session } = await open(file);
    host.resetSyncCount();
    await session.scan();
    syncsFirstScan = Math.max(syncsFirstScan, host.syncCount);
    session.dispose();
  }
  // A single-cell edit and a pasted block on 附件4 in 填报 with highlights on: values and marks together.
  const { host, session } = await open('seed-001-yueyang.xlsx');
  await session.scan();
  await session.setMode('fill');
  await session.showHighlights();
  host.resetSyncCount();
  await host.userEdit('附件4', 'G7', [[110]]);
  const syncsPerEdit = host.syncCount;
  host.resetSyncCount();
  await host.userEdit('附件4', 'H14:H16', [['4次'], ['1次'], ['2次']]);
  const syncsPerPaste = host.syncCount;
  session.dispose();
  return { syncsFirstScan, syncsPerEdit, syncsPerPaste };
}

/** The synthetic form as the adapter holds it. */
function sheetGrid(n: number): SheetGrid {
  const g = syntheticForm(n);
  const rows: CellInput[][] = [];
  for (let r = 0; r < g.rowCount; r++) {
    const row: CellInput[] = [];
    for (let c = 0; c < g.colCount; c++) row.push({ value: g.value(r, c), text: g.text(r, c), numberFormat: g.numberFormat(r, c) });
    rows.push(row);
  }
  return SheetGrid.fromRows(g.name, rows, g.merges);
}

/**
 * The core work of one live edit, as the adapter does it between the event and
 * its single sync: update the grid, re-analyse the table (incrementally), plan
 * the 填报 writes and apply them, re-analyse, diff the highlights.
 */
function computePerEdit(n: number, fill: boolean): { ms: number; parts: Record<string, number> } {
  const grid = sheetGrid(n);
  const model = new LiveModel([{ id: 's1', name: grid.name, grid }], national);
  model.addTables(bindWorkbook([grid]).tables.map((t, i) => ({ key: `T${i + 1}`, sheetId: 's1', binding: t.binding, overrides: { kinds: [], cells: [] } })));
  const table = model.tables[0];
  if (fill) model.fillAndApply([table]);
  const runs = conditionalRuns(model);
  let applied = diffMarks(desiredMarks(model, runs), new Map(), () => ({ fill: null, note: false }), true, () => 'A').applied;
  const times: number[] = [];
  const parts = { grid: [] as number[], analyse: [] as number[], fill: [] as number[], marks: [] as number[] };
  for (let i = 0; i < 160; i++) {
    const row = 5 + ((i * 37) % n); // an indicator row's 实际完成值
    const value = i % 2 ? `${8 + (i % 5)}次` : `${90 + i}万元`;
    const t0 = performance.now();
    model.setCells('s1', [{ row, col: 4, value }]);
    const t1 = performance.now();
    const analysed = model.reanalyse(model.tablesTouching('s1', [{ top: row, left: 4, bottom: row, right: 4 }]), !fill);
    const t2 = performance.now();
    if (fill) model.fillAndApply(analysed);
    const t3 = performance.now();
    applied = diffMarks(desiredMarks(model, runs), applied, () => ({ fill: null, note: false }), true, () => 'A').applied;
    const t4 = performance.now();
    if (i >= 10) {
      times.push(t4 - t0);
      parts.grid.push(t1 - t0);
      parts.analyse.push(t2 - t1);
      parts.fill.push(t3 - t2);
      parts.marks.push(t4 - t3);
    }
  }
  const r3 = (x: number) => Number(x.toFixed(3));
  return { ms: r3(median(times)), parts: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, r3(median(v))])) };
}

export default async function excelFigures(): Promise<Record<string, unknown>> {
  const syncs = await syncCounts();
  const fill = computePerEdit(500, true);
  const review = computePerEdit(500, false);
  return {
    excel: {
      ...syncs,
      computeMsPerEdit500: fill.ms,
      computeMsPerEdit500Review: review.ms,
      computeParts500: fill.parts,
      computePartsReview500: review.parts,
    },
  };
}
