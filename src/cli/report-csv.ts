import type { CheckedFile } from './checked-file';
import type { RowValue } from './report-rows';
import { FINDING_COLUMNS, findingRows } from './report-rows';

/**
 * One CSV field (RFC 4180). Text that a spreadsheet would take for a formula
 * (= + - @, or a leading tab / carriage return) gets a leading apostrophe:
 * workbook text must never run as a formula where the CSV is opened.
 */
export function csvField(v: RowValue): string {
  if (v === null) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The findings list as CSV: UTF-8 with a byte-order mark (so Excel reads the Chinese right), CRLF line ends. */
export function findingsCsv(files: CheckedFile[]): string {
  const lines = [FINDING_COLUMNS.map((c) => c.header), ...findingRows(files)].map((row) => row.map(csvField).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
