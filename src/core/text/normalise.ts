import { memoiseText } from './memo';

const PLAIN = /^[\u0021-\u007e\u4e00-\u9fff]*$/;
const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g;

/**
 * Header and label text as a person reads it: NFKC (full-width → half-width),
 * every kind of white space removed. "绩  效  指  标" → "绩效指标",
 * "年度预\n算申请\n(万元)" → "年度预算申请(万元)".
 *
 * Recognisers ask for the same labels over and over (and every workbook of a
 * batch has the same headers), so results are remembered; plain ASCII and
 * common CJK text, which NFKC leaves alone, skips the normalisation.
 */
export const normalise = memoiseText((text: string): string => (PLAIN.test(text) ? text : text.normalize('NFKC').replace(SPACES, '')));

const PARENS = /[(（][^()（）]*[)）]/g;

/** normalise() and drop parenthesised annotations: "年度预算申请(万元)" → "年度预算申请". */
export const normaliseBare = memoiseText((text: string): string => normalise(text).replace(PARENS, ''));

/** True when the normalised text contains any of the words. */
export function hasAny(normalised: string, words: readonly string[]): boolean {
  return words.some((w) => normalised.includes(w));
}
