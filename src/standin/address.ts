/**
 * A1 addresses and rectangles. Rows and columns are 0-based and inclusive inside the stand-in; A1 text is
 * 1-based as Excel shows it. Plain functions with no dependencies so the playground can use them too.
 */

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellA1(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

export function rectOf(top: number, left: number, bottom = top, right = left): Rect {
  return { top, left, bottom, right };
}

export function rectRows(rect: Rect): number {
  return rect.bottom - rect.top + 1;
}

export function rectColumns(rect: Rect): number {
  return rect.right - rect.left + 1;
}

export function rectCellCount(rect: Rect): number {
  return rectRows(rect) * rectColumns(rect);
}

export function isSingleCell(rect: Rect): boolean {
  return rect.top === rect.bottom && rect.left === rect.right;
}

export function rectContains(rect: Rect, row: number, column: number): boolean {
  return row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right;
}

export function rectContainsRect(outer: Rect, inner: Rect): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

export function rectsEqual(a: Rect, b: Rect): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

export function intersectRects(a: Rect, b: Rect): Rect | undefined {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.bottom, b.bottom);
  const right = Math.min(a.right, b.right);
  return top <= bottom && left <= right ? { top, left, bottom, right } : undefined;
}

export function boundingRect(a: Rect, b: Rect): Rect {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

/** `a` minus `b` as at most four rectangles (above, below, left, right of the overlap). */
export function subtractRect(a: Rect, b: Rect): Rect[] {
  const overlap = intersectRects(a, b);
  if (!overlap) return [a];
  const pieces: Rect[] = [];
  if (a.top < overlap.top) pieces.push({ top: a.top, left: a.left, bottom: overlap.top - 1, right: a.right });
  if (overlap.bottom < a.bottom) pieces.push({ top: overlap.bottom + 1, left: a.left, bottom: a.bottom, right: a.right });
  if (a.left < overlap.left) pieces.push({ top: overlap.top, left: a.left, bottom: overlap.bottom, right: overlap.left - 1 });
  if (overlap.right < a.right) pieces.push({ top: overlap.top, left: overlap.right + 1, bottom: overlap.bottom, right: a.right });
  return pieces;
}

export function isInsideGrid(rect: Rect): boolean {
  return rect.top >= 0 && rect.left >= 0 && rect.bottom < MAX_ROWS && rect.right < MAX_COLUMNS && rect.top <= rect.bottom && rect.left <= rect.right;
}

/** "A1", "B3:D9", "A:C", "2:5" (entire columns / rows), like Excel's Range.address without the sheet. */
export function formatRect(rect: Rect): string {
  const entireRows = rect.left === 0 && rect.right === MAX_COLUMNS - 1;
  const entireColumns = rect.top === 0 && rect.bottom === MAX_ROWS - 1;
  if (entireRows) return `${rect.top + 1}:${rect.bottom + 1}`;
  if (entireColumns) return `${columnLetters(rect.left)}:${columnLetters(rect.right)}`;
  const start = cellA1(rect.top, rect.left);
  return isSingleCell(rect) ? start : `${start}:${cellA1(rect.bottom, rect.right)}`;
}

const A1_CELL = /^[A-Za-z]{1,3}[0-9]{1,7}$/;
const R1C1_LIKE = /^(R[0-9]*C?[0-9]*|C[0-9]*)$/i;

function looksLikeCellReference(name: string): boolean {
  if (A1_CELL.test(name)) {
    const match = /^([A-Za-z]+)([0-9]+)$/.exec(name)!;
    const column = columnNumber(match[1]);
    const row = Number(match[2]);
    if (column < MAX_COLUMNS && row >= 1 && row <= MAX_ROWS) return true;
  }
  return R1C1_LIKE.test(name);
}

/**
 * Quotes a sheet name the way Excel does in addresses and formulas: names made only of word characters
 * (any script, so Chinese names stay bare) and dots, not starting with a digit or dot and not looking like
 * a cell reference, stay bare; anything else is wrapped in single quotes with inner quotes doubled.
 */
export function quoteSheetName(name: string): string {
  const bare =
    /^[\p{L}\p{N}_.\p{Extended_Pictographic}]+$/u.test(name) &&
    !/^[\p{N}.]/u.test(name) &&
    !/^\p{Extended_Pictographic}/u.test(name) &&
    !looksLikeCellReference(name);
  return bare ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${formatRect(rect)}`;
}

function parseCell(text: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(text);
  if (!match) return undefined;
  const column = columnNumber(match[1]);
  const row = Number(match[2]) - 1;
  if (row < 0 || row >= MAX_ROWS || column >= MAX_COLUMNS) return undefined;
  return { row, column };
}

function parseBareRange(text: string): Rect | undefined {
  const parts = text.split(':');
  if (parts.length > 2 || parts.some((part) => part === '')) return undefined;
  const [first, second = first] = parts;
  const a = parseCell(first);
  const b = parseCell(second);
  if (a && b) {
    return {
      top: Math.min(a.row, b.row),
      left: Math.min(a.column, b.column),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.column, b.column),
    };
  }
  if (parts.length !== 2) return undefined;
  const columns = /^\$?([A-Za-z]{1,3})$/;
  const rows = /^\$?([0-9]{1,7})$/;
  const ca = columns.exec(first);
  const cb = columns.exec(second);
  if (ca && cb) {
    const l = columnNumber(ca[1]);
    const r = columnNumber(cb[1]);
    if (Math.max(l, r) >= MAX_COLUMNS) return undefined;
    return { top: 0, left: Math.min(l, r), bottom: MAX_ROWS - 1, right: Math.max(l, r) };
  }
  const ra = rows.exec(first);
  const rb = rows.exec(second);
  if (ra && rb) {
    const t = Number(ra[1]) - 1;
    const b2 = Number(rb[1]) - 1;
    if (Math.min(t, b2) < 0 || Math.max(t, b2) >= MAX_ROWS) return undefined;
    return { top: Math.min(t, b2), left: 0, bottom: Math.max(t, b2), right: MAX_COLUMNS - 1 };
  }
  return undefined;
}

function unquoteSheet(text: string): string | undefined {
  if (text.startsWith("'")) {
    if (!text.endsWith("'") || text.length < 3) return undefined;
    return text.slice(1, -1).replace(/''/g, "'");
  }
  return text.length > 0 ? text : undefined;
}

/** Parses "A1", "$B$3:D9", "A:C", "2:5", "Sheet1!A1", "'My Sheet'!A1:B2". Returns undefined if invalid. */
export function parseAddress(address: string): ParsedAddress | undefined {
  const text = address.trim();
  const bang = text.lastIndexOf('!');
  if (bang === -1) {
    const rect = parseBareRange(text);
    return rect ? { rect } : undefined;
  }
  const sheet = unquoteSheet(text.slice(0, bang));
  const rect = parseBareRange(text.slice(bang + 1));
  return sheet !== undefined && rect ? { sheet, rect } : undefined;
}

/** "$A$1:$B$2" (or "$A:$B", "$2:$5"), as defined names and formulas refer to ranges. */
export function absoluteRect(rect: Rect): string {
  return formatRect(rect)
    .split(':')
    .map((part) => part.replace(/^([A-Z]+)?([0-9]+)?$/, (_m, letters: string | undefined, digits: string | undefined) => `${letters ? `$${letters}` : ''}${digits ? `$${digits}` : ''}`))
    .join(':');
}
