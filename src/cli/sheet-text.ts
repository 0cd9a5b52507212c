/** Characters XML 1.0 forbids (and lone surrogate halves): they would make Excel ask to repair the file. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Excel's limit on the characters in one cell. */
const MAX_CELL_TEXT = 32767;

/** Workbook text made safe to store in a report cell (as text: writers never turn it into a formula). */
export function sheetText(s: string): string {
  let t = s.replace(NOT_XML, '\ufffd');
  if (t.length > MAX_CELL_TEXT) {
    t = t.slice(0, MAX_CELL_TEXT - 1);
    if (/[\ud800-\udbff]$/.test(t)) t = t.slice(0, -1);
    t += '…';
  }
  return t;
}
