import { PREFIX_AT_START, SUFFIX_AT_END } from './comparators';
import { UNIT_AT_END } from './units';
import { isCloser, openingIndex } from './brackets';

/** Digits with only separators, leading signs, spaces and digit look-alikes (o O l I typed for 0 and 1). */
const SHAPED = /^[+\-−]*[0-9oOlI.,\s]*$/;
const DIGIT = /[0-9]/;
const LOOKALIKE = /[oOlI]/;
/** 2023.12.31 is a date, not a mistyped number. */
const DOTTED_DATE = /^\d{4}\.\d{1,2}\.\d{1,2}$/;
const LINE_BREAK = /[\r\n]/;

/**
 * Whether a (normalised, trimmed) text that did not read as a quantity looks like it was meant
 * to be one: after removing a comparator, trailing annotations, a unit and a suffix comparator,
 * what remains is only digits, separators, leading signs and spaces ("12..5万", "1 2 3",
 * "10,5%", "9o%"), or nothing although a comparator or unit announced a number ("≥", "≥万元", "%").
 * Sentences and words ("每季度1次，共4次", "显著提升") are not.
 */
export function looksLikeQuantity(s: string): boolean {
  let t = s;
  let numberExpected = false;
  const prefix = PREFIX_AT_START.exec(t);
  if (prefix) {
    t = t.slice(prefix[0].length);
    numberExpected = true;
  }
  t = stripTrailingBrackets(t);
  const lineBreak = t.search(LINE_BREAK);
  if (lineBreak >= 0) t = t.slice(0, lineBreak);
  t = t.trim();
  if (t.endsWith('。')) t = t.slice(0, -1).trimEnd();
  // A suffix alone ("以上" meaning "the above") does not announce a number.
  const suffix = SUFFIX_AT_END.exec(t);
  if (suffix) t = t.slice(0, suffix.index).trimEnd();
  const unit = UNIT_AT_END.exec(t);
  if (unit) {
    t = t.slice(0, unit.index).trimEnd();
    numberExpected = true;
  }
  if (t === '') return numberExpected;
  if (!SHAPED.test(t) || DOTTED_DATE.test(t)) return false;
  return DIGIT.test(t) || !LOOKALIKE.test(t);
}

function stripTrailingBrackets(s: string): string {
  let t = s.trimEnd();
  // A few groups at most in real cells; the bound keeps pathological input linear.
  for (let n = 0; n < 8 && t.length > 0 && isCloser(t[t.length - 1]); n++) {
    const open = openingIndex(t, t.length - 1);
    if (open <= 0) break;
    t = t.slice(0, open).trimEnd();
  }
  return t;
}
