import * as path from 'path';
import { readWorkbookFile } from '../../src/cli/read-xlsx';
import { analyseWorkbook } from '../../src/core/analyse';
import { national } from '../../src/core/profiles/national';
import { rangeToA1 } from '../../src/core/grid/a1';
import type { Finding } from '../../src/core/model/finding';
import { buildUnseen } from './build-unseen';
import type { UnseenCase } from './unseen-truth';

export interface UnseenMeasure {
  planted: number;
  found: number;
  recall: number;
  falseAlarms: { file: string; finding: Finding; note: string }[];
  missed: { file: string; code: string; sheet: string; cell: string; note: string }[];
  tablesExpected: number;
  tablesRecognised: number;
  unrecognised: { file: string; sheet: string; template: string }[];
  spurious: { file: string; sheet: string; template: string; range: string }[];
}

/**
 * The checker against the unseen set: recall of planted mistakes, findings
 * (error or warning) on cells that must stay silent, and recognition of every
 * listed table — and of nothing in the files where there is none.
 */
export async function measureUnseen(outDir: string, build: (outDir: string) => Promise<UnseenCase[]> = buildUnseen): Promise<UnseenMeasure> {
  const cases = await build(outDir);
  const m: UnseenMeasure = { planted: 0, found: 0, recall: 0, falseAlarms: [], missed: [], tablesExpected: 0, tablesRecognised: 0, unrecognised: [], spurious: [] };
  for (const c of cases) {
    const grids = await readWorkbookFile(path.join(outDir, c.file));
    const tables = analyseWorkbook(grids, national);
    const findings = tables.flatMap((t) => t.findings);
    for (const p of c.planted) {
      m.planted++;
      if (findings.some((f) => f.code === p.code && f.sheet === p.sheet && f.cell === p.cell)) m.found++;
      else m.missed.push({ file: c.file, code: p.code, sheet: p.sheet, cell: p.cell, note: p.note });
    }
    for (const cell of c.correctCells) {
      const allowed = new Set<string>((cell as { allowed?: string[] }).allowed ?? []);
      for (const f of findings) {
        if (f.sheet === cell.sheet && f.cell === cell.cell && f.severity !== 'info' && !allowed.has(f.code)) m.falseAlarms.push({ file: c.file, finding: f, note: cell.note });
      }
    }
    for (const t of c.tables) {
      m.tablesExpected++;
      if (tables.some((x) => x.evaluated.sheet === t.sheet && x.evaluated.template === t.template)) m.tablesRecognised++;
      else m.unrecognised.push({ file: c.file, sheet: t.sheet, template: t.template });
    }
    for (const x of tables) {
      if (!c.tables.some((t) => t.sheet === x.evaluated.sheet)) m.spurious.push({ file: c.file, sheet: x.evaluated.sheet, template: x.evaluated.template, range: rangeToA1(x.evaluated.range) });
    }
  }
  m.recall = m.planted ? m.found / m.planted : 1;
  return m;
}

// node scripts/run-ts.js tests/unseen/measure.ts [2|3|4|5]   (the second … fifth set: tests/unseen2 …)
if (process.argv[1] && process.argv[1].endsWith('measure.ts')) {
  const which = process.argv[2];
  const run =
    which === '2'
      ? import('../unseen2/build-unseen2').then((m) => measureUnseen(path.join(__dirname, '..', 'unseen2', 'out'), m.buildUnseen2))
      : which === '3'
        ? import('../unseen3/build-unseen3').then((m) => measureUnseen(path.join(__dirname, '..', 'unseen3', 'out'), m.buildUnseen3))
        : which === '4'
          ? import('../unseen4/build-unseen4').then((m) => measureUnseen(path.join(__dirname, '..', 'unseen4', 'out'), m.buildUnseen4))
          : which === '5'
            ? import('../unseen5/build-unseen5').then((m) => measureUnseen(path.join(__dirname, '..', 'unseen5', 'out'), m.buildUnseen5))
            : measureUnseen(path.join(__dirname, 'out'));
  run.then((m) => console.log(JSON.stringify(m, null, 1)));
}
