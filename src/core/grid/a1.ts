/** A1 addressing. Rows and columns are 0-based inside the core; A1 strings are 1-based as Excel shows them. */

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnName(col: number): string {
  let n = col + 1;
  let name = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new Error(`not a column name: ${name}`);
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

export function toA1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function refToA1(ref: CellRef): string {
  return toA1(ref.row, ref.col);
}

export function rangeToA1(range: RangeRef): string {
  const a = toA1(range.top, range.left);
  const b = toA1(range.bottom, range.right);
  return a === b ? a : `${a}:${b}`;
}

const A1 = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseA1(address: string): CellRef {
  const m = A1.exec(address.trim());
  if (!m) throw new Error(`not an A1 address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** "A1:C3", "A1", or "Sheet1!A1:C3" (the sheet part is dropped). */
export function parseRange(address: string): RangeRef {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b] = bare.split(':');
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function rangeContains(range: RangeRef, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}
