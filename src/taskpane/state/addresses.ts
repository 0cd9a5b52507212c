/** A1 helpers for the pane (plain, no core imports: the pane only shows and passes addresses back). */

const CELL = /^\$?([A-Z]{1,3})\$?([1-9]\d{0,6})$/;

/** "h7" → "H7", "$H$7" → "H7"; null when it is not a single cell address. */
export function normaliseCellAddress(text: string): string | null {
  const m = CELL.exec(text.trim().toUpperCase());
  return m ? `${m[1]}${m[2]}` : null;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Row and column of a cell address ("K14" → { row: 14, col: 11 }); null for anything else. */
export function cellPosition(address: string): { row: number; col: number } | null {
  const m = CELL.exec(address.trim().toUpperCase());
  return m ? { row: Number(m[2]), col: columnNumber(m[1]) } : null;
}

/** The smallest range covering the given cells on one row or several ("F14", "K14" → "F14:K14"). */
export function spanningRange(addresses: readonly string[]): string | null {
  const cells = addresses.map((a) => ({ a, p: cellPosition(a) })).filter((c) => c.p !== null) as { a: string; p: { row: number; col: number } }[];
  if (cells.length === 0) return null;
  const first = cells.reduce((m, c) => (c.p.row < m.p.row || (c.p.row === m.p.row && c.p.col < m.p.col) ? c : m));
  if (cells.length === 1) return first.a.toUpperCase();
  const top = Math.min(...cells.map((c) => c.p.row));
  const bottom = Math.max(...cells.map((c) => c.p.row));
  const left = Math.min(...cells.map((c) => c.p.col));
  const right = Math.max(...cells.map((c) => c.p.col));
  return `${columnLetters(left)}${top}:${columnLetters(right)}${bottom}`;
}

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
