import type { AmountColumn } from '../../binding/types';
import { normalise, normaliseBare } from '../../text/normalise';
import { memoiseText } from '../../text/memo';

/** Header words of budget figures. A table needs two such columns to be a budget table (a sales report's 销售额 / 成本 are not). */
const BUDGET_WORDS = [
  '预算', '决算', '执行数', '实际支出', '支出数', '支出金额', '调整', '结转', '结余', '拨款', '原值', '在用', '账面',
  '到位资金', '本年支付', '年初数', '年末数', '上年数', '本年数', '经费', '财政拨款', '支出合计', '收入合计', '实际到位',
];

/** Counts, not money, though they share a word with one ("账面数量", "实有人数"). */
const NOT_MONEY = /数量|人数|件数|台数|个数|面积|编号|日期/;

export const isBudgetHeader = memoiseText((text: string): boolean => {
  const t = normaliseBare(text);
  return t.length > 0 && t.length <= 24 && BUDGET_WORDS.some((w) => t.includes(w)) && !NOT_MONEY.test(t);
});

const SHARE = /占比|比例|比重|占总|结构|支出占|构成/;
const RATE = /率|进度/;
const TEXT = /说明|备注|原因|名称|内容|类别|类型|单位$|序号|编号|项目$|^项目/;

/** Kind of a figures column from its header; null for text columns. */
export const columnKind = memoiseText((header: string): AmountColumn['kind'] | null => {
  const t = normaliseBare(header) || normalise(header);
  if (!t) return null;
  if (SHARE.test(t)) return 'share';
  if (RATE.test(t)) return 'rate';
  if (TEXT.test(t) && !isBudgetHeader(t)) return null;
  return 'amount';
});
