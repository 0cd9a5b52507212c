import * as fs from 'fs';
import * as path from 'path';
import type { Report } from '../core/report/json';
import { exitStatus } from '../core/report/json';
import { resolveProfileArg } from './profile-arg';
import { Options, parseArgs, ReportFormat, USAGE } from './args';
import { collectFiles } from './collect-files';
import type { CheckedFile } from './checked-file';
import { errorEntry, toReportFile } from './checked-file';
import { checkBatch } from './run-batch';
import { ProgressBar, ProgressStream } from './progress';
import { summaryLine, textReport } from './text-report';
import { findingsCsv } from './report-csv';

/** Where the progress bar may go; stderr unless a caller (a test) says otherwise. */
export interface Terminal {
  stderr: ProgressStream;
}

function render(format: Exclude<ReportFormat, 'xlsx'>, files: CheckedFile[], report: Report): string {
  if (format === 'json') return JSON.stringify(report, null, 2);
  if (format === 'csv') return findingsCsv(files);
  return textReport(report);
}

async function writeOut(out: NonNullable<Options['out']>, files: CheckedFile[], report: Report): Promise<void> {
  if (out.format === 'xlsx') {
    const { writeReportWorkbook } = await import('./report-xlsx');
    await writeReportWorkbook(out.path, files);
  } else {
    const text = render(out.format, files, report);
    fs.writeFileSync(out.path, out.format === 'csv' ? text : `${text}\n`);
  }
}

export async function main(argv: string[], out: (s: string) => void, err: (s: string) => void, terminal: Terminal = { stderr: process.stderr }): Promise<number> {
  if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    out(USAGE);
    return 0;
  }
  const opts = parseArgs(argv);
  if (typeof opts === 'string') {
    err(`${opts}\n\n${USAGE}`);
    return 2;
  }
  const profile = resolveProfileArg(opts.profile);
  if ('error' in profile) {
    err(profile.error);
    return 2;
  }
  const found = collectFiles(opts.paths);
  // A report written into the folder being checked is not one of the workbooks to check on the next run.
  const outPath = opts.out ? path.resolve(opts.out.path) : null;
  const files = found.files.filter((f) => path.resolve(f) !== outPath);
  const missing = found.missing;
  const bar = opts.progress && opts.stdout !== 'json' && terminal.stderr.isTTY && files.length > 0 ? new ProgressBar(terminal.stderr, files.length) : null;
  const checked = await checkBatch(files, {
    profileArg: opts.profile,
    profile: profile.profile,
    limits: opts.limits,
    jobs: opts.jobs,
    onProgress: bar ? (done, _total, file) => bar.update(done, file) : undefined,
  });
  bar?.finish();
  const all = [...missing.map((m) => errorEntry(m.path, 'not-found', m.message)), ...checked];
  const report: Report = { version: 1, files: all.map(toReportFile) };
  let status = exitStatus(report);
  let written = '';
  if (opts.out) {
    try {
      await writeOut(opts.out, all, report);
      written = ` 报告已写入 ${opts.out.path}`;
    } catch (e) {
      err(`无法写入报告文件 ${opts.out.path}：${(e as Error).message}`);
      status = 2;
    }
  }
  // `out` ends each write with a newline: the CSV's own last line end is dropped.
  if (opts.stdout === 'summary') out(`${summaryLine(report)}${written}`);
  else out(render(opts.stdout, all, report).replace(/\r\n$/, ''));
  return status;
}
