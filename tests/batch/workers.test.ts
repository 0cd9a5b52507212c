/** Checking on worker threads: same report as one thread, a time limit per file, a memory limit that spares the process. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkJson, entry, FIXTURES } from './run-cli';
import { manyCells } from './make-workbooks';

describe('checking in worker threads', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-workers-'));
  const seeds = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx'));
  beforeAll(() => {
    // Eight files in two folders: enough for several workers to share.
    for (const sub of ['a', 'b']) {
      fs.mkdirSync(path.join(dir, sub));
      for (const s of seeds) fs.copyFileSync(path.join(FIXTURES, s), path.join(dir, sub, s));
    }
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives the same report, in the same order, on one thread and on several', () => {
    const one = checkJson(['--jobs', '1', dir]);
    const many = checkJson(['--jobs', '3', dir]);
    expect(many.status).toBe(one.status);
    expect(many.report).toEqual(one.report);
    expect(one.report.files.map((f) => f.file)).toEqual(['a', 'b'].flatMap((sub) => seeds.map((s) => path.join(dir, sub, s))));
  });

  it('stops a file that runs over --timeout, records it, and finishes the batch', () => {
    const t = Date.now();
    const { report, status } = checkJson(['--timeout', '1ms', '--jobs', '2', path.join(dir, 'a')]);
    expect(status).toBe(2);
    expect(report.files.map((f) => f.error?.code)).toEqual(seeds.map(() => 'timeout'));
    expect(report.files[0].error?.message).toMatch(/时限.*--timeout/);
    expect(Date.now() - t).toBeLessThan(30_000);
  });

  it('a workbook that exhausts a thread’s memory fails alone; the others are checked', async () => {
    const big = path.join(dir, 'big.xlsx');
    // 1.5 million cells (under --max-cells): more than a 100 MB thread holds even with the fast reader.
    await manyCells(path.join(FIXTURES, seeds[0]), big, 150_000, 10);
    const { report, status } = checkJson(['--max-memory', '100MB', big, path.join(dir, 'a', seeds[1])]);
    expect(status).toBe(2);
    expect(entry(report, 'big.xlsx').error?.code).toBe('too-large');
    expect(entry(report, 'big.xlsx').error?.message).toMatch(/内存/);
    expect(entry(report, seeds[1]).error).toBeNull();
    expect(entry(report, seeds[1]).tables.length).toBeGreaterThan(0);
  }, 60_000);
});
