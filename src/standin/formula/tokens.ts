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

/** Splits formula text (without the leading "=") into tokens. */
export function tokenizeFormula(body: string): FormulaToken[] {
  const tokens: FormulaToken[] = [];
  let i = 0;
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
      tokens.push({ type: 'string', value });
      i = j + 1;
      continue;
    }
    if (ch === '#') {
      const match = /^#[A-Z0-9/_]+[!?A]?/i.exec(rest);
      const literal = match ? errorLiteral(match[0]) : undefined;
      if (!match || !literal) throw new FormulaSyntaxError(`unknown error literal at ${i}`);
      tokens.push({ type: 'error', value: literal });
      i += match[0].length;
      continue;
    }
    const reference = REFERENCE.exec(rest);
    if (reference) {
      tokens.push({ type: 'reference', text: reference[0] });
      i += reference[0].length;
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      tokens.push({ type: 'number', value: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    const identifier = IDENTIFIER.exec(rest);
    if (identifier) {
      tokens.push({ type: 'identifier', name: identifier[0] });
      i += identifier[0].length;
      continue;
    }
    if (ch === '(') tokens.push({ type: 'open' });
    else if (ch === ')') tokens.push({ type: 'close' });
    else if (ch === ',') tokens.push({ type: 'comma' });
    else {
      const op = OPERATORS.find((candidate) => rest.startsWith(candidate));
      if (!op) throw new FormulaSyntaxError(`unexpected character '${ch}' at ${i}`);
      tokens.push({ type: 'operator', op });
      i += op.length;
      continue;
    }
    i++;
  }
  return tokens;
}
