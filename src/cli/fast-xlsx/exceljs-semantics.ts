/**
 * What ExcelJS 4 does to values while it loads a workbook, reproduced so that
 * this reader's grids equal those read-xlsx.ts builds from ExcelJS. Each rule
 * names where ExcelJS applies it.
 */

/** utils.xmlDecode: a second decoding of the five named entities (t="str" values, sheet names). */
export function xmlDecodeAgain(text: string): string {
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case '&lt;':
        return '<';
      case '&gt;':
        return '>';
      case '&amp;':
        return '&';
      case '&apos;':
        return "'";
      case '&quot;':
        return '"';
      default:
        return c;
    }
  });
}

/** TextXform: shared-string and rich-text runs turn _xHHHH_ (upper-case hex) into the character. */
export function decodeEscapedCharacters(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** utils.isDateFmt: a number under such a format is read as a date. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/**
 * utils.excelToDate, then read-xlsx.ts's Date → "yyyy-mm-dd". ExcelJS converts
 * whatever the cell held (JavaScript subtraction coerces it); null when the
 * date is invalid, where read-xlsx.ts would throw.
 */
export function excelDateText(v: number | string | boolean | { error: string }, date1904: boolean): string | null {
  const serial = typeof v === 'object' ? NaN : Number(v);
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

/** Why the Worksheet name setter would refuse or change a sheet name; null when it takes it as is. */
export function sheetNameProblem(name: string, taken: Set<string>): string | null {
  if (name === '') return '工作表名称为空';
  if (name === 'History') return '工作表名称为保留名 History';
  if (/[*?:/\\[\]]/.test(name)) return `工作表名称「${name}」含不允许的字符`;
  if (/(^')|('$)/.test(name)) return `工作表名称「${name}」以单引号开头或结尾`;
  if (name.length > 31) return `工作表名称「${name}」超过 31 个字符`;
  if (taken.has(name.toLowerCase())) return `工作表名称「${name}」重复`;
  return null;
}
