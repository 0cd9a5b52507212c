import * as fs from 'fs';
import * as path from 'path';
import { globBase, globMatcher, isGlob, matchesFileOrFolder } from './glob';

const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;

/** An argument that named nothing: a missing path, a pattern matching no workbook, a folder that cannot be listed. */
export interface MissingPath {
  path: string;
  message: string;
}

/**
 * Files named on the command line, folders searched recursively for workbooks
 * (Excel's ~$ lock files skipped), glob patterns expanded over such a search.
 * A file reached twice is checked once.
 */
export function collectFiles(args: string[]): { files: string[]; missing: MissingPath[] } {
  const files: string[] = [];
  const missing: MissingPath[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const key = path.resolve(f);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(f);
    }
  };
  for (const arg of args) {
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(arg);
    } catch {
      // Not a path as written: maybe a pattern.
    }
    if (stat?.isDirectory()) walk(arg, missing).forEach(add);
    else if (stat) add(arg);
    else if (isGlob(arg)) {
      const base = globBase(arg);
      const matcher = globMatcher(arg);
      const found = fs.existsSync(base) ? walk(base, missing).filter((f) => matchesFileOrFolder(matcher, f)) : [];
      if (found.length === 0) missing.push({ path: arg, message: `没有与 ${arg} 匹配的工作簿` });
      found.forEach(add);
    } else missing.push({ path: arg, message: `找不到文件或文件夹：${arg}` });
  }
  return { files, missing };
}

function walk(dir: string, missing: MissingPath[]): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    missing.push({ path: dir, message: `无法读取文件夹 ${dir}：${(e as Error).message}` });
    return [];
  }
  const out: string[] = [];
  // Symbolic links to folders are not followed (no cycles); links to files are.
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(p, missing));
    else if (WORKBOOK.test(entry.name) && !entry.name.startsWith('~$')) out.push(p);
  }
  return out;
}
