/**
 * `npm run bench`: one JSON line of figures. Timings are medians of repeated
 * runs on this machine; they are reported, never asserted by tests.
 */
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { readWorkbookFile } from '../src/cli/read-xlsx';
import { analyseWorkbook, analyseSheet } from '../src/core/analyse';
import { national } from '../src/core/profiles/national';
import { buildAllFixtures } from '../tests/fixtures/build-all';
import { syntheticForm } from './synthetic-form';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void, runs: number): number {
  fn(); // warm up
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return Number(median(xs).toFixed(3));
}

async function main(): Promise<void> {
  const out = path.join(__dirname, '..', 'tests', 'fixtures', 'out');
  const files = await buildAllFixtures(out);
  const fixtures: Record<string, { readMs: number; checkMs: number }> = {};
  for (const f of files) {
    const t0 = performance.now();
    const grids = await readWorkbookFile(f);
    const readMs = performance.now() - t0;
    fixtures[path.basename(f)] = { readMs: Number(readMs.toFixed(1)), checkMs: time(() => analyseWorkbook(grids, national), 15) };
  }
  const form1000 = syntheticForm(1000);
  const form2000 = syntheticForm(2000);
  const form4000 = syntheticForm(4000);
  const ms1000 = time(() => analyseSheet(form1000, national), 15);
  const ms2000 = time(() => analyseSheet(form2000, national), 15);
  const ms4000 = time(() => analyseSheet(form4000, national), 9);
  const figures: Record<string, unknown> = {
    fixtures,
    synthetic: { rows1000Ms: ms1000, rows2000Ms: ms2000, rows4000Ms: ms4000, ratio4000to2000: Number((ms4000 / ms2000).toFixed(2)) },
  };
  const extra = path.join(__dirname, 'extra');
  if (fs.existsSync(extra)) {
    for (const f of fs.readdirSync(extra).filter((x) => x.endsWith('.ts')).sort()) {
      const mod = await import(path.join(extra, f));
      Object.assign(figures, await mod.default());
    }
  }
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
