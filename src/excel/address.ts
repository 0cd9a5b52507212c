import type { CellRef, RangeRef } from '../core/grid/a1';
import { columnIndex, rangeToA1, toA1 } from '../core/grid/a1';

/** Addresses as Excel writes them: sheet-qualified, absolute, several areas joined by commas. */

const MAX_ROW = 1048575;
const MAX_COL = 16383;

/** One number per cell of a sheet (row-major), for sets and maps of cells. */
export const cellKey = (row: number, col: number): number => row * 16384 + col;
export const keyRow = (key: number): number => Math.floor(key / 16384);
export const keyCol = (key: number): number => key % 16384;

/** A sheet name as a formula reference needs it: always quoted, inner quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function qualified(sheet: string, address: string): string {
  return `${quoteSheet(sheet)}!${address}`;
}

function absoluteCell(row: number, col: number): string {
  const a1 = toA1(row, col);
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  return `$${m[1]}$${m[2]}`;
}

/** "$C$3:$K$40" (or "$C$3" for one cell). */
export function absoluteRange(r: RangeRef): string {
  const a = absoluteCell(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${absoluteCell(r.bottom, r.right)}`;
}

export const cellRange = (c: CellRef): RangeRef => ({ top: c.row, left: c.col, bottom: c.row, right: c.col });
export const cellA1 = (c: CellRef): string => toA1(c.row, c.col);
export const rangeA1 = (r: RangeRef): string => rangeToA1(r);

/** Splits "Sheet1!A1:B2, 'a, b'!C3" at the commas that separate areas (not those inside quotes). */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") {
      if (quoted && address[i + 1] === "'") {
        cur += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === ',' && !quoted) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7})$/;

/** "C3", "$C$3:$K$40", "A:C" (whole columns) or "5:9" (whole rows) → a rectangle; null when unreadable. */
export function parseArea(text: string): RangeRef | null {
  const parts = text.split(':');
  if (parts.length > 2) return null;
  const [a, b = a] = parts;
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    const r1 = Number(ca[2]) - 1;
    const r2 = Number(cb[2]) - 1;
    const c1 = columnIndex(ca[1]);
    const c2 = columnIndex(cb[1]);
    return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
  }
  const xa = COLS.exec(a);
  const xb = COLS.exec(b);
  if (xa && xb) {
    const c1 = columnIndex(xa[1]);
    const c2 = columnIndex(xb[1]);
    return { top: 0, left: Math.min(c1, c2), bottom: MAX_ROW, right: Math.max(c1, c2) };
  }
  const ya = ROWS.exec(a);
  const yb = ROWS.exec(b);
  if (ya && yb) {
    const r1 = Number(ya[1]) - 1;
    const r2 = Number(yb[1]) - 1;
    return { top: Math.min(r1, r2), left: 0, bottom: Math.max(r1, r2), right: MAX_COL };
  }
  return null;
}

/** "'附件 4'!$C$3:$K$40", "=附件4!C3" → sheet and rectangle; null for "#REF!", constants or several areas. */
export function parseQualified(text: string): { sheet: string; range: RangeRef } | null {
  let s = text.trim();
  if (s.startsWith('=')) s = s.slice(1);
  const bang = s.lastIndexOf('!');
  if (bang <= 0) return null;
  let sheet = s.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const range = parseArea(s.slice(bang + 1));
  return range && sheet && !sheet.includes('#REF') ? { sheet, range } : null;
}

/** The rectangles of an event or RangeAreas address, sheet names dropped. */
export function parseAreas(address: string): RangeRef[] {
  return splitAreas(address)
    .map((a) => parseArea(a.includes('!') ? a.slice(a.lastIndexOf('!') + 1) : a))
    .filter((r): r is RangeRef => r !== null);
}

export function intersects(a: RangeRef, b: RangeRef): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function intersection(a: RangeRef, b: RangeRef): RangeRef | null {
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

export function contains(r: RangeRef, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

/** The smallest rectangle holding all of `ranges` (which must not be empty). */
export function boundingBox(ranges: RangeRef[]): RangeRef {
  return ranges.reduce((b, r) => ({ top: Math.min(b.top, r.top), left: Math.min(b.left, r.left), bottom: Math.max(b.bottom, r.bottom), right: Math.max(b.right, r.right) }));
}
