import type { Grid } from '../grid/grid';
import type { Parsed } from './types';
import { parseCell } from './parse-cell';

/**
 * Each cell of a grid parsed at most once. Recognisers look at the same cells
 * many times (is there a figure below this header?); grids are immutable, so
 * the cache lives as long as its grid.
 */
const CACHE = new WeakMap<Grid, Map<number, Parsed>>();

export function parsedAt(grid: Grid, row: number, col: number): Parsed {
  let m = CACHE.get(grid);
  if (!m) {
    m = new Map();
    CACHE.set(grid, m);
  }
  const key = row * 16384 + col;
  let p = m.get(key);
  if (!p) {
    p = parseCell(grid.value(row, col), grid.text(row, col), grid.numberFormat(row, col));
    m.set(key, p);
  }
  return p;
}

export function isQuantityAt(grid: Grid, row: number, col: number): boolean {
  return grid.value(row, col) !== null && parsedAt(grid, row, col).kind === 'quantity';
}
