import * as fs from 'fs';
import type { Profile } from '../core/profiles/types';
import { getProfile, listProfiles } from '../core/profiles';
import { profileFromJson } from '../core/profiles/validate';

/** --profile: 'auto' (chosen per workbook), a built-in id, or a JSON file. */
export function resolveProfileArg(arg: string): { profile: Profile | 'auto' } | { error: string } {
  if (arg === 'auto') return { profile: 'auto' };
  const builtIn = getProfile(arg);
  if (builtIn) return { profile: builtIn };
  if (/\.json$/i.test(arg)) {
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(arg, 'utf8'));
    } catch (e) {
      return { error: `无法读取评分规则文件 ${arg}：${(e as Error).message}` };
    }
    const r = profileFromJson(json);
    if ('errors' in r) return { error: `评分规则文件 ${arg} 有误：\n  ${r.errors.join('\n  ')}` };
    return { profile: r.profile };
  }
  return { error: `未知的评分规则：${arg}（可选：auto、${listProfiles().map((p) => p.id).join('、')}，或 JSON 文件路径）` };
}
