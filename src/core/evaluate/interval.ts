import { Decimal } from '../decimal';

/**
 * Rounding-aware comparison (DOMAIN.md section 5). A figure written with d
 * decimals stands for any exact value within half a unit of its last digit;
 * computed values carry that uncertainty through interval arithmetic, and a
 * reported figure is consistent when rounding some value of the interval to
 * the reported decimals could give it.
 */
export interface Interval {
  lo: Decimal;
  hi: Decimal;
}

/** A written number: its value and decimals; `exact` for integers that count things (people) or figures people decide (scores). */
export interface Written {
  value: Decimal;
  decimals: number;
  exact?: boolean;
}

const HALF_UNITS: Decimal[] = [];

/** Half a unit of the last of `decimals` digits (0.5, 0.05 …); remembered, as every comparison asks. */
export function halfUnit(decimals: number): Decimal {
  if (decimals < 0 || decimals > 30 || !Number.isInteger(decimals)) return new Decimal(10).pow(-decimals).div(2);
  return (HALF_UNITS[decimals] ??= new Decimal(10).pow(-decimals).div(2));
}

export function point(v: Decimal): Interval {
  return { lo: v, hi: v };
}

/** Exact integers stay exact; a value written with decimals is ±half a unit of its last digit. */
export function intervalOf(w: Written): Interval {
  if (w.exact || w.decimals <= 0) return point(w.value);
  const h = halfUnit(w.decimals);
  return { lo: w.value.minus(h), hi: w.value.plus(h) };
}

export function add(a: Interval, b: Interval): Interval {
  return { lo: a.lo.plus(b.lo), hi: a.hi.plus(b.hi) };
}

export function sumIntervals(xs: Interval[]): Interval {
  return xs.reduce(add, point(new Decimal(0)));
}

export function sub(a: Interval, b: Interval): Interval {
  return { lo: a.lo.minus(b.hi), hi: a.hi.minus(b.lo) };
}

/** a / b for b strictly positive; null when b may be zero or negative. */
export function div(a: Interval, b: Interval): Interval | null {
  if (b.lo.lte(0)) return null;
  const qs = [a.lo.div(b.lo), a.lo.div(b.hi), a.hi.div(b.lo), a.hi.div(b.hi)];
  return { lo: Decimal.min(...qs), hi: Decimal.max(...qs) };
}

export function scale(a: Interval, k: Decimal): Interval {
  const x = a.lo.times(k);
  const y = a.hi.times(k);
  return x.lte(y) ? { lo: x, hi: y } : { lo: y, hi: x };
}

export function mid(a: Interval): Decimal {
  return a.lo.plus(a.hi).div(2);
}

export type Verdict = 'equal' | 'rounding' | 'mismatch';

/**
 * equal: the reported figure could come from rounding a value of `exact`.
 * rounding: it misses only by truncation or one unit of its last digit.
 * mismatch: anything else.
 */
export function verdict(reported: Written, exact: Interval): Verdict {
  const d = Math.max(0, reported.decimals);
  const h = halfUnit(d);
  const lo = reported.value.minus(h);
  const hi = reported.value.plus(h);
  // Half-up rounding: the reported band is [r − h, r + h); we accept the closed band on both sides.
  if (lo.lte(exact.hi) && hi.gte(exact.lo)) return 'equal';
  if (d === 0) return 'mismatch'; // an integer that misses is a wrong figure, not a rounding slip
  const unit = new Decimal(10).pow(-d);
  const gap = reported.value.lt(exact.lo) ? exact.lo.minus(reported.value) : reported.value.minus(exact.hi);
  return gap.lte(unit) ? 'rounding' : 'mismatch';
}
