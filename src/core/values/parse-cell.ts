import { Decimal } from '../decimal';
import type { CellValue } from '../grid/grid';
import type { Parsed } from './types';
import { parseText } from './parse-text';
import { readNumberFormat } from './number-format';
import { pow10, readUnit } from './units';

const MAX_SHORTEST_DECIMALS = 10;
const ENDS_WITH_PERCENT = /[%％]\s*$/;

/**
 * Parse a cell from its value, display text and number format. Numbers are read from the value
 * itself (String(value), never float arithmetic), scaled ×100 when displayed as a percentage;
 * the display text supplies the written decimals, unit and comparator when it carries them.
 */
export function parseCell(value: CellValue, text?: string, numberFormat?: string): Parsed {
  if (value === null || value === undefined) return { kind: 'empty', raw: text ?? '' };
  if (typeof value === 'string') return parseText(value);
  if (typeof value === 'boolean') return { kind: 'text', raw: text ?? (value ? 'TRUE' : 'FALSE'), malformed: false };
  const raw = text ?? String(value);
  if (!Number.isFinite(value)) return { kind: 'text', raw, malformed: true };

  const format = numberFormat ? readNumberFormat(numberFormat) : null;
  if (format?.date) return { kind: 'text', raw, malformed: false }; // a serial date is not an amount
  const number = new Decimal(String(value));
  // A display text that is just the number adds nothing (and parsing it again is the hot path of big forms).
  const parsedText = text !== undefined && text !== raw0(value) ? parseText(text) : null;
  const shown = parsedText?.kind === 'quantity' ? parsedText : null;

  let unit = '';
  let writtenUnit = '';
  let scaled = number;
  if (format?.percent === 'scaled') {
    unit = writtenUnit = '%';
    scaled = number.times(100);
  } else if (format?.percent === 'literal') {
    unit = writtenUnit = '%'; // 0.00"%" prints the value as it is
  } else if (shown?.unit === '%' || (text !== undefined && ENDS_WITH_PERCENT.test(text))) {
    unit = writtenUnit = '%';
    // Without a format, trust whichever reading the display agrees with (normally ×100).
    if (!shown || percentScaled(number, shown.value)) scaled = number.times(100);
  } else if (shown && shown.writtenUnit !== '') {
    // "1115.09万元" or a format such as 0.0"亿": the value is in the unit displayed.
    const reading = readUnit(shown.writtenUnit);
    if (reading) {
      unit = reading.unit;
      writtenUnit = shown.writtenUnit;
      if (reading.exp !== 0) scaled = number.times(pow10(reading.exp));
    }
  }
  if (scaled.isZero()) scaled = new Decimal(0);

  const decimals = shown
    ? shown.decimals
    : format?.decimals ?? Math.min(scaled.decimalPlaces(), MAX_SHORTEST_DECIMALS);
  return {
    kind: 'quantity',
    raw,
    value: scaled,
    unit,
    writtenUnit,
    comparator: shown?.comparator ?? null,
    decimals,
    annotation: shown?.annotation ?? null,
  };
}

function percentScaled(number: Decimal, displayed: Decimal): boolean {
  return number.times(100).minus(displayed).abs().lte(number.minus(displayed).abs());
}

function raw0(value: number): string {
  return String(value);
}
