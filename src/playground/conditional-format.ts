/**
 * Conditional formats in the playground's grid. The stand-in stores them but,
 * like every API client, never sees Excel paint them; the grid decides here
 * whether a custom rule holds for a cell, as Excel would: the formula is
 * written for the first cell of the range and shifted for the others ($ keeps
 * a row or column fixed). A small evaluator covers what highlight rules use —
 * comparisons, arithmetic, AND / OR / NOT / IF, LEN / TRIM, ISNUMBER / ISTEXT /
 * ISBLANK. Anything else counts as "does not hold".
 */
import { parseFormula } from '../standin/formula/parser';
import type { FormulaNode } from '../standin/formula/parser';

/** A cell's value as the rule sees it: '' for an empty cell. */
export type CellLookup = (row: number, col: number) => string | number | boolean;

type Value = string | number | boolean | { error: string };

const REFERENCE = /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function letters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The formula with its relative references moved by (rows, cols); text in quotes is left alone. */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REFERENCE, (whole, colFixed: string, col: string, rowFixed: string, row: string, offset: number, text: string) => {
            // A sheet-qualified or name-like token (Sheet1!A1 is fine; FOO_A1 is not a reference).
            if (offset > 0 && /[\w.]/.test(text[offset - 1])) return whole;
            const c = colFixed ? columnNumber(col) : columnNumber(col) + cols;
            const r = rowFixed ? Number(row) : Number(row) + rows;
            if (c < 1 || r < 1) return '#REF!';
            return `${colFixed}${letters(c)}${rowFixed}${r}`;
          }),
    )
    .join('');
}

const isError = (v: Value): v is { error: string } => typeof v === 'object';

function truthy(v: Value): boolean | null {
  if (isError(v)) return null;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  const upper = v.toUpperCase();
  return upper === 'TRUE' ? true : upper === 'FALSE' ? false : null;
}

function compare(op: string, a: Value, b: Value): Value {
  if (isError(a)) return a;
  if (isError(b)) return b;
  // Excel orders numbers < text < booleans; an empty cell is 0 against a number and "" against text.
  const rank = (v: string | number | boolean) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  let x: string | number | boolean = a;
  let y: string | number | boolean = b;
  if (x === '' && typeof y === 'number') x = 0;
  if (y === '' && typeof x === 'number') y = 0;
  let order: number;
  if (rank(x) !== rank(y)) order = rank(x) - rank(y);
  else if (typeof x === 'string') order = x.toLowerCase().localeCompare(String(y).toLowerCase());
  else order = Number(x) - Number(y);
  const sign = Math.sign(order);
  return { '=': sign === 0, '<>': sign !== 0, '<': sign < 0, '>': sign > 0, '<=': sign <= 0, '>=': sign >= 0 }[op] ?? { error: '#VALUE!' };
}

function toNumber(v: Value): number | null {
  if (isError(v)) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v.trim() === '') return 0;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

function evaluate(node: FormulaNode, cell: CellLookup): Value {
  switch (node.kind) {
    case 'number':
    case 'string':
    case 'boolean':
      return node.value;
    case 'error':
      return { error: node.value };
    case 'reference':
      if (node.sheet !== undefined || node.rect.top !== node.rect.bottom || node.rect.left !== node.rect.right) return { error: '#VALUE!' };
      return cell(node.rect.top, node.rect.left);
    case 'unary': {
      const n = toNumber(evaluate(node.operand, cell));
      return n === null ? { error: '#VALUE!' } : node.op === '-' ? -n : n;
    }
    case 'percent': {
      const n = toNumber(evaluate(node.operand, cell));
      return n === null ? { error: '#VALUE!' } : n / 100;
    }
    case 'binary': {
      const a = evaluate(node.left, cell);
      const b = evaluate(node.right, cell);
      if (['=', '<>', '<', '>', '<=', '>='].includes(node.op)) return compare(node.op, a, b);
      if (node.op === '&') return isError(a) ? a : isError(b) ? b : `${a}${b}`;
      const x = toNumber(a);
      const y = toNumber(b);
      if (x === null || y === null) return { error: '#VALUE!' };
      if (node.op === '+') return x + y;
      if (node.op === '-') return x - y;
      if (node.op === '*') return x * y;
      if (node.op === '/') return y === 0 ? { error: '#DIV/0!' } : x / y;
      if (node.op === '^') return x ** y;
      return { error: '#VALUE!' };
    }
    case 'call':
      return call(node.name.toUpperCase(), node.args, cell);
    default:
      return { error: '#NAME?' };
  }
}

function call(name: string, args: FormulaNode[], cell: CellLookup): Value {
  const values = () => args.map((a) => evaluate(a, cell));
  switch (name) {
    case 'AND':
    case 'OR': {
      const flags = values().map(truthy);
      if (flags.some((f) => f === null)) return { error: '#VALUE!' };
      return name === 'AND' ? flags.every(Boolean) : flags.some(Boolean);
    }
    case 'NOT': {
      const f = truthy(evaluate(args[0], cell));
      return f === null ? { error: '#VALUE!' } : !f;
    }
    case 'IF': {
      const f = truthy(evaluate(args[0], cell));
      if (f === null) return { error: '#VALUE!' };
      return f ? evaluate(args[1], cell) : args[2] ? evaluate(args[2], cell) : false;
    }
    case 'LEN':
    case 'TRIM': {
      const v = evaluate(args[0], cell);
      if (isError(v)) return v;
      const text = typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
      return name === 'LEN' ? text.length : text.trim().replace(/ {2,}/g, ' ');
    }
    case 'ISNUMBER':
      return typeof evaluate(args[0], cell) === 'number';
    case 'ISTEXT': {
      const v = evaluate(args[0], cell);
      return typeof v === 'string' && !(args[0].kind === 'reference' && v === '');
    }
    case 'ISBLANK':
      return evaluate(args[0], cell) === '' && args[0].kind === 'reference';
    default:
      return { error: '#NAME?' };
  }
}

/**
 * Whether a custom rule written for the first cell of its range holds at
 * (row, col), 0-based. Unsupported formulas never hold.
 */
export function customRuleHolds(formula: string, range: { top: number; left: number }, row: number, col: number, cell: CellLookup): boolean {
  try {
    const shifted = shiftFormula(formula.replace(/^=/, ''), row - range.top, col - range.left);
    const node = parseFormula(`=${shifted}`);
    return truthy(evaluate(node, (r, c) => cell(r, c))) === true;
  } catch {
    return false;
  }
}
