import { type Rect, isSingleCell } from '../address';
import type { SheetModel } from '../model/sheet';
import { WORKSHEET_FUNCTIONS } from './functions';
import type { FormulaNode } from './parser';
import {
  type FormulaValue,
  UnsupportedFormula,
  bool,
  compareValues,
  err,
  num,
  str,
  toNumber,
  toScalar,
  toText,
} from './values';

/** What the evaluator needs from the workbook. */
export interface EvaluationContext {
  sheetByName(name: string): SheetModel | undefined;
  /** The value of one cell, evaluating it first if it is a formula awaiting recalculation. */
  cellValue(sheet: SheetModel, row: number, column: number): FormulaValue;
  /** Every non-empty cell value inside `rect`. */
  rangeValues(sheet: SheetModel, rect: Rect): FormulaValue[];
  /** The parsed formula of a workbook-level name, or undefined when no such name exists. */
  definedName(name: string): FormulaNode | undefined;
}

const COMPARISONS: Readonly<Record<string, (order: number) => boolean>> = {
  '=': (o) => o === 0,
  '<>': (o) => o !== 0,
  '<': (o) => o < 0,
  '>': (o) => o > 0,
  '<=': (o) => o <= 0,
  '>=': (o) => o >= 0,
};

function arithmetic(op: string, a: number, b: number): FormulaValue {
  switch (op) {
    case '+':
      return num(a + b);
    case '-':
      return num(a - b);
    case '*':
      return num(a * b);
    case '/':
      return b === 0 ? err('#DIV/0!') : num(a / b);
    case '^':
      return a === 0 && b === 0 ? err('#NUM!') : num(Math.pow(a, b));
    default:
      throw new UnsupportedFormula(`operator ${op}`);
  }
}

export class FormulaEvaluator {
  constructor(private readonly context: EvaluationContext) {}

  evaluate(node: FormulaNode, home: SheetModel): FormulaValue {
    switch (node.kind) {
      case 'number':
        return num(node.value);
      case 'string':
        return str(node.value);
      case 'boolean':
        return bool(node.value);
      case 'error':
        return err(node.value);
      case 'reference':
        return this.reference(node.sheet, node.rect, home);
      case 'name': {
        const definition = this.context.definedName(node.name);
        return definition ? this.evaluate(definition, home) : err('#NAME?');
      }
      case 'call': {
        const fn = WORKSHEET_FUNCTIONS[node.name];
        if (!fn) throw new UnsupportedFormula(`function ${node.name}`);
        return fn(node.args.map((arg) => this.evaluate(arg, home)));
      }
      case 'unary': {
        const n = toNumber(this.evaluate(node.operand, home));
        if (typeof n !== 'number') return n;
        return num(node.op === '-' ? -n : n);
      }
      case 'percent': {
        const n = toNumber(this.evaluate(node.operand, home));
        return typeof n === 'number' ? num(n / 100) : n;
      }
      case 'binary':
        return this.binary(node.op, this.evaluate(node.left, home), this.evaluate(node.right, home));
    }
  }

  /** The final value of a formula: a single value (a multi-cell result would spill, which is unsupported). */
  evaluateFormula(node: FormulaNode, home: SheetModel): FormulaValue {
    const result = this.evaluate(node, home);
    if (result.type === 'range') {
      if (!result.single) throw new UnsupportedFormula('spilled array result');
      const scalar = toScalar(result);
      return scalar.type === 'empty' ? num(0) : scalar;
    }
    return result.type === 'empty' ? num(0) : result;
  }

  private reference(sheetName: string | undefined, rect: Rect, home: SheetModel): FormulaValue {
    const sheet = sheetName === undefined ? home : this.context.sheetByName(sheetName);
    if (!sheet) return err('#REF!');
    if (isSingleCell(rect)) {
      return { type: 'range', cells: [this.context.cellValue(sheet, rect.top, rect.left)], single: true };
    }
    return { type: 'range', cells: this.context.rangeValues(sheet, rect), single: false };
  }

  private binary(op: string, left: FormulaValue, right: FormulaValue): FormulaValue {
    const a = toScalar(left);
    const b = toScalar(right);
    if (a.type === 'error') return a;
    if (b.type === 'error') return b;
    const comparison = COMPARISONS[op];
    if (comparison) return bool(comparison(compareValues(a, b)));
    if (op === '&') {
      const x = toText(a);
      const y = toText(b);
      if (typeof x !== 'string') return x;
      if (typeof y !== 'string') return y;
      return str(x + y);
    }
    const x = toNumber(a);
    if (typeof x !== 'number') return x;
    const y = toNumber(b);
    if (typeof y !== 'number') return y;
    return arithmetic(op, x, y);
  }
}
