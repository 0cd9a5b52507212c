import DecimalBase from 'decimal.js';

/**
 * The one Decimal constructor the project uses: 40 significant digits and
 * 四舍五入 (ROUND_HALF_UP). Money, rates and scores never go through binary floats.
 */
export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = DecimalBase;

export const ZERO = new Decimal(0);
export const HUNDRED = new Decimal(100);

/** Round half up to `dp` decimals. */
export function round(value: Decimal, dp: number): Decimal {
  return value.toDecimalPlaces(dp, DecimalBase.ROUND_HALF_UP);
}

/** Fixed-point string with exactly `dp` decimals, no float noise. */
export function fixed(value: Decimal, dp: number): string {
  return value.toFixed(dp, DecimalBase.ROUND_HALF_UP);
}

/** Shortest plain string (no exponent). */
export function plain(value: Decimal): string {
  return value.toFixed();
}

export function sum(values: Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}
