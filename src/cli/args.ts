import * as os from 'os';
import { listProfiles } from '../core/profiles';
import { DEFAULT_LIMITS, Limits, MB, parseCount, parseDuration, parseSize } from './limits';

export type ReportFormat = 'text' | 'json' | 'csv' | 'xlsx';

export interface Options {
  profile: string;
  paths: string[];
  limits: Limits;
  /** Worker threads checking files side by side. */
  jobs: number;
  /** --no-progress turns the terminal progress bar off. */
  progress: boolean;
  /** What goes to stdout: a report, or (when the report goes to --out) the closing summary line. */
  stdout: Exclude<ReportFormat, 'xlsx'> | 'summary';
  /** The report file of --out and its format. */
  out: { path: string; format: ReportFormat } | null;
}

export const USAGE = `用法 / usage:
  jixiao check [选项] <文件、文件夹或通配符>...

  文件夹递归查找 .xlsx / .xlsm / .xls；通配符 * ? ** 由本程序展开（如 "报表/**/*自评*.xls*"）。

  --json                 在标准输出打印 JSON 报告（report format version 1）
  --format FMT           报告格式：text（默认）、json、csv（问题清单，UTF-8）、xlsx（汇总工作簿，需 --out）
  --out FILE             把报告写入文件，格式按 --format 或扩展名：.xlsx 汇总工作簿、.csv 问题清单、
                         .json JSON 报告；此时标准输出只打印一行统计（另加 --json 则仍打印 JSON 报告）
  --profile NAME         评分规则：auto（默认，按工作簿内容自动选择）、${listProfiles().map((p) => p.id).join('、')}，
                         或一个 JSON 评分规则文件的路径（见 README「编写评分规则」）
  --jobs N               同时检查的文件数（工作线程数），默认为处理器核数 ${os.availableParallelism()}
  --max-file-size SIZE   单个文件大小上限，默认 50MB
  --max-cells N          每个工作表的单元格数上限，默认 2000000
  --max-uncompressed SIZE  .xlsx 解压后总大小上限，默认 400MB（防止“压缩炸弹”）
  --timeout SECONDS      每个文件的检查时限，默认 60（也可写 500ms、2m）
  --max-memory SIZE      每个检查线程的内存上限，默认按本机内存分配（512MB 至 4GB）
  --no-progress          不显示进度条（进度条只在终端上、且未用 --json 时显示）

  超过上限的文件记为无法读取（too-large、too-many-cells、zip-bomb、timeout），其余文件照常检查。

退出码 / exit status: 0 无错误, 1 有错误级问题, 2 文件无法读取或参数错误`;

const FORMATS: ReportFormat[] = ['text', 'json', 'csv', 'xlsx'];

/** The format an --out file gets from its name when --format is not given. */
function formatOfFile(file: string): ReportFormat {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'csv') return 'csv';
  if (ext === 'json') return 'json';
  return 'text';
}

/** Options with a value, and how each value is read into the options. */
const VALUED: Record<string, (v: string, o: Draft) => string | null> = {
  '--profile': (v, o) => ((o.profile = v), null),
  '--format': (v, o) => (FORMATS.includes(v as ReportFormat) ? ((o.format = v as ReportFormat), null) : `--format 只能是 ${FORMATS.join('、')}`),
  '--out': (v, o) => ((o.outPath = v), null),
  '--jobs': (v, o) => {
    const n = parseCount(v);
    return n ? ((o.jobs = n), null) : '--jobs 需要一个正整数';
  },
  '--max-file-size': (v, o) => {
    const n = parseSize(v);
    return n ? ((o.limits.maxFileBytes = n), null) : '--max-file-size 需要一个大小，如 50MB';
  },
  '--max-uncompressed': (v, o) => {
    const n = parseSize(v);
    return n ? ((o.limits.maxUncompressedBytes = n), null) : '--max-uncompressed 需要一个大小，如 400MB';
  },
  '--max-cells': (v, o) => {
    const n = parseCount(v);
    return n ? ((o.limits.maxCellsPerSheet = n), null) : '--max-cells 需要一个正整数';
  },
  '--max-memory': (v, o) => {
    const n = parseSize(v);
    return n && n >= 64 * MB ? ((o.limits.heapMb = Math.floor(n / MB)), null) : '--max-memory 需要一个不小于 64MB 的大小，如 2GB';
  },
  '--timeout': (v, o) => {
    const n = parseDuration(v);
    return n ? ((o.limits.timeoutMs = n), null) : '--timeout 需要一个时长（秒），如 60';
  },
};

interface Draft {
  json: boolean;
  format: ReportFormat | null;
  outPath: string | null;
  profile: string;
  paths: string[];
  limits: Limits;
  jobs: number;
  progress: boolean;
}

/** Parses `check …`; returns the options, or the message to print above the usage. */
export function parseArgs(argv: string[]): Options | string {
  const [command, ...rest] = argv;
  if (command !== 'check') return command ? `未知命令：${command}` : '缺少命令';
  const d: Draft = { json: false, format: null, outPath: null, profile: 'auto', paths: [], limits: { ...DEFAULT_LIMITS }, jobs: os.availableParallelism(), progress: true };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--json') d.json = true;
    else if (a === '--no-progress') d.progress = false;
    else if (a === '--') d.paths.push(...rest.splice(i + 1));
    else if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(0, eq) : a;
      const read = VALUED[name];
      if (!read) return `未知选项：${a}`;
      const value = eq > 0 ? a.slice(eq + 1) : rest[++i];
      if (value === undefined || value === '') return `${name} 需要一个值`;
      const problem = read(value, d);
      if (problem) return problem;
    } else if (a.startsWith('-') && a !== '-') return `未知选项：${a}`;
    else d.paths.push(a);
  }
  if (d.paths.length === 0) return '请给出要检查的文件、文件夹或通配符';
  return plan(d);
}

/** Where each report goes: --json always means JSON on stdout; --out takes --format (or its extension). */
function plan(d: Draft): Options | string {
  const base = { profile: d.profile, paths: d.paths, limits: d.limits, jobs: d.jobs, progress: d.progress };
  if (d.outPath) {
    const format = d.format ?? formatOfFile(d.outPath);
    return { ...base, stdout: d.json ? 'json' : 'summary', out: { path: d.outPath, format } };
  }
  if (d.format === 'xlsx') return '--format xlsx 需要用 --out 指定要写入的 .xlsx 文件';
  if (d.json && d.format && d.format !== 'json') return `--json 与 --format ${d.format} 不能同时输出到标准输出；请用 --out 把其中一个写入文件`;
  return { ...base, stdout: d.json ? 'json' : (d.format ?? 'text'), out: null };
}
