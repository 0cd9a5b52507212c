export * from './types';
export { parseText, normaliseValueText } from './parse-text';
export { parseCell } from './parse-cell';
export { convertible, toUnit } from './convert';
export { isQuantity, quantityText } from './quantity';
export { comparatorSymbol } from './comparators';
export { readUnit, type UnitReading } from './units';
export { readNumberFormat, type NumberFormatInfo } from './number-format';
export { looksLikeQuantity } from './shape';
