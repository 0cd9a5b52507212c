import { roundHalfAwayFromZero } from '../number-format';
import { type FormulaValue, type ScalarFormulaValue, bool, err, num, toBoolean, toNumber, toScalar } from './values';

/**
 * The worksheet functions the evaluator implements: SUM, AVERAGE, MIN, MAX, ROUND, ABS, IF, IFERROR.
 * Aggregates follow Excel: inside ranges only numbers count (text, booleans and blanks are skipped); given
 * directly as arguments, booleans and numeric text count and other text is #VALUE!; errors propagate.
 */
type WorksheetFunction = (args: FormulaValue[]) => FormulaValue;

function collectNumbers(args: FormulaValue[]): number[] | ScalarFormulaValue {
  const numbers: number[] = [];
  for (const arg of args) {
    if (arg.type === 'range') {
      for (const cell of arg.cells) {
        if (cell.type === 'error') return cell;
        if (cell.type === 'number') numbers.push(cell.value);
      }
      continue;
    }
    if (arg.type === 'empty') continue;
    const n = toNumber(arg);
    if (typeof n !== 'number') return n;
    numbers.push(n);
  }
  return numbers;
}

function aggregate(reduce: (numbers: number[]) => FormulaValue): WorksheetFunction {
  return (args) => {
    const numbers = collectNumbers(args);
    return Array.isArray(numbers) ? reduce(numbers) : numbers;
  };
}

function numericArgs(args: FormulaValue[], count: number): number[] | ScalarFormulaValue {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const n = toNumber(args[i] ?? { type: 'empty' });
    if (typeof n !== 'number') return n;
    out.push(n);
  }
  return out;
}

export const WORKSHEET_FUNCTIONS: Readonly<Record<string, WorksheetFunction>> = {
  SUM: aggregate((numbers) => num(numbers.reduce((a, b) => a + b, 0))),
  AVERAGE: aggregate((numbers) => (numbers.length === 0 ? err('#DIV/0!') : num(numbers.reduce((a, b) => a + b, 0) / numbers.length))),
  MIN: aggregate((numbers) => num(numbers.length === 0 ? 0 : Math.min(...numbers))),
  MAX: aggregate((numbers) => num(numbers.length === 0 ? 0 : Math.max(...numbers))),
  ROUND: (args) => {
    if (args.length !== 2) return err('#VALUE!');
    const parsed = numericArgs(args, 2);
    if (!Array.isArray(parsed)) return parsed;
    const digits = Math.trunc(parsed[1]);
    if (digits >= 0) return num(roundHalfAwayFromZero(parsed[0], digits));
    const factor = Math.pow(10, -digits);
    return num(roundHalfAwayFromZero(parsed[0] / factor, 0) * factor);
  },
  ABS: (args) => {
    if (args.length !== 1) return err('#VALUE!');
    const parsed = numericArgs(args, 1);
    return Array.isArray(parsed) ? num(Math.abs(parsed[0])) : parsed;
  },
  IF: (args) => {
    if (args.length < 1 || args.length > 3) return err('#VALUE!');
    const condition = toBoolean(args[0]);
    if (typeof condition !== 'boolean') return condition;
    if (condition) return args.length >= 2 ? emptyAsZero(args[1]) : bool(true);
    return args.length >= 3 ? emptyAsZero(args[2]) : bool(false);
  },
  IFERROR: (args) => {
    if (args.length !== 2) return err('#VALUE!');
    const first = toScalar(args[0]);
    return first.type === 'error' ? emptyAsZero(args[1]) : emptyAsZero(first);
  },
};

function emptyAsZero(value: FormulaValue): FormulaValue {
  const scalar = toScalar(value);
  return scalar.type === 'empty' ? num(0) : scalar;
}
