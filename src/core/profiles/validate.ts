import type { Profile, ScoreRule } from './types';
import { getProfile } from './index';

const RATES = ['三公经费控制率', '公用经费控制率', '在职人员控制率', '编外人员控制率', '固定资产利用率', '预算执行率'];
const NUMBER = /^-?\d+(\.\d+)?$/;

function checkNumber(v: unknown, where: string, errors: string[]): void {
  if (typeof v !== 'string' || !NUMBER.test(v)) errors.push(`${where} 应为数字字符串（如 "90"），实际为 ${JSON.stringify(v)}`);
}

function checkRule(rule: ScoreRule, where: string, errors: string[]): void {
  switch (rule?.type) {
    case 'bands':
      if (!RATES.includes(rule.rate)) errors.push(`${where}.rate 未知：${rule.rate}（可用：${RATES.join('、')}）`);
      if (!Array.isArray(rule.bands) || rule.bands.length === 0) errors.push(`${where}.bands 不能为空`);
      else rule.bands.forEach((b, i) => {
        checkNumber(b.score, `${where}.bands[${i}].score`, errors);
        for (const k of ['lt', 'lte', 'gt', 'gte'] as const) if (b[k] !== undefined) checkNumber(b[k], `${where}.bands[${i}].${k}`, errors);
      });
      return;
    case 'per-point':
      if (!RATES.includes(rule.rate)) errors.push(`${where}.rate 未知：${rule.rate}`);
      if (rule.direction !== 'above' && rule.direction !== 'below') errors.push(`${where}.direction 应为 above 或 below`);
      for (const k of ['threshold', 'perPoint', 'max'] as const) checkNumber(rule[k], `${where}.${k}`, errors);
      return;
    case 'quarterly-progress':
      if (!Array.isArray(rule.schedule) || rule.schedule.length !== 4) errors.push(`${where}.schedule 应为四个序时进度，如 ["25","50","75","100"]`);
      else rule.schedule.forEach((x, i) => checkNumber(x, `${where}.schedule[${i}]`, errors));
      checkNumber(rule.perQuarter, `${where}.perQuarter`, errors);
      checkNumber(rule.annualAverage, `${where}.annualAverage`, errors);
      return;
    case 'rate-times':
      if (!RATES.includes(rule.rate)) errors.push(`${where}.rate 未知：${rule.rate}`);
      checkNumber(rule.factor, `${where}.factor`, errors);
      return;
    case 'sum':
      if (!Array.isArray(rule.parts) || rule.parts.length === 0) errors.push(`${where}.parts 不能为空`);
      else rule.parts.forEach((p, i) => checkRule(p, `${where}.parts[${i}]`, errors));
      return;
    default:
      errors.push(`${where}.type 未知：${JSON.stringify((rule as { type?: unknown })?.type)}（可用：bands、per-point、quarterly-progress、rate-times、sum）`);
  }
}

/**
 * A profile written as JSON by a finance bureau: what it states over the
 * profile it extends (national by default). Returns the profile or the list
 * of what is wrong with it, in words a person can act on.
 */
export function profileFromJson(json: unknown): { profile: Profile } | { errors: string[] } {
  const errors: string[] = [];
  if (!json || typeof json !== 'object') return { errors: ['评分规则文件应为一个 JSON 对象'] };
  const o = json as Partial<Profile> & { extends?: string };
  const base = getProfile(o.extends ?? 'national');
  if (!base) return { errors: [`extends 指向未知的评分规则：${o.extends}`] };
  if (typeof o.id !== 'string' || !/^[a-z0-9-]+$/.test(o.id)) errors.push('id 应为小写字母、数字和连字符组成的名称，如 "guangdong-2024"');
  if (typeof o.name !== 'string' || !o.name) errors.push('name 不能为空');
  const profile: Profile = {
    ...base,
    ...o,
    execution: { ...base.execution, ...(o.execution ?? {}) },
    indicators: { ...base.indicators, ...(o.indicators ?? {}) },
    description: o.description ?? base.description,
  } as Profile;
  checkNumber(profile.execution.weight, 'execution.weight', errors);
  checkNumber(profile.execution.reasonBelowPercent, 'execution.reasonBelowPercent', errors);
  checkNumber(profile.indicators.farExceededPercent, 'indicators.farExceededPercent', errors);
  if (!['linear', 'ratio'].includes(profile.indicators.reverseFormula)) errors.push('indicators.reverseFormula 应为 linear 或 ratio');
  (profile.grades ?? []).forEach((g, i) => checkNumber(g.min, `grades[${i}].min`, errors));
  (profile.rules ?? []).forEach((r, i) => {
    if (!Array.isArray(r.indicator) || r.indicator.length === 0) errors.push(`rules[${i}].indicator 应列出指标名称`);
    checkRule(r.rule, `rules[${i}].rule`, errors);
  });
  return errors.length ? { errors } : { profile };
}
