/**
 * Batch throughput (issue 6): `jixiao check` over a folder of 1,000
 * seed-sized workbooks, against ExcelJS alone opening the same files with the
 * same number of worker threads. Both are timed as whole processes (start-up
 * included), alternating, median of three. Also: the per-file cost of each
 * stage in one thread, so the ratio can be explained (our check reads with
 * fastXlsxRead; excelJsLoad is what the baseline pays per file, and with
 * toGrid what a file the fast reader hands to ExcelJS costs), and the time to
 * write the consolidated workbook. The check sets V8 flags for its batch
 * (src/cli/v8-tuning.ts); ExcelJS is also timed under the same flags, so the
 * ratio can be read both ways.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import ExcelJS from 'exceljs';
import { buildAllFixtures } from '../../tests/fixtures/build-all';
import { guardXlsxPackage } from '../../src/cli/zip-guard';
import { toGrid } from '../../src/cli/read-xlsx';
import { readXlsxFast } from '../../src/cli/fast-xlsx/read-fast-xlsx';
import { DEFAULT_LIMITS } from '../../src/cli/limits';
import { analyseWorkbook } from '../../src/core/analyse';
import { detectProfile } from '../../src/core/profiles';
import { workbookTexts } from '../../src/cli/check-file';
import { summariseTable } from '../../src/core/summary/table-summary';
import { BATCH_V8_FLAGS } from '../../src/cli/v8-tuning';

const ROOT = path.join(__dirname, '..', '..');
const FILES = 1000;
const ROUNDS = 3;
const RATIO_TARGET = 1.3;

/** ExcelJS alone: workers pull the next file from a shared counter, read it and load it. */
const EXCELJS_ONLY = `
const { Worker, isMainThread, workerData } = require('worker_threads');
const fs = require('fs');
if (isMainThread) {
  const [files, jobs] = [JSON.parse(fs.readFileSync(process.argv[2], 'utf8')), Number(process.argv[3])];
  const counter = new Int32Array(new SharedArrayBuffer(4));
  for (let i = 0; i < jobs; i++) new Worker(__filename, { workerData: { files, counter } });
} else {
  const ExcelJS = require(${JSON.stringify(require.resolve('exceljs'))});
  const { files, counter } = workerData;
  (async () => {
    for (let i; (i = Atomics.add(counter, 0, 1)) < files.length; ) await new ExcelJS.Workbook().xlsx.load(fs.readFileSync(files[i]));
  })();
}
`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeProcess(args: string[], stdoutFile: string): number {
  const fd = fs.openSync(stdoutFile, 'w');
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', fd, 'pipe'], cwd: ROOT });
  const seconds = (performance.now() - t) / 1000;
  fs.closeSync(fd);
  // check exits 1 when the seeds' planted mistakes are found; anything else is a failed run.
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return seconds;
}

/** Mean milliseconds per file of each stage, in this thread, after a warm-up pass. */
async function stageCosts(seeds: string[]): Promise<Record<string, number>> {
  const stages: Record<string, number> = { read: 0, zipGuard: 0, fastXlsxRead: 0, excelJsLoad: 0, toGrid: 0, analyse: 0, summarise: 0 };
  const runs = 25;
  for (let pass = 0; pass < 2; pass++) {
    for (const k of Object.keys(stages)) stages[k] = 0;
    for (let i = 0; i < runs; i++) {
      for (const f of seeds) {
        let t = performance.now();
        const lap = (k: string) => {
          const now = performance.now();
          stages[k] += now - t;
          t = now;
        };
        const buf = fs.readFileSync(f);
        lap('read');
        guardXlsxPackage(buf, DEFAULT_LIMITS);
        lap('zipGuard');
        const grids = readXlsxFast(buf, DEFAULT_LIMITS);
        lap('fastXlsxRead');
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(buf as unknown as ArrayBuffer);
        lap('excelJsLoad');
        wb.worksheets.map((ws) => toGrid(ws));
        lap('toGrid');
        const profile = detectProfile(workbookTexts(grids));
        const tables = analyseWorkbook(grids, profile);
        lap('analyse');
        tables.forEach((x) => summariseTable(x, profile.scoreDecimals));
        lap('summarise');
      }
    }
  }
  const n = runs * seeds.length;
  return Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, Number((v / n).toFixed(2))]));
}

export default async function batchBench(): Promise<Record<string, unknown>> {
  // The command line runs compiled from dist/: compile it from the current sources first.
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc', { paths: [ROOT] }), '-p', path.join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  const seeds = await buildAllFixtures(path.join(ROOT, 'tests', 'fixtures', 'out'));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-batch-bench-'));
  try {
    const dir = path.join(tmp, 'workbooks');
    const files: string[] = [];
    for (let i = 0; i < FILES; i++) {
      const sub = path.join(dir, `单位${String(i % 10).padStart(2, '0')}`);
      fs.mkdirSync(sub, { recursive: true });
      const f = path.join(sub, `${String(i).padStart(4, '0')}-${path.basename(seeds[i % seeds.length])}`);
      fs.copyFileSync(seeds[i % seeds.length], f);
      files.push(f);
    }
    const list = path.join(tmp, 'files.json');
    fs.writeFileSync(list, JSON.stringify(files));
    const baseline = path.join(tmp, 'exceljs-only.js');
    fs.writeFileSync(baseline, EXCELJS_ONLY);
    const jobs = os.availableParallelism();
    const bin = path.join(ROOT, 'bin', 'jixiao.js');
    const oursOut = path.join(tmp, 'report.json');
    const otherOut = path.join(tmp, 'stdout.txt');
    const ours: number[] = [];
    const excel: number[] = [];
    const excelTuned: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      ours.push(timeProcess([bin, 'check', '--json', '--no-progress', '--jobs', String(jobs), dir], oursOut));
      excel.push(timeProcess([baseline, list, String(jobs)], otherOut));
      excelTuned.push(timeProcess([...BATCH_V8_FLAGS, baseline, list, String(jobs)], otherOut));
    }
    // The figures only count if every file was really read and checked.
    const report = JSON.parse(fs.readFileSync(oursOut, 'utf8')) as { files: { error: unknown; tables: unknown[] }[] };
    if (report.files.length !== FILES || report.files.some((f) => f.error || f.tables.length === 0)) throw new Error('the benchmark run did not check every file');
    const xlsxSeconds = timeProcess([bin, 'check', '--no-progress', '--jobs', String(jobs), '--out', path.join(tmp, 'report.xlsx'), dir], otherOut);
    const seconds = median(ours);
    const excelSeconds = median(excel);
    const ratio = seconds / excelSeconds;
    return {
      batch: {
        files: FILES,
        jobs,
        filesPerSecond: Number((FILES / seconds).toFixed(1)),
        seconds: Number(seconds.toFixed(2)),
        excelJsOpenSeconds: Number(excelSeconds.toFixed(2)),
        ratioToExcelJsOpen: Number(ratio.toFixed(2)),
        ratioToExcelJsOpenSameV8Flags: Number((seconds / median(excelTuned)).toFixed(2)),
        ratioTarget: RATIO_TARGET,
        ratioTargetMet: ratio <= RATIO_TARGET,
        withConsolidatedWorkbookSeconds: Number(xlsxSeconds.toFixed(2)),
        stageMsPerFile: await stageCosts(seeds),
      },
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
