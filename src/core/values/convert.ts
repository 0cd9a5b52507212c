import type { Quantity } from './types';
import { pow10 } from './units';

/** 元 per 万元 as a power of ten. */
const MONEY_EXP: Record<string, number> = { 元: 0, 万元: 4 };

function split(unit: string): { head: string; denominator: string } {
  const slash = unit.indexOf('/');
  return slash < 0 ? { head: unit, denominator: '' } : { head: unit.slice(0, slash), denominator: unit.slice(slash) };
}

/**
 * Whether quantities in units a and b can be compared: the same unit; money with money
 * (元 and 万元, also per unit: 元/人 and 万元/人); or a bare number ('') with anything, as a
 * bare "4" compares with "6次". '%' compares only with '%' (or a bare number).
 */
export function convertible(a: string, b: string): boolean {
  if (a === b || a === '' || b === '') return true;
  const x = split(a);
  const y = split(b);
  return x.denominator === y.denominator && x.head in MONEY_EXP && y.head in MONEY_EXP;
}

/**
 * The quantity expressed in `unit`: exact 元 ↔ 万元 (÷/× 10000, decimals ±4); the same
 * quantity for the same unit; a bare number takes the other unit unchanged (and a unit
 * asked to be bare keeps its value). Null when not convertible.
 */
export function toUnit(q: Quantity, unit: string): Quantity | null {
  if (q.unit === unit) return q;
  if (q.unit === '' || unit === '') return { ...q, unit };
  if (!convertible(q.unit, unit)) return null;
  const exp = MONEY_EXP[split(q.unit).head] - MONEY_EXP[split(unit).head];
  return { ...q, unit, value: q.value.times(pow10(exp)), decimals: q.decimals - exp };
}
