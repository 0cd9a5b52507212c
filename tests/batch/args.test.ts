import { parseArgs, Options } from '../../src/cli/args';
import { DEFAULT_LIMITS, formatBytes, MB, parseCount, parseDuration, parseSize } from '../../src/cli/limits';

const parse = (...args: string[]) => parseArgs(['check', ...args, 'dir']) as Options;

describe('limit values', () => {
  it('reads sizes, durations and counts as people write them', () => {
    expect(parseSize('50MB')).toBe(50 * MB);
    expect(parseSize('1.5 gb')).toBe(1.5 * 1024 * MB);
    expect(parseSize('500k')).toBe(500 * 1024);
    expect(parseSize('1048576')).toBe(MB);
    expect([parseSize('0'), parseSize('-1MB'), parseSize('lots'), parseSize('5TB')]).toEqual([null, null, null, null]);
    expect([parseDuration('60'), parseDuration('500ms'), parseDuration('2m'), parseDuration('1.5s')]).toEqual([60_000, 500, 120_000, 1500]);
    expect(parseDuration('soon')).toBeNull();
    expect([parseCount('2,000,000'), parseCount('2e6'), parseCount('1.5'), parseCount('0')]).toEqual([2_000_000, 2_000_000, null, null]);
    expect([formatBytes(50 * MB), formatBytes(600 * MB), formatBytes(1500), formatBytes(12)]).toEqual(['50 MB', '600 MB', '1.5 KB', '12 字节']);
  });

  it('has sane defaults', () => {
    expect(DEFAULT_LIMITS).toEqual({ maxFileBytes: 50 * MB, maxCellsPerSheet: 2_000_000, maxUncompressedBytes: 400 * MB, timeoutMs: 60_000, heapMb: null });
    expect(parse().limits).toEqual(DEFAULT_LIMITS);
  });
});

describe('where the report goes', () => {
  it('text on stdout by default; --json and --format choose another', () => {
    expect(parse()).toMatchObject({ stdout: 'text', out: null });
    expect(parse('--json')).toMatchObject({ stdout: 'json', out: null });
    expect(parse('--format', 'csv')).toMatchObject({ stdout: 'csv', out: null });
    expect(parse('--format=json')).toMatchObject({ stdout: 'json', out: null });
  });

  it('--out takes its format from --format or the extension, and leaves a summary line on stdout', () => {
    expect(parse('--out', 'r.xlsx')).toMatchObject({ stdout: 'summary', out: { path: 'r.xlsx', format: 'xlsx' } });
    expect(parse('--out', 'r.CSV')).toMatchObject({ out: { format: 'csv' } });
    expect(parse('--out', 'r.json')).toMatchObject({ out: { format: 'json' } });
    expect(parse('--out', 'r.txt')).toMatchObject({ out: { format: 'text' } });
    expect(parse('--format', 'csv', '--out', 'findings.txt')).toMatchObject({ out: { format: 'csv' } });
    expect(parse('--json', '--out', 'r.xlsx')).toMatchObject({ stdout: 'json', out: { format: 'xlsx' } });
  });

  it('reads the limit options in both spellings', () => {
    const o = parse('--max-file-size', '5MB', '--max-cells=1000', '--max-uncompressed', '8MB', '--timeout', '2s', '--jobs', '3', '--max-memory', '1GB', '--no-progress');
    expect(o.limits).toEqual({ maxFileBytes: 5 * MB, maxCellsPerSheet: 1000, maxUncompressedBytes: 8 * MB, timeoutMs: 2000, heapMb: 1024 });
    expect([o.jobs, o.progress]).toEqual([3, false]);
  });

  it('takes everything after -- as paths', () => {
    expect((parseArgs(['check', '--', '--json', '-x.xlsx']) as Options).paths).toEqual(['--json', '-x.xlsx']);
  });
});
