import type { Grid } from '../grid/grid';
import type { CellRef } from '../grid/a1';
import type { Parsed, Quantity } from '../values/types';
import { parsedAt } from '../values';

/** A bound cell and what it says. */
export interface ReadCell {
  cell: CellRef;
  parsed: Parsed;
  text: string;
}

export function readCell(grid: Grid, cell: CellRef | null): ReadCell | null {
  if (!cell) return null;
  const parsed = parsedAt(grid, cell.row, cell.col);
  return { cell, parsed, text: grid.text(cell.row, cell.col) };
}

export function quantityOf(c: ReadCell | null): Quantity | null {
  return c && c.parsed.kind === 'quantity' ? c.parsed : null;
}

export function isEmpty(c: ReadCell | null): boolean {
  return !c || c.parsed.kind === 'empty';
}

/** Text that should have been a number: a malformed quantity or any text where only a number fits. */
export function isUnreadableNumber(c: ReadCell | null): boolean {
  return !!c && c.parsed.kind === 'text';
}
