import * as fs from 'fs';
import * as path from 'path';

const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;

/** Files named on the command line, folders searched recursively for workbooks (Excel's ~$ lock files skipped). */
export function collectFiles(args: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch {
      missing.push(arg);
      continue;
    }
    if (stat.isDirectory()) files.push(...walk(arg));
    else files.push(arg);
  }
  return { files, missing };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(p));
    else if (WORKBOOK.test(entry.name) && !entry.name.startsWith('~$')) out.push(p);
  }
  return out;
}
