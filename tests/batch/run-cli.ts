import { spawnSync } from 'child_process';
import * as path from 'path';
import type { Report } from '../../src/core/report/json';

const ROOT = path.join(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'jixiao.js');
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'out');

/** Runs the real command line (compiled in dist/, so worker threads are used) with stdout and stderr captured. */
export function jixiao(args: string[], opts: { cwd?: string } = {}): { stdout: string; stderr: string; status: number } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, cwd: opts.cwd ?? ROOT });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? -1 };
}

/** `jixiao check --json …` with its report parsed. */
export function checkJson(args: string[], opts: { cwd?: string } = {}): { report: Report; status: number; stderr: string } {
  const r = jixiao(['check', '--json', ...args], opts);
  return { report: JSON.parse(r.stdout) as Report, status: r.status, stderr: r.stderr };
}

export function entry(report: Report, name: string) {
  const f = report.files.find((x) => path.basename(x.file) === name);
  if (!f) throw new Error(`no report entry for ${name}`);
  return f;
}

export const findingKeys = (f: Report['files'][number]) => f.tables.flatMap((t) => t.findings.map((x) => `${x.code}@${x.sheet}!${x.cell}`)).sort();
