import { fixed } from '../decimal';
import type { Parsed, Quantity } from './types';
import { comparatorSymbol } from './comparators';

export function isQuantity(p: Parsed): p is Quantity {
  return p.kind === 'quantity';
}

/** Compact display for reports: "≥1085.09万元", "4次", "102.76%" (the value at its written decimals). */
export function quantityText(q: Quantity): string {
  const comparator = q.comparator ? comparatorSymbol(q.comparator) : '';
  return comparator + fixed(q.value, Math.max(0, q.decimals)) + q.unit;
}
