import { normalise, normaliseBare } from '../text/normalise';
import { memoiseText } from '../text/memo';

/**
 * Column roles recognised from header words. Matching is by meaning: the
 * header text is normalised (NFKC, no white space) and tested against word
 * lists, most specific first, so "得分率" is never taken for "得分" and
 * "年度指标值" never for "一级指标".
 */
export type ColumnRole =
  | 'level1'
  | 'level2'
  | 'level3'
  | 'target'
  | 'actual'
  | 'weight'
  | 'score'
  | 'scoreRate'
  | 'reason'
  | 'comparator'
  | 'unit'
  | 'criteria'
  | 'grade';

interface RoleRule {
  role: ColumnRole;
  any: string[];
  none?: string[];
}

const RULES: RoleRule[] = [
  { role: 'reason', any: ['偏差原因', '原因分析', '未完成原因', '改进措施', '偏差说明', '扣分原因', '原因说明'] },
  { role: 'comparator', any: ['指标性质', '比较符', '运算符', '符号'] },
  { role: 'unit', any: ['计量单位', '度量单位', '指标单位'] },
  { role: 'scoreRate', any: ['得分率'] },
  { role: 'criteria', any: ['评分标准', '指标说明', '指标解释', '评分办法', '评分依据', '计分方法', '评价标准'] },
  { role: 'grade', any: ['等次', '等级'], none: ['指标'] },
  { role: 'score', any: ['得分', '评分', '自评分'] },
  { role: 'weight', any: ['分值', '权重', '标准分', '满分', '参考分'] },
  { role: 'level1', any: ['一级指标', '一级'] },
  { role: 'level2', any: ['二级指标', '二级'] },
  { role: 'level3', any: ['三级指标', '三级', '指标名称', '具体指标', '指标内容'] },
  { role: 'actual', any: ['实际完成', '完成值', '实际值', '实际达到', '实际执行', '完成情况', '实际'] },
  { role: 'target', any: ['指标值', '目标值', '预期值', '计划值', '年度目标', '预期目标', '指标目标', '目标'] },
];

/** Any word of any rule: most cells name no role, and one test rejects them. */
const ANY_WORD = new RegExp(RULES.flatMap((r) => r.any).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

export const roleOf = memoiseText((header: string): ColumnRole | null => {
  if (!ANY_WORD.test(header) && !ANY_WORD.test(normalise(header))) return null;
  const t = normaliseBare(header) || normalise(header);
  if (!t) return null;
  for (const rule of RULES) {
    if (rule.any.some((w) => t.includes(w)) && !(rule.none ?? []).some((w) => t.includes(w))) return rule.role;
  }
  return null;
});

/** "单位" alone (a unit column) — kept out of RULES because it is inside many labels (实施单位). */
export function isBareUnitHeader(header: string): boolean {
  return normaliseBare(header) === '单位';
}
