import type { CellScalar } from './model/cell';

/**
 * How Excel stores a value written to a cell through `Range.values` / `Range.formulas` or typed by a person.
 * Excel treats such input as if it had been typed:
 * - `null` leaves the cell unchanged; '' clears it;
 * - in a cell formatted as text ("@") a string is stored verbatim, even "=A1";
 * - a leading apostrophe makes the rest text ("'=x" stores the text "=x");
 * - "=…" is a formula; "+…" / "-…" that is not a number becomes the formula "=+…" / "=-…";
 * - numeric text becomes a number ("12.5", "1,234", "(12)", "1e3"), "12.5%" becomes 0.125 and
 *   "yyyy-m-d" / "yyyy/m/d" a date serial; on a General cell these also set a matching number format;
 * - "TRUE"/"FALSE" (any case) become booleans and "#DIV/0!"-style literals become error values;
 * - anything else is text.
 */
export type TypedInput =
  | { kind: 'unchanged' }
  | { kind: 'clear' }
  | { kind: 'value'; value: CellScalar; isError: boolean; impliedFormat?: string }
  | { kind: 'formula'; formula: string }
  | { kind: 'invalid' };

export const ERROR_LITERALS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!'];

export function errorLiteral(text: string): string | undefined {
  const upper = text.trim().toUpperCase();
  return ERROR_LITERALS.find((literal) => literal === upper);
}

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

function dateSerial(year: number, month: number, day: number): number | undefined {
  const utc = Date.UTC(year, month - 1, day);
  const date = new Date(utc);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  const serial = Math.round((utc - Date.UTC(1899, 11, 30)) / 86400000);
  return serial >= 1 ? serial : undefined;
}

interface ParsedNumber {
  value: number;
  format?: string;
}

/** Numeric text as Excel's input parser reads it, with the number format typing it would imply. */
export function parseNumericText(text: string): ParsedNumber | undefined {
  let body = text.trim();
  if (body === '') return undefined;
  let negate = false;
  if (/^\(.*\)$/.test(body)) {
    negate = true;
    body = body.slice(1, -1);
  }
  let percent = false;
  if (body.endsWith('%')) {
    percent = true;
    body = body.slice(0, -1);
  }
  let value: number;
  let grouped = false;
  if (PLAIN_NUMBER.test(body)) value = Number(body);
  else if (GROUPED_NUMBER.test(body)) {
    grouped = true;
    value = Number(body.replace(/,/g, ''));
  } else return undefined;
  if (!Number.isFinite(value)) return undefined;
  if (negate) value = -value;
  const hasDecimals = body.includes('.') && !/\.0*$/.test(body.split(/[eE]/)[0]);
  if (percent) return { value: value / 100, format: hasDecimals ? '0.00%' : '0%' };
  if (grouped) return { value, format: hasDecimals ? '#,##0.00' : '#,##0' };
  return { value };
}

export function interpretInput(raw: unknown, currentFormat: string): TypedInput {
  if (raw === null || raw === undefined) return { kind: 'unchanged' };
  if (typeof raw === 'number') return Number.isFinite(raw) ? { kind: 'value', value: raw, isError: false } : { kind: 'invalid' };
  if (typeof raw === 'boolean') return { kind: 'value', value: raw, isError: false };
  if (typeof raw !== 'string') return { kind: 'invalid' };
  if (raw === '') return { kind: 'clear' };
  if (currentFormat === '@') return { kind: 'value', value: raw, isError: false };
  if (raw.startsWith("'")) {
    const rest = raw.slice(1);
    return rest === '' ? { kind: 'clear' } : { kind: 'value', value: rest, isError: false };
  }
  if (raw.startsWith('=') && raw.length > 1) return { kind: 'formula', formula: raw };
  const numeric = parseNumericText(raw);
  if (numeric) return { kind: 'value', value: numeric.value, isError: false, impliedFormat: numeric.format };
  const date = ISO_DATE.exec(raw.trim());
  if (date) {
    const serial = dateSerial(Number(date[1]), Number(date[2]), Number(date[3]));
    if (serial !== undefined) return { kind: 'value', value: serial, isError: false, impliedFormat: 'yyyy/m/d' };
  }
  const upper = raw.trim().toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'value', value: upper === 'TRUE', isError: false };
  const error = errorLiteral(raw);
  if (error) return { kind: 'value', value: error, isError: true };
  if ((raw.startsWith('+') || raw.startsWith('-')) && raw.trim().length > 1) return { kind: 'formula', formula: `=${raw}` };
  return { kind: 'value', value: raw, isError: false };
}
