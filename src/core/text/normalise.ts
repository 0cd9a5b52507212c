/**
 * Header and label text as a person reads it: NFKC (full-width → half-width),
 * every kind of white space removed. "绩  效  指  标" → "绩效指标",
 * "年度预\n算申请\n(万元)" → "年度预算申请(万元)".
 */
export function normalise(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '');
}

/** normalise() and drop parenthesised annotations: "年度预算申请(万元)" → "年度预算申请". */
export function normaliseBare(text: string): string {
  return normalise(text).replace(/[(（][^()（）]*[)）]/g, '');
}

/** True when the normalised text contains any of the words. */
export function hasAny(normalised: string, words: readonly string[]): boolean {
  return words.some((w) => normalised.includes(w));
}
