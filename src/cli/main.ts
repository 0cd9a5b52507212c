import { listProfiles } from '../core/profiles';
import { resolveProfileArg } from './profile-arg';
import type { Report } from '../core/report/json';
import { exitStatus } from '../core/report/json';
import { collectFiles } from './collect-files';
import { checkFile } from './check-file';
import { textReport } from './text-report';

const USAGE = `用法 / usage:
  jixiao check [--json] [--profile NAME] <文件或文件夹>...

  --json           按 JSON 报告格式输出 (report format version 1)
  --profile NAME   评分规则：auto（默认，按工作簿内容自动选择）、${listProfiles().map((p) => p.id).join('、')}，
                   或一个 JSON 评分规则文件的路径（见 README「编写评分规则」）

退出码 / exit status: 0 无错误, 1 有错误级问题, 2 文件无法读取或参数错误`;

interface Options {
  json: boolean;
  profile: string;
  paths: string[];
}

function parseArgs(argv: string[]): Options | string {
  const [command, ...rest] = argv;
  if (command !== 'check') return command ? `未知命令：${command}` : '缺少命令';
  const opts: Options = { json: false, profile: 'auto', paths: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--json') opts.json = true;
    else if (a === '--profile') {
      const v = rest[++i];
      if (!v) return '--profile 需要一个名称';
      opts.profile = v;
    } else if (a.startsWith('--profile=')) opts.profile = a.slice('--profile='.length);
    else if (a.startsWith('-')) return `未知选项：${a}`;
    else opts.paths.push(a);
  }
  if (opts.paths.length === 0) return '请给出要检查的文件或文件夹';
  return opts;
}

export async function main(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    out(USAGE);
    return 0;
  }
  const opts = parseArgs(argv);
  if (typeof opts === 'string') {
    err(`${opts}\n\n${USAGE}`);
    return 2;
  }
  const profile = resolveProfileArg(opts.profile);
  if ('error' in profile) {
    err(profile.error);
    return 2;
  }
  const { files, missing } = collectFiles(opts.paths);
  const report: Report = { version: 1, files: [] };
  for (const m of missing) report.files.push({ file: m, error: { code: 'not-found', message: `找不到文件或文件夹：${m}` }, tables: [] });
  for (const f of files) report.files.push(await checkFile(f, profile.profile));
  out(opts.json ? JSON.stringify(report, null, 2) : textReport(report));
  return exitStatus(report);
}
