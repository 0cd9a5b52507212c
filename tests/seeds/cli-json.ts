import { execFileSync } from 'child_process';
import * as path from 'path';
import type { Report } from '../../src/core/report/json';

const ROOT = path.join(__dirname, '..', '..');
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'out');

/** Runs the real command line (`node bin/jixiao.js check --json …`) and returns its report and exit status. */
export function runCheck(args: string[]): { report: Report; status: number } {
  try {
    const out = execFileSync(process.execPath, [path.join(ROOT, 'bin', 'jixiao.js'), 'check', '--json', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { report: JSON.parse(out), status: 0 };
  } catch (e) {
    const err = e as { stdout?: string; status?: number };
    return { report: JSON.parse(err.stdout ?? '{}'), status: err.status ?? -1 };
  }
}

export function fileReport(report: Report, name: string) {
  const f = report.files.find((x) => x.file.endsWith(name));
  if (!f) throw new Error(`no report for ${name}`);
  return f;
}

/** Findings of a file as "code@Sheet!A1" strings, sorted. */
export function findingKeys(report: Report, name: string, severities = ['error', 'warning', 'info']): string[] {
  return fileReport(report, name)
    .tables.flatMap((t) => t.findings)
    .filter((f) => severities.includes(f.severity))
    .map((f) => `${f.code}@${f.sheet}!${f.cell}`)
    .sort();
}
