import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { globBase, globMatcher, isGlob, matchesFileOrFolder } from '../../src/cli/glob';
import { collectFiles } from '../../src/cli/collect-files';

describe('glob patterns', () => {
  it('recognises patterns', () => {
    expect(['*.xlsx', 'a/?.xls', 'a/**/b.xlsx', '[ab].xlsx'].every(isGlob)).toBe(true);
    expect(['plain.xlsx', 'dir/file.xls', '[.xlsx'].some(isGlob)).toBe(false);
  });

  it('walks from the segments before the first wildcard', () => {
    expect(globBase('报表/2023/*.xlsx')).toBe('报表/2023');
    expect(globBase('*.xlsx')).toBe('.');
    expect(globBase('./a/**/x.xlsx')).toBe('a');
    expect(globBase('C:\\data\\*.xls')).toBe('C:/data');
  });

  it('matches *, ?, [..] within a segment and ** across segments', () => {
    const m = globMatcher('报表/**/*自评*.xls?');
    expect(m('报表/自评表.xlsx')).toBe(true);
    expect(m('报表/一/二/项目自评.xlsm')).toBe(true);
    expect(m('报表/项目自评.xls')).toBe(false);
    expect(m('其它/项目自评.xlsx')).toBe(false);
    const single = globMatcher('a/*.xlsx');
    expect(single('a/b.xlsx')).toBe(true);
    expect(single('a/b/c.xlsx')).toBe(false);
    const cls = globMatcher('seed-00[0-1]*.xlsx');
    expect(cls('seed-001-x.xlsx')).toBe(true);
    expect(cls('seed-003-x.xlsx')).toBe(false);
    expect(globMatcher('[!a]*.xlsx')('b.xlsx')).toBe(true);
    expect(globMatcher('[!a]*.xlsx')('a.xlsx')).toBe(false);
    // Regular-expression characters in names are literal.
    expect(globMatcher('(1)+.xlsx')('(1)+.xlsx')).toBe(true);
    expect(globMatcher('[z-a]*.xlsx')('[z-a]1.xlsx')).toBe(true);
  });

  it('a pattern matching a folder takes the files below it, as a shell expansion would', () => {
    const m = globMatcher('data/2023*');
    expect(matchesFileOrFolder(m, 'data/2023年/一/a.xlsx')).toBe(true);
    expect(matchesFileOrFolder(m, 'data/2022年/a.xlsx')).toBe(false);
  });
});

describe('collectFiles', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-collect-'));
  const touch = (p: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    fs.writeFileSync(path.join(dir, p), '');
  };
  beforeAll(() => ['a/1.xlsx', 'a/2.xls', 'a/b/3.xlsm', 'a/b/notes.txt', 'a/~$1.xlsx', 'c/4.xlsx'].forEach(touch));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const rel = (files: string[]) => files.map((f) => path.relative(dir, f).split(path.sep).join('/'));

  it('searches folders recursively for workbooks, skipping lock files', () => {
    expect(rel(collectFiles([path.join(dir, 'a')]).files)).toEqual(['a/1.xlsx', 'a/2.xls', 'a/b/3.xlsm']);
  });

  it('expands patterns, relative to the working folder as well', () => {
    expect(rel(collectFiles([path.join(dir, '**', '*.xlsx')]).files)).toEqual(['a/1.xlsx', 'c/4.xlsx']);
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      expect(collectFiles(['*/b/*.xls?']).files).toEqual([path.join('a', 'b', '3.xlsm')]);
    } finally {
      process.chdir(cwd);
    }
  });

  it('checks a file reached twice once, and reports what matched nothing', () => {
    const r = collectFiles([path.join(dir, 'a'), path.join(dir, 'a', '1.xlsx'), path.join(dir, '*.xls'), path.join(dir, 'nope.xlsx')]);
    expect(rel(r.files)).toEqual(['a/1.xlsx', 'a/2.xls', 'a/b/3.xlsm']);
    expect(r.missing.map((m) => m.message)).toEqual([expect.stringContaining('没有与'), expect.stringContaining('找不到文件或文件夹')]);
  });
});
