import { errorLiteral } from '../typed-input';

export type FormulaToken =
  | { type: 'number'; value: number }
  | { type: 'string'; value: string }
  | { type: 'error'; value: string }
  | { type: 'reference'; text: string }
  | { type: 'identifier'; name: string }
  | { type: 'operator'; op: string }
  | { type: 'open' }
  | { type: 'close' }
  | { type: 'comma' };

export class FormulaSyntaxError extends Error {}

const CELL = String.raw`\$?[A-Za-z]{1,3}\$?[0-9]{1,7}`;
const COLUMN = String.raw`\$?[A-Za-z]{1,3}`;
const ROW = String.raw`\$?[0-9]{1,7}`;
const SHEET = String.raw`(?:'(?:[^']|'')+'|[\p{L}\p{N}_.]+)!`;
const REFERENCE = new RegExp(
  String.raw`^(?:${SHEET})?(?:${CELL}(?::${CELL})?|${COLUMN}:${COLUMN}|${ROW}:${ROW})(?![\p{L}\p{N}_(!])`,
  'u',
);
const NUMBER = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/;
const IDENTIFIER = /^[\p{L}_\\][\p{L}\p{N}_.]*/u;
const OPERATORS = ['<>', '<=', '>=', '+', '-', '*', '/', '^', '&', '=', '<', '>', '%'];

/** A token and where it sits in the formula body (`end` exclusive). */
export interface SpannedToken {
  token: FormulaToken;
  start: number;
  end: number;
}

/** "Sheet1!#REF!": what a reference to deleted cells of another sheet becomes. */
const SHEET_REF_ERROR = new RegExp(String.raw`^${SHEET}#REF!`, 'iu');

/** Splits formula text (without the leading "=") into tokens. */
export function tokenizeFormula(body: string): FormulaToken[] {
  return tokenizeFormulaSpans(body).map((spanned) => spanned.token);
}

/** Like tokenizeFormula, with each token's position (for rewriting references in place). */
export function tokenizeFormulaSpans(body: string): SpannedToken[] {
  const tokens: SpannedToken[] = [];
  let i = 0;
  const push = (token: FormulaToken, length: number) => {
    tokens.push({ token, start: i, end: i + length });
    i += length;
  };
  while (i < body.length) {
    const rest = body.slice(i);
    const ch = body[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= body.length) throw new FormulaSyntaxError('unterminated string');
        if (body[j] === '"') {
          if (body[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          break;
        }
        value += body[j++];
      }
      push({ type: 'string', value }, j + 1 - i);
      continue;
    }
    if (ch === '#') {
      const match = /^#[A-Z0-9/_]+[!?A]?/i.exec(rest);
      const literal = match ? errorLiteral(match[0]) : undefined;
      if (!match || !literal) throw new FormulaSyntaxError(`unknown error literal at ${i}`);
      push({ type: 'error', value: literal }, match[0].length);
      continue;
    }
    const sheetError = SHEET_REF_ERROR.exec(rest);
    if (sheetError) {
      push({ type: 'error', value: '#REF!' }, sheetError[0].length);
      continue;
    }
    const reference = REFERENCE.exec(rest);
    if (reference) {
      push({ type: 'reference', text: reference[0] }, reference[0].length);
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      push({ type: 'number', value: Number(number[0]) }, number[0].length);
      continue;
    }
    const identifier = IDENTIFIER.exec(rest);
    if (identifier) {
      push({ type: 'identifier', name: identifier[0] }, identifier[0].length);
      continue;
    }
    if (ch === '(') push({ type: 'open' }, 1);
    else if (ch === ')') push({ type: 'close' }, 1);
    else if (ch === ',') push({ type: 'comma' }, 1);
    else {
      const op = OPERATORS.find((candidate) => rest.startsWith(candidate));
      if (!op) throw new FormulaSyntaxError(`unexpected character '${ch}' at ${i}`);
      push({ type: 'operator', op }, op.length);
    }
  }
  return tokens;
}
