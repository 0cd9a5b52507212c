import type { RangeRef } from '../core/grid/a1';
import type { Grid } from '../core/grid/grid';
import { cellKey, contains, intersects, parseArea } from './address';

/** What a formula reads: rectangles (with their sheet when qualified), or `unknown` when it cannot be told. */
export interface FormulaRefs {
  refs: { sheet: string | null; range: RangeRef }[];
  unknown: boolean;
}

const REF = String.raw`\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+`;
const QUALIFIED = new RegExp(String.raw`('(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!(${REF})`, 'gu');
const LOCAL = new RegExp(String.raw`(?<![\p{L}\p{N}_.$!])(${REF})(?![\p{L}\p{N}_(])`, 'gu');
const IDENT = /[\p{L}_][\p{L}\p{N}_.]*(\s*\()?/gu;

/** The references of a formula such as "=SUM(B3:B9)/'附件 4'!$E$6". Names, INDIRECT, OFFSET and tables make it unknown. */
export function formulaRefs(formula: string): FormulaRefs {
  const refs: FormulaRefs['refs'] = [];
  let rest = formula.replace(/"(?:[^"]|"")*"/g, ' ');
  if (/\b(INDIRECT|OFFSET)\s*\(|\[/i.test(rest)) return { refs, unknown: true };
  rest = rest.replace(QUALIFIED, (_m, sheet: string, ref: string) => {
    const range = parseArea(ref);
    const name = sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
    if (range) refs.push({ sheet: name, range });
    return ' ';
  });
  rest = rest.replace(LOCAL, (_m, ref: string) => {
    const range = parseArea(ref);
    if (range) refs.push({ sheet: null, range });
    return ' ';
  });
  let unknown = false;
  for (const m of rest.matchAll(IDENT)) {
    if (m[1]) continue; // a function name
    if (/^(TRUE|FALSE)$/i.test(m[0])) continue;
    unknown = true; // a defined name: it could point anywhere
  }
  return { refs, unknown };
}

interface FormulaCell {
  sheet: string;
  row: number;
  col: number;
  refs: FormulaRefs;
}

/**
 * The workbook's formula cells and what they read, to tell which cells a
 * change can recalculate (transitively, across sheets). Conservative: a
 * formula that cannot be read is taken to depend on everything.
 */
export class FormulaIndex {
  private cells = new Map<string, Map<number, FormulaCell>>();

  constructor(grids: Grid[]) {
    for (const g of grids) {
      for (let r = 0; r < g.rowCount; r++) {
        for (let c = 0; c < g.colCount; c++) {
          const f = g.formula(r, c);
          if (f) this.set(g.name, r, c, f);
        }
      }
    }
  }

  set(sheet: string, row: number, col: number, formula: string | undefined): void {
    const key = sheet.toLowerCase();
    const m = this.cells.get(key) ?? new Map<number, FormulaCell>();
    if (formula) m.set(cellKey(row, col), { sheet, row, col, refs: formulaRefs(formula) });
    else m.delete(cellKey(row, col));
    this.cells.set(key, m);
  }

  get size(): number {
    let n = 0;
    for (const m of this.cells.values()) n += m.size;
    return n;
  }

  /** Formula cells whose value may change when `changed` (rectangles on `sheet`) change. */
  dependents(sheet: string, changed: RangeRef[]): { sheet: string; row: number; col: number }[] {
    const out: FormulaCell[] = [];
    const seen = new Set<FormulaCell>();
    const frontier: { sheet: string; range: RangeRef }[] = changed.map((range) => ({ sheet: sheet.toLowerCase(), range }));
    while (frontier.length) {
      const { sheet: s, range } = frontier.pop()!;
      for (const m of this.cells.values()) {
        for (const f of m.values()) {
          if (seen.has(f)) continue;
          const home = f.sheet.toLowerCase();
          const hit =
            f.refs.unknown ||
            f.refs.refs.some((ref) => (ref.sheet ? ref.sheet.toLowerCase() : home) === s && intersects(ref.range, range));
          if (!hit || (home === s && contains(range, f.row, f.col))) continue;
          seen.add(f);
          out.push(f);
          frontier.push({ sheet: home, range: { top: f.row, left: f.col, bottom: f.row, right: f.col } });
        }
      }
    }
    return out.map((f) => ({ sheet: f.sheet, row: f.row, col: f.col }));
  }
}
