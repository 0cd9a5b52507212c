import { normaliseBare } from '../text/normalise';

/**
 * The rate library (DOMAIN.md section 3) as data: how a person recognises a
 * rate by its name and which figures it divides. `change` rates are
 * (numerator − denominator) / denominator. All rates are × 100%.
 */
export interface RateFormula {
  id: string;
  /** Words naming the rate (header or label). Longest match wins. */
  names: string[];
  numerator: string[];
  denominator: string[];
  change?: boolean;
  /** Words that must not be in the numerator / denominator header (e.g. 年初 is not the adjusted budget). */
  notNumerator?: string[];
  notDenominator?: string[];
  /** The denominator is the sum of the denominator figure and the numerator (编外 / (在编 + 编外)). */
  denominatorPlusNumerator?: boolean;
}

export const RATE_LIBRARY: RateFormula[] = [
  { id: '执行率', names: ['预算执行率', '执行率', '支出进度'], numerator: ['执行数', '实际支出', '决算', '支出数', '执行金额', '累计支出'], denominator: ['调整后预算', '调整预算', '全年预算', '预算数', '预算'], notDenominator: ['年初'] },
  { id: '完成率', names: ['预算完成率', '完成率', '完成调整'], numerator: ['决算', '完成数', '实际'], denominator: ['调整后', '调整预算', '全年预算', '预算数', '预算'], notDenominator: ['年初'] },
  { id: '预算调整率', names: ['预算调整率', '调整率'], numerator: ['调整数', '追加', '调整金额'], denominator: ['年初预算', '预算数'] },
  { id: '在职人员控制率', names: ['在职人员控制率', '财政供养人员控制率', '人员控制率', '控制率'], numerator: ['实际在职', '在职人数', '实有人数', '在编人数', '在职人员', '实际在编', '实有'], denominator: ['编制数', '核定编制', '编制人数', '编制'] },
  { id: '编外人员控制率', names: ['编外人员控制率', '编外人员比例'], numerator: ['编外'], denominator: ['实际在编', '在编人数', '在职人数', '实有人数'], denominatorPlusNumerator: true },
  { id: '三公经费控制率', names: ['三公经费控制率', '三公控制率'], numerator: ['实际支出', '决算'], denominator: ['预算'] },
  { id: '公用经费控制率', names: ['日常公用经费控制率', '公用经费控制率'], numerator: ['决算', '实际支出'], denominator: ['调整预算', '预算'] },
  { id: '政府采购执行率', names: ['政府采购执行率', '采购执行率'], numerator: ['实际采购', '实际政府采购', '实际'], denominator: ['采购预算', '采购计划', '预算'] },
  { id: '固定资产利用率', names: ['固定资产利用率', '利用率', '使用率'], numerator: ['在用'], denominator: ['原值', '全部', '总额', '账面'] },
  { id: '结转结余率', names: ['结转结余率'], numerator: ['结转结余'], denominator: ['支出预算', '预算'] },
  { id: '重点支出安排率', names: ['重点支出安排率'], numerator: ['重点'], denominator: ['项目总支出', '项目支出'] },
  { id: '规模控制率', names: ['规模控制率'], numerator: ['实际规模'], denominator: ['批复规模'] },
  { id: '投资概算控制率', names: ['投资概算控制率', '概算控制率'], numerator: ['实际投资'], denominator: ['预算投资', '概算', '批复投资'] },
  { id: '得分率', names: ['得分率'], numerator: ['得分', '评分'], denominator: ['分值', '权重', '标准分', '满分'] },
  { id: '变动率', names: ['变动率', '增长率', '增减率', '增幅'], numerator: ['年末', '本年', '决算'], denominator: ['年初', '上年', '预算'], change: true },
];

/** The formula a rate header names, longest name first ("规模控制率" before "控制率"). */
/** Header text for matching: normalised, without quotes ("“三公”经费" → 三公经费). */
export function rateText(text: string): string {
  return normaliseBare(text).replace(/["“”'‘’「」]/g, '');
}

export function formulaFor(rateHeader: string): RateFormula | null {
  const t = rateText(rateHeader);
  let best: { f: RateFormula; len: number } | null = null;
  for (const f of RATE_LIBRARY) {
    for (const n of f.names) if (t.includes(n) && (!best || n.length > best.len)) best = { f, len: n.length };
  }
  return best?.f ?? null;
}

function matches(header: string, words: string[], not: string[] = []): boolean {
  const t = rateText(header);
  return words.some((w) => t.includes(w)) && !not.some((w) => t.includes(w)) && !/率|比例|占比/.test(t);
}

/**
 * The numerator and denominator columns of a rate column, among a table's
 * columns: the nearest matching ones to its left (a rate follows its inputs).
 */
export function bindRateColumns(
  formula: RateFormula,
  rateCol: number,
  columns: { col: number; header: string }[],
): { numerator: number; denominator: number } | null {
  // A rate follows its inputs: the nearest matching columns to its left, else anywhere in the table.
  const left = columns.filter((c) => c.col < rateCol).sort((a, b) => b.col - a.col);
  const find = (words: string[], not: string[] | undefined, except?: { col: number }) =>
    left.find((c) => c !== except && matches(c.header, words, not)) ?? columns.find((c) => c !== except && matches(c.header, words, not));
  const num = find(formula.numerator, formula.notNumerator);
  const den = find(formula.denominator, formula.notDenominator, num);
  return den && num ? { numerator: num.col, denominator: den.col } : null;
}
