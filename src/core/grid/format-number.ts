import { Decimal } from '../decimal';
import { readNumberFormat } from '../values/number-format';

const DATE_CODES = /[ymdhs]/i;

/**
 * Display text of a number under an Excel number format, for hosts that do not
 * give it (ExcelJS files, the stand-in): decimals, thousands separators and
 * percent. Dates and exotic formats fall back to the plain number.
 */
export function formatNumber(value: number, numberFormat?: string | null): string {
  if (!Number.isFinite(value)) return String(value);
  const fmt = numberFormat ?? 'General';
  if (fmt === 'General' || fmt === '@' || fmt === '') return plain(value);
  const positive = fmt.split(';')[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  if (DATE_CODES.test(positive.replace(/General/i, ''))) return plain(value);
  const info = readNumberFormat(fmt);
  let d = new Decimal(String(value));
  if (info.percent === 'scaled') d = d.times(100);
  let body = info.decimals === null ? d.toFixed() : d.toFixed(info.decimals);
  if (positive.includes(',')) body = groupThousands(body);
  return info.percent ? `${body}%` : body;
}

function plain(value: number): string {
  // General shows up to 11 significant digits; strip binary-float noise like 0.30000000000000004.
  const d = new Decimal(String(value));
  return d.toSignificantDigits(11).toFixed();
}

function groupThousands(s: string): string {
  const neg = s.startsWith('-');
  const [int, frac] = (neg ? s.slice(1) : s).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}
