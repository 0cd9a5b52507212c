import { Grid, CellInput, CellValue } from '../../src/core/grid/grid';
import { parseRange } from '../../src/core/grid/a1';

/** A grid from rows of values; `merges` as A1 ranges ("A5:A9"). */
export function gridOf(name: string, rows: (CellValue | CellInput)[][], merges: string[] = []): Grid {
  return new Grid(name, rows, merges.map(parseRange));
}
