import { formatGeneral } from '../number-format';
import { parseNumericText } from '../typed-input';

/** Values flowing through the tiny formula evaluator. */
export type FormulaValue =
  | { type: 'number'; value: number }
  | { type: 'string'; value: string }
  | { type: 'boolean'; value: boolean }
  | { type: 'error'; value: string }
  | { type: 'empty' }
  | { type: 'range'; cells: FormulaValue[]; single: boolean };

export type ScalarFormulaValue = Exclude<FormulaValue, { type: 'range' }>;

/** Raised for formulas the evaluator does not implement (unknown functions, spilled arrays). */
export class UnsupportedFormula extends Error {}

export const num = (value: number): FormulaValue => (Number.isFinite(value) ? { type: 'number', value } : { type: 'error', value: '#NUM!' });
export const err = (value: string): FormulaValue => ({ type: 'error', value });
export const str = (value: string): FormulaValue => ({ type: 'string', value });
export const bool = (value: boolean): FormulaValue => ({ type: 'boolean', value });

/** A range used where one value is expected: a single cell yields its value, a larger range #VALUE!. */
export function toScalar(value: FormulaValue): ScalarFormulaValue {
  if (value.type !== 'range') return value;
  return value.single && value.cells.length === 1 ? (value.cells[0] as ScalarFormulaValue) : { type: 'error', value: '#VALUE!' };
}

/** Number coercion for arithmetic: empty → 0, TRUE → 1, numeric text → number, other text → #VALUE!. */
export function toNumber(value: FormulaValue): number | ScalarFormulaValue {
  const scalar = toScalar(value);
  switch (scalar.type) {
    case 'number':
      return scalar.value;
    case 'boolean':
      return scalar.value ? 1 : 0;
    case 'empty':
      return 0;
    case 'string': {
      const parsed = parseNumericText(scalar.value);
      return parsed ? parsed.value : { type: 'error', value: '#VALUE!' };
    }
    default:
      return scalar;
  }
}

export function toText(value: FormulaValue): string | ScalarFormulaValue {
  const scalar = toScalar(value);
  switch (scalar.type) {
    case 'number':
      return formatGeneral(scalar.value);
    case 'boolean':
      return scalar.value ? 'TRUE' : 'FALSE';
    case 'empty':
      return '';
    case 'string':
      return scalar.value;
    default:
      return scalar;
  }
}

export function toBoolean(value: FormulaValue): boolean | ScalarFormulaValue {
  const scalar = toScalar(value);
  switch (scalar.type) {
    case 'boolean':
      return scalar.value;
    case 'number':
      return scalar.value !== 0;
    case 'empty':
      return false;
    case 'string': {
      const upper = scalar.value.toUpperCase();
      if (upper === 'TRUE' || upper === 'FALSE') return upper === 'TRUE';
      return { type: 'error', value: '#VALUE!' };
    }
    default:
      return scalar;
  }
}

const TYPE_RANK: Readonly<Record<string, number>> = { number: 0, empty: 0, string: 1, boolean: 2 };

/** Excel comparison: numbers < text < booleans; text compares case-insensitively; empty acts as 0 or "". */
export function compareValues(a: ScalarFormulaValue, b: ScalarFormulaValue): number {
  const norm = (v: ScalarFormulaValue, other: ScalarFormulaValue): ScalarFormulaValue => {
    if (v.type !== 'empty') return v;
    if (other.type === 'string') return { type: 'string', value: '' };
    if (other.type === 'boolean') return { type: 'boolean', value: false };
    return { type: 'number', value: 0 };
  };
  const x = norm(a, b);
  const y = norm(b, a);
  const rankDiff = TYPE_RANK[x.type] - TYPE_RANK[y.type];
  if (rankDiff !== 0) return rankDiff;
  if (x.type === 'number' && y.type === 'number') return x.value === y.value ? 0 : x.value < y.value ? -1 : 1;
  if (x.type === 'string' && y.type === 'string') {
    const p = x.value.toLowerCase();
    const q = y.value.toLowerCase();
    return p === q ? 0 : p < q ? -1 : 1;
  }
  if (x.type === 'boolean' && y.type === 'boolean') return Number(x.value) - Number(y.value);
  return 0;
}
