/** Exit status (DOMAIN.md section 7: 0, 1, 2 — 2 wins over 1) is the same in every output mode. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { jixiao } from './run-cli';
import { formRows, writeForm } from './make-workbooks';

const MODES: { name: string; args: (dir: string) => string[] }[] = [
  { name: 'text', args: () => [] },
  { name: '--json', args: () => ['--json'] },
  { name: '--format csv', args: () => ['--format', 'csv'] },
  { name: '--out report.xlsx', args: (dir) => ['--out', path.join(dir, 'report.xlsx')] },
  { name: '--out report.csv', args: (dir) => ['--out', path.join(dir, 'report.csv')] },
];

describe('exit status in every mode', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-exit-'));
  const good = path.join(dir, 'good.xlsx');
  const wrong = path.join(dir, 'wrong.xlsx');
  const corrupt = path.join(dir, 'corrupt.xlsx');
  beforeAll(async () => {
    await writeForm(good, formRows());
    await writeForm(wrong, formRows({ mistake: true }));
    fs.writeFileSync(corrupt, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100, 1)]));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(MODES)('$name: 0 clean, 1 with an error finding, 2 with an unreadable file', ({ args }) => {
    expect(jixiao(['check', ...args(dir), good]).status).toBe(0);
    expect(jixiao(['check', ...args(dir), good, wrong]).status).toBe(1);
    expect(jixiao(['check', ...args(dir), good, wrong, corrupt]).status).toBe(2);
  });

  it('--out prints one summary line on stdout and says where the report went', () => {
    const out = path.join(dir, 'summary.xlsx');
    const r = jixiao(['check', '--out', out, good, wrong]);
    const line = r.stdout.trim();
    expect(line).toMatch(/^共检查 2 个文件：错误 [1-9]\d* 个，警告 \d+ 个，提示 \d+ 个。/);
    expect(line.endsWith(` 报告已写入 ${out}`)).toBe(true);
    expect(fs.existsSync(out)).toBe(true);
  });

  it('does not check its own report on the next run into the same folder', () => {
    const folder = path.join(dir, 'again');
    fs.mkdirSync(folder);
    fs.copyFileSync(good, path.join(folder, 'good.xlsx'));
    const out = path.join(folder, 'report.xlsx');
    jixiao(['check', '--out', out, folder]);
    expect(jixiao(['check', '--out', out, folder]).stdout).toMatch(/^共检查 1 个文件/);
  });

  it('--json with --out prints the JSON report and writes the workbook', () => {
    const out = path.join(dir, 'both.xlsx');
    const r = jixiao(['check', '--json', '--out', out, good]);
    expect(JSON.parse(r.stdout).files).toHaveLength(1);
    expect(fs.existsSync(out)).toBe(true);
  });

  it('--out report.json writes the JSON report', () => {
    const out = path.join(dir, 'report.json');
    expect(jixiao(['check', '--out', out, wrong]).status).toBe(1);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).files[0].tables[0].findings.length).toBeGreaterThan(0);
  });

  it('exits 2 when the report cannot be written, leaving no partial file', () => {
    const out = path.join(dir, 'no-such-folder', 'report.xlsx');
    const r = jixiao(['check', '--out', out, good]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('无法写入报告文件');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    [['--max-file-size', 'lots'], '--max-file-size 需要一个大小'],
    [['--max-cells', '-3'], '--max-cells 需要一个正整数'],
    [['--timeout', 'soon'], '--timeout 需要一个时长'],
    [['--jobs', '0'], '--jobs 需要一个正整数'],
    [['--max-memory', '1MB'], '--max-memory 需要一个不小于 64MB'],
    [['--format', 'pdf'], '--format 只能是'],
    [['--format', 'xlsx'], '--format xlsx 需要用 --out'],
    [['--json', '--format', 'csv'], '不能同时输出到标准输出'],
    [['--out'], '--out 需要一个值'],
  ])('exits 2 with the usage on bad options %j', (args, message) => {
    const r = jixiao(['check', good, ...args]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('用法');
  });

  it('a pattern that matches nothing is an error entry (exit 2)', () => {
    const r = jixiao(['check', '--json', path.join(dir, '*.xls')]);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).files[0].error.code).toBe('not-found');
  });
});
