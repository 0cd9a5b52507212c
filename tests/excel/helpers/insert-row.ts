import type { StandinWorkbookData } from '../../../src/standin';

/**
 * The workbook with an empty row inserted above sheet row `at` (1-based) of
 * `sheet`, as Excel would do it while the add-in is closed: cells, merges and
 * notes move down, and so do the names pointing at that sheet. (Cell formulas
 * are not rewritten: use it on sheets without formulas.)
 */
export function insertRow(data: StandinWorkbookData, sheet: string, at: number): StandinWorkbookData {
  const copy = structuredClone(data);
  const s = copy.sheets.find((x) => x.name === sheet)!;
  const i = at - 1;
  const blankRow = <T>(rows: T[][] | undefined, blank: T) => rows?.splice(i, 0, new Array<T>(rows[0]?.length ?? 0).fill(blank));
  blankRow(s.cells, null);
  blankRow(s.formulas, null);
  blankRow(s.numberFormats, null);
  blankRow(s.fills, null);
  blankRow(s.fontColors, null);
  const shift = (ref: string) => ref.replace(/(\$?[A-Z]{1,3}\$?)(\d+)/g, (_m, col: string, row: string) => `${col}${Number(row) >= at ? Number(row) + 1 : row}`);
  s.merges = s.merges?.map(shift);
  s.notes = s.notes?.map((n) => ({ ...n, address: shift(n.address) }));
  const quoted = new RegExp(`^=('?)${sheet}\\1!`);
  copy.names = copy.names?.map((n) => (quoted.test(n.formula) ? { ...n, formula: n.formula.replace(/!(.*)$/, (_m, ref: string) => `!${shift(ref)}`) } : n));
  return copy;
}
