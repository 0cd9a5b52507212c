import { createStandin, type StandinHost, type StandinWorkbookData, type WorkbookSnapshot } from '../../../src/standin';
import { SEVERITY_FILL } from '../../../src/excel/highlights';

/** Whole rows or columns a person inserts or deletes ("1:2", "C:C"). */
export type StructureEdit = ['insert' | 'delete', string];

export async function applyEdits(host: StandinHost, sheet: string, edits: StructureEdit[]): Promise<void> {
  for (const [edit, address] of edits) {
    if (edit === 'insert') await host.userInsert(sheet, address);
    else await host.userDelete(sheet, address);
  }
}

/** The workbook as Excel leaves it after the same edits when the add-in never ran. */
export async function withoutAddin(data: StandinWorkbookData, sheet: string, edits: StructureEdit[]): Promise<WorkbookSnapshot> {
  const { host } = createStandin(data);
  await applyEdits(host, sheet, edits);
  return host.snapshot();
}

/** "K14" with its row moved by `by` when it is at or below `from` (1-based). */
export function moveA1(a1: string, from: number, by: number): string {
  return a1.replace(/^([A-Z]+)(\d+)$/, (_m, col: string, row: string) => `${col}${Number(row) >= from ? Number(row) + by : row}`);
}

/** A finding line ("附件4!K14 missing-reason") with its cell moved on `sheet` as moveA1 does. */
export function moveLine(line: string, sheet: string, from: number, by: number): string {
  const prefix = `${sheet}!`;
  if (!line.startsWith(prefix)) return line;
  const [cell, ...rest] = line.slice(prefix.length).split(' ');
  return [`${prefix}${moveA1(cell, from, by)}`, ...rest].join(' ');
}

const byPosition = (a: string, b: string) => {
  const [, ca, ra] = /^([A-Z]+)(\d+)$/.exec(a)!;
  const [, cb, rb] = /^([A-Z]+)(\d+)$/.exec(b)!;
  return Number(ra) - Number(rb) || ca.localeCompare(cb);
};

/** Cells of `sheet` the add-in's mark anchors (hidden names JIXIAO_M…) point at, in sheet order. */
export function anchoredMarks(host: StandinHost, sheet: string): string[] {
  const prefix = new RegExp(`^='?${sheet}'?!\\$([A-Z]+)\\$(\\d+)$`);
  return host
    .snapshot()
    .names.filter((n) => /^JIXIAO_M\d+$/.test(n.name))
    .flatMap((n) => {
      const m = prefix.exec(n.formula);
      return m ? [`${m[1]}${m[2]}`] : [];
    })
    .sort(byPosition);
}

/** Cells of `sheet` painted with one of the add-in's severity fills, in sheet order. */
export function addinFills(host: StandinHost, sheet: string): string[] {
  const colours = new Set(Object.values(SEVERITY_FILL));
  const cells = host.snapshot().sheets.find((s) => s.name === sheet)!.cells;
  return Object.keys(cells)
    .filter((a) => cells[a].fill !== undefined && colours.has(cells[a].fill!))
    .sort(byPosition);
}

/** Cells of `sheet` that findings name, without repeats, in sheet order. */
export function findingCells(lines: string[], sheet: string): string[] {
  return [...new Set(lines.filter((l) => l.startsWith(`${sheet}!`)).map((l) => l.slice(sheet.length + 1).split(' ')[0]))].sort(byPosition);
}
