import type { Quantity } from '../values/types';
import { Decimal, HUNDRED } from '../decimal';
import { add, div, Interval, intervalOf, scale, sub } from './interval';
import { RATE_LIBRARY } from '../rates/library';
import { toUnit, convertible } from '../values';

export interface RateValue {
  exact: Interval;
  point: Decimal;
}

/**
 * A rate in percent from its inputs, with the inputs' rounding carried as an
 * interval; null when the denominator is 0 or missing (not computed: spending
 * against a zero budget is a finding of its own).
 */
export function computeRate(formulaId: string, numerator: Quantity, denominator: Quantity): RateValue | null {
  const f = RATE_LIBRARY.find((x) => x.id === formulaId);
  if (!f || denominator.value.lte(0)) return null;
  if (!convertible(numerator.unit, denominator.unit)) return null;
  const num = numerator.unit && denominator.unit && numerator.unit !== denominator.unit ? toUnit(numerator, denominator.unit) : numerator;
  if (!num) return null;
  const n = intervalOf(num);
  const d = f.denominatorPlusNumerator ? add(intervalOf(denominator), n) : intervalOf(denominator);
  const dPoint = f.denominatorPlusNumerator ? denominator.value.plus(num.value) : denominator.value;
  const q = f.change ? div(sub(n, d), d) : div(n, d);
  if (!q) return null;
  const point = (f.change ? num.value.minus(dPoint) : num.value).div(dPoint).times(HUNDRED);
  return { exact: scale(q, HUNDRED), point };
}
