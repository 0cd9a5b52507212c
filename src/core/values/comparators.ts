import type { Comparator } from './types';

/** Comparators written before the number (after NFKC: ＞ → '>', ＝ → '='). */
const PREFIXES: Record<string, Comparator> = {
  '>=': '>=', '=>': '>=', '≥': '>=', '≧': '>=', '⩾': '>=',
  不低于: '>=', 不少于: '>=', 不小于: '>=', 大于等于: '>=', 大于或等于: '>=',
  不得低于: '>=', 不得少于: '>=', 至少: '>=', 达到: '>=', 达: '>=',
  '<=': '<=', '=<': '<=', '≤': '<=', '≦': '<=', '⩽': '<=',
  不高于: '<=', 不超过: '<=', 不大于: '<=', 不多于: '<=', 小于等于: '<=', 小于或等于: '<=',
  不得高于: '<=', 不得超过: '<=', 至多: '<=', 最多: '<=', 控制在: '<=',
  '>': '>', 高于: '>', 大于: '>', 超过: '>', 多于: '>',
  '<': '<', 低于: '<', 小于: '<', 少于: '<', 不足: '<',
  '=': '=', 等于: '=',
};

/** Comparators written after the number and unit: "90%以上" (≥), "0.5%以下" (≤), "3天以内" (≤). */
const SUFFIXES: Record<string, Comparator> = {
  以上: '>=', 及以上: '>=', 或以上: '>=',
  以下: '<=', 及以下: '<=', 或以下: '<=', 以内: '<=', 之内: '<=', 内: '<=',
};

function alternation(words: string[]): string {
  return words
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** Sticky: a prefix comparator at lastIndex (longest first: 不低于 before 低于). */
export const PREFIX_AT = new RegExp(alternation(Object.keys(PREFIXES)), 'y');
export const SUFFIX_AT = new RegExp(alternation(Object.keys(SUFFIXES)), 'y');
export const PREFIX_AT_START = new RegExp(`^(?:${alternation(Object.keys(PREFIXES))})`);
export const SUFFIX_AT_END = new RegExp(`(?:${alternation(Object.keys(SUFFIXES))})$`);

export function prefixComparator(word: string): Comparator {
  return PREFIXES[word];
}

export function suffixComparator(word: string): Comparator {
  return SUFFIXES[word];
}

/**
 * One comparator from a prefix and a suffix written together: "≥90%以上" is ≥ said twice.
 * Returns undefined when they contradict ("≤90%以上").
 */
export function combineComparators(prefix: Comparator | null, suffix: Comparator | null): Comparator | null | undefined {
  if (prefix === null) return suffix;
  if (suffix === null) return prefix;
  if (suffix === '>=' && (prefix === '>=' || prefix === '>')) return prefix;
  if (suffix === '<=' && (prefix === '<=' || prefix === '<')) return prefix;
  return undefined;
}

const SYMBOLS: Record<Comparator, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };

/** The symbol shown in reports: '>=' → '≥'. */
export function comparatorSymbol(c: Comparator): string {
  return SYMBOLS[c];
}
