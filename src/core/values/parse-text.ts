import { Decimal } from '../decimal';
import type { Comparator, Parsed, Quantity } from './types';
import { PREFIX_AT, SUFFIX_AT, combineComparators, prefixComparator, suffixComparator } from './comparators';
import { UNIT_AT, UNIT_ONLY, pow10, readUnit } from './units';
import { closingIndex, isOpener } from './brackets';
import { looksLikeQuantity } from './shape';

/** Printable ASCII is its own NFKC form: skip normalize() for the common case. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
/** The common cell: a plain number, read without the full grammar. */
const PLAIN_NUMBER = /^([+\-−]?)(\d+)(?:\.(\d+))?$/;
/** Sign, integer part (thousands groups of exactly 3, or plain digits), fraction. */
const NUMBER_AT = /([+\-−]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/y;
const LETTER_OR_DIGIT_AT = /[\p{L}\p{N}]/uy;
const WHITESPACE = /\s+/g;
const SPACE_AT = /\s*/y;
const LINE_BREAK = /[\r\n]/;
/** Placeholders meaning "no value", white space removed: dashes, slashes, 无, N/A. */
const PLACEHOLDER = /^(?:[-‐‑‒–—―−_~/\\]+|无|暂无|n\/?a)$/i;
/** Excel error values shown as text: a number was meant but cannot be read. */
const EXCEL_ERROR = /^#(?:DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

/** NFKC (full-width digits and punctuation → ASCII, 　 → space), zero-width characters dropped, trimmed. */
export function normaliseValueText(raw: string): string {
  if (PRINTABLE_ASCII.test(raw)) return raw.trim();
  return raw.normalize('NFKC').replace(ZERO_WIDTH, '').trim();
}

/**
 * Parse cell text into empty (blank or a placeholder), a quantity (one number with an optional
 * comparator, unit and annotation) or text (anything else; `malformed` when it looks like a
 * quantity that fails to read). Never throws.
 */
export function parseText(raw: string): Parsed {
  const s = normaliseValueText(raw);
  if (s === '') return { kind: 'empty', raw };
  const plain = PLAIN_NUMBER.exec(s);
  if (plain) return quantity(raw, plain[1], plain[2], plain[3] ?? '', '', null, null);
  if (s.length <= 64) {
    if (PLACEHOLDER.test(s.replace(WHITESPACE, ''))) return { kind: 'empty', raw };
    if (EXCEL_ERROR.test(s)) return { kind: 'text', raw, malformed: true };
  }
  const read = readQuantity(s, raw);
  if (read === NOT_A_QUANTITY) return { kind: 'text', raw, malformed: looksLikeQuantity(s) };
  if (read === MALFORMED) return { kind: 'text', raw, malformed: true };
  return read;
}

const NOT_A_QUANTITY = 0;
const MALFORMED = 1;

/** The grammar: [comparator] number [unit] [以上|以下|…] [。] [(annotation)…] [line break annotation]. */
function readQuantity(s: string, raw: string): Quantity | typeof NOT_A_QUANTITY | typeof MALFORMED {
  let i = 0;
  let prefix: Comparator | null = null;
  PREFIX_AT.lastIndex = 0;
  const p = PREFIX_AT.exec(s);
  if (p) {
    prefix = prefixComparator(p[0]);
    i = skipSpace(s, p[0].length);
  }

  NUMBER_AT.lastIndex = i;
  const n = NUMBER_AT.exec(s);
  if (!n) return NOT_A_QUANTITY;
  i = NUMBER_AT.lastIndex;

  let written = '';
  let j = skipSpace(s, i);
  UNIT_AT.lastIndex = j;
  const u = UNIT_AT.exec(s);
  if (u && endsWord(s, UNIT_AT.lastIndex)) {
    written = u[0];
    i = UNIT_AT.lastIndex;
  }

  let suffix: Comparator | null = null;
  j = skipSpace(s, i);
  SUFFIX_AT.lastIndex = j;
  const x = SUFFIX_AT.exec(s);
  if (x && endsWord(s, SUFFIX_AT.lastIndex)) {
    suffix = suffixComparator(x[0]);
    i = SUFFIX_AT.lastIndex;
  }
  if (s[i] === '。') i++;

  const notes: string[] = [];
  for (;;) {
    const k = skipSpace(s, i);
    if (k >= s.length) break;
    if (isOpener(s[k])) {
      const close = closingIndex(s, k);
      const inner = (close < 0 ? s.slice(k + 1) : s.slice(k + 1, close)).trim();
      i = close < 0 ? s.length : close + 1;
      // "100（万元）": a unit written in brackets is the unit, not an annotation.
      if (written === '' && notes.length === 0 && UNIT_ONLY.test(inner)) written = inner;
      else if (inner !== '') notes.push(inner);
      continue;
    }
    if (!LINE_BREAK.test(s.slice(i, k))) return NOT_A_QUANTITY;
    // Text on a following line annotates the number, unless it is a number itself ("2242.8\n3").
    const rest = s.slice(k);
    if (looksLikeQuantity(rest)) return MALFORMED;
    notes.push(rest);
    break;
  }

  const comparator = combineComparators(prefix, suffix);
  if (comparator === undefined) return MALFORMED;
  return quantity(raw, n[1], n[2].replace(/,/g, ''), n[3] ?? '', written, comparator, notes.length ? notes.join(' ') : null);
}

function quantity(
  raw: string,
  sign: string,
  integer: string,
  fraction: string,
  written: string,
  comparator: Comparator | null,
  annotation: string | null,
): Quantity {
  const reading = readUnit(written) ?? { unit: written, exp: 0 };
  let value = new Decimal((sign === '' || sign === '+' ? '' : '-') + integer + (fraction ? '.' + fraction : ''));
  if (reading.exp !== 0) value = value.times(pow10(reading.exp));
  if (value.isZero()) value = new Decimal(0); // no "-0"
  return {
    kind: 'quantity',
    raw,
    value,
    unit: reading.unit,
    writtenUnit: written,
    comparator,
    decimals: fraction.length - reading.exp,
    annotation,
  };
}

/** Skip spaces and line breaks. */
function skipSpace(s: string, i: number): number {
  SPACE_AT.lastIndex = i;
  SPACE_AT.test(s);
  return SPACE_AT.lastIndex;
}

/**
 * A unit or suffix must not run into a following word: "100\n分析…" is not 100 分, "3天内完成"
 * is not 3天以内. A suffix comparator may follow a unit ("90%以上").
 */
function endsWord(s: string, k: number): boolean {
  if (k >= s.length) return true;
  LETTER_OR_DIGIT_AT.lastIndex = k;
  if (!LETTER_OR_DIGIT_AT.test(s)) return true;
  SUFFIX_AT.lastIndex = k;
  return SUFFIX_AT.test(s);
}
