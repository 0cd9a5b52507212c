import { parseAddress, type Rect } from '../address';
import { type FormulaToken, FormulaSyntaxError, tokenizeFormula } from './tokens';

export type FormulaNode =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; value: string }
  | { kind: 'reference'; sheet?: string; rect: Rect; isRange: boolean }
  | { kind: 'name'; name: string }
  | { kind: 'call'; name: string; args: FormulaNode[] }
  | { kind: 'unary'; op: '-' | '+'; operand: FormulaNode }
  | { kind: 'percent'; operand: FormulaNode }
  | { kind: 'binary'; op: string; left: FormulaNode; right: FormulaNode };

const BINARY_POWER: Readonly<Record<string, number>> = {
  '=': 1, '<>': 1, '<': 1, '>': 1, '<=': 1, '>=': 1,
  '&': 2,
  '+': 3, '-': 3,
  '*': 4, '/': 4,
  '^': 5,
};
const PERCENT_POWER = 6;
const PREFIX_POWER = 7;

class Parser {
  private position = 0;

  constructor(private readonly tokens: FormulaToken[]) {}

  parse(): FormulaNode {
    const node = this.expression(0);
    if (this.position < this.tokens.length) throw new FormulaSyntaxError('unexpected trailing input');
    return node;
  }

  private peek(): FormulaToken | undefined {
    return this.tokens[this.position];
  }

  private next(): FormulaToken {
    const token = this.tokens[this.position++];
    if (!token) throw new FormulaSyntaxError('unexpected end of formula');
    return token;
  }

  private expression(minPower: number): FormulaNode {
    let left = this.prefix();
    for (;;) {
      const token = this.peek();
      if (!token || token.type !== 'operator') break;
      if (token.op === '%') {
        if (PERCENT_POWER < minPower) break;
        this.position++;
        left = { kind: 'percent', operand: left };
        continue;
      }
      const power = BINARY_POWER[token.op];
      if (power === undefined || power < minPower) break;
      this.position++;
      const right = this.expression(power + 1);
      left = { kind: 'binary', op: token.op, left, right };
    }
    return left;
  }

  private prefix(): FormulaNode {
    const token = this.next();
    switch (token.type) {
      case 'number':
        return { kind: 'number', value: token.value };
      case 'string':
        return { kind: 'string', value: token.value };
      case 'error':
        return { kind: 'error', value: token.value };
      case 'reference': {
        const parsed = parseAddress(token.text);
        if (!parsed) throw new FormulaSyntaxError(`bad reference ${token.text}`);
        return { kind: 'reference', sheet: parsed.sheet, rect: parsed.rect, isRange: token.text.includes(':') };
      }
      case 'identifier':
        return this.identifier(token.name);
      case 'open': {
        const inner = this.expression(0);
        const close = this.next();
        if (close.type !== 'close') throw new FormulaSyntaxError('missing )');
        return inner;
      }
      case 'operator':
        if (token.op === '-' || token.op === '+') {
          return { kind: 'unary', op: token.op, operand: this.expression(PREFIX_POWER) };
        }
        throw new FormulaSyntaxError(`unexpected operator ${token.op}`);
      default:
        throw new FormulaSyntaxError(`unexpected ${token.type}`);
    }
  }

  private identifier(name: string): FormulaNode {
    const following = this.peek();
    if (following?.type === 'open') {
      this.position++;
      const args: FormulaNode[] = [];
      if (this.peek()?.type === 'close') {
        this.position++;
        return { kind: 'call', name: name.toUpperCase(), args };
      }
      for (;;) {
        args.push(this.expression(0));
        const separator = this.next();
        if (separator.type === 'close') break;
        if (separator.type !== 'comma') throw new FormulaSyntaxError('expected , or )');
      }
      return { kind: 'call', name: name.toUpperCase(), args };
    }
    const upper = name.toUpperCase();
    if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE' };
    return { kind: 'name', name };
  }
}

/** Parses formula text ("=A1+B1"); throws FormulaSyntaxError when Excel would reject it. */
export function parseFormula(formula: string): FormulaNode {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  if (body.trim() === '') throw new FormulaSyntaxError('empty formula');
  return new Parser(tokenizeFormula(body)).parse();
}

/** Every cell/range reference in a formula, including those inside function arguments. */
export function collectReferences(node: FormulaNode, found: FormulaNode[] = []): FormulaNode[] {
  switch (node.kind) {
    case 'reference':
    case 'name':
      found.push(node);
      break;
    case 'call':
      node.args.forEach((arg) => collectReferences(arg, found));
      break;
    case 'unary':
    case 'percent':
      collectReferences(node.operand, found);
      break;
    case 'binary':
      collectReferences(node.left, found);
      collectReferences(node.right, found);
      break;
    default:
      break;
  }
  return found;
}
