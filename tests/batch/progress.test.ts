import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { displayWidth, ProgressBar } from '../../src/cli/progress';
import { main } from '../../src/cli/main';
import { FIXTURES, jixiao } from './run-cli';

function fakeTerminal(columns = 100) {
  const writes: string[] = [];
  return { writes, stream: { isTTY: true, columns, write: (s: string) => writes.push(s) } };
}

describe('ProgressBar', () => {
  it('rewrites one line with counts, rate and time left, and ends it on finish', () => {
    let now = 0;
    const t = fakeTerminal();
    const bar = new ProgressBar(t.stream, 4, () => now);
    now = 1000;
    bar.update(1, '单位一/自评表.xlsx');
    expect(t.writes[0]).toMatch(/^\r检查 \[█████░+\] 1\/4  25%  1\.0 个\/秒  剩余 0:03  单位一\/自评表\.xlsx\x1b\[K$/);
    now = 1050;
    bar.update(2, 'b.xlsx'); // within 100 ms of the last draw: not drawn
    expect(t.writes).toHaveLength(1);
    now = 4000;
    bar.update(4, 'd.xlsx');
    bar.finish();
    expect(t.writes.at(-1)).toBe('\n');
    expect(t.writes.at(-2)).toContain('4/4  100%');
  });

  it('cuts a long file name from the front to fit the terminal', () => {
    const t = fakeTerminal(70);
    const bar = new ProgressBar(t.stream, 10, () => 0);
    bar.update(10, `${'很长的文件夹名/'.repeat(10)}自评表.xlsx`);
    const line = t.writes[0].replace(/^\r|\x1b\[K$/g, '');
    expect(displayWidth(line)).toBeLessThanOrEqual(69);
    expect(line).toMatch(/…[^…]*自评表\.xlsx$/);
  });
});

describe('the progress bar in check', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-progress-'));
  beforeAll(() => ['seed-000-luoyang.xlsx', 'seed-004-wanzhou.xlsx'].forEach((f) => fs.copyFileSync(path.join(FIXTURES, f), path.join(dir, f))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const quiet = () => undefined;

  it('is drawn on a terminal', async () => {
    const t = fakeTerminal();
    await main(['check', dir], quiet, quiet, { stderr: t.stream });
    expect(t.writes.join('')).toContain('2/2  100%');
    expect(t.writes.at(-1)).toBe('\n');
  });

  it('is not drawn with --json, with --no-progress, or when stderr is not a terminal', async () => {
    for (const args of [['--json'], ['--no-progress']]) {
      const t = fakeTerminal();
      await main(['check', ...args, dir], quiet, quiet, { stderr: t.stream });
      expect(t.writes).toEqual([]);
    }
    const piped = { writes: [] as string[], stream: { isTTY: false, write: (s: string) => piped.writes.push(s) } };
    await main(['check', dir], quiet, quiet, { stderr: piped.stream });
    expect(piped.writes).toEqual([]);
    expect(jixiao(['check', dir]).stderr).toBe('');
  });
});
