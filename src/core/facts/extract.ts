import type { Grid } from '../grid/grid';
import type { CellRef } from '../grid/a1';
import type { BudgetTableBinding, FigureBlockBinding, TableBinding } from '../binding/types';
import type { Quantity } from '../values/types';
import { normaliseBare } from '../text/normalise';
import { parsedAt } from '../values';

/** A figure the workbook states somewhere, by meaning ("三公经费.预算"), with the cell it came from. */
export interface Fact {
  value: Quantity;
  cell: CellRef;
  sheet: string;
}

export type Facts = Map<string, Fact>;

function q(grid: Grid, row: number, col: number): Quantity | null {
  const p = parsedAt(grid, row, col);
  return p.kind === 'quantity' ? p : null;
}

function put(facts: Facts, key: string, grid: Grid, row: number, col: number): void {
  if (facts.has(key)) return;
  const v = q(grid, row, col);
  if (v) facts.set(key, { value: v, cell: { row, col }, sheet: grid.name });
}

/** Figures of named rows in budget tables: 三公经费, 日常公用经费 / 公用经费, 固定资产. */
const ROWS: [string, RegExp][] = [
  ['三公经费', /三公/],
  ['公用经费', /日常公用经费|^公用经费/],
  ['固定资产', /^固定资产$/],
];

function columnFor(b: BudgetTableBinding, re: RegExp, not?: RegExp): number {
  return b.columns.find((c) => c.kind === 'amount' && re.test(normaliseBare(c.header)) && !(not && not.test(normaliseBare(c.header))))?.col ?? -1;
}

function fromBudgetTable(facts: Facts, grid: Grid, b: BudgetTableBinding): void {
  const budget = columnFor(b, /预算/, /年初/);
  const spent = columnFor(b, /实际支出|决算|执行数/);
  const original = columnFor(b, /原值|账面/);
  const inUse = columnFor(b, /在用/);
  for (const [key, re] of ROWS) {
    // The named row, or (when it carries no figures) its first child that does: "一、三公经费支出" → "(一)支出合计".
    const idx = b.rows.findIndex((r) => re.test(r.label));
    if (idx < 0) continue;
    const candidates = [b.rows[idx].row, ...b.parts.filter((p) => p.parent === b.rows[idx].row).flatMap((p) => p.children)];
    for (const row of candidates) {
      if (key === '固定资产') {
        if (original >= 0 && inUse >= 0 && q(grid, row, original) && q(grid, row, inUse)) {
          put(facts, '固定资产.原值', grid, row, original);
          put(facts, '固定资产.在用', grid, row, inUse);
          break;
        }
      } else if (budget >= 0 && spent >= 0 && q(grid, row, budget) && q(grid, row, spent)) {
        put(facts, `${key}.预算`, grid, row, budget);
        put(facts, `${key}.决算`, grid, row, spent);
        break;
      }
    }
  }
  // Quarterly cumulative spending (1-3月 … 1-12月) against the full-year adjusted budget.
  const quarter = (n: number) => b.columns.find((c) => new RegExp(`1[-－~至到]${n}月|${['一', '二', '三', '四'][n / 3 - 1]}季度`).test(normaliseBare(c.header)))?.col ?? -1;
  const annual = columnFor(b, /全年.*预算|调整预算/);
  if (annual >= 0 && [3, 6, 9, 12].every((m) => quarter(m) >= 0)) {
    const row = b.rows.find((r) => q(grid, r.row, annual))?.row;
    if (row !== undefined) {
      put(facts, '支出进度.全年预算', grid, row, annual);
      [3, 6, 9, 12].forEach((m, i) => put(facts, `支出进度.Q${i + 1}`, grid, row, quarter(m)));
    }
  }
}

function fromPeople(facts: Facts, grid: Grid, block: FigureBlockBinding): void {
  const row = block.valueRows[0];
  if (row === undefined) return;
  for (const c of block.columns) {
    const h = normaliseBare(c.header);
    if (/率/.test(h)) continue;
    if (/编外/.test(h)) put(facts, '人员.编外', grid, row, c.col);
    else if (/编制/.test(h)) put(facts, '人员.编制', grid, row, c.col);
    else if (/在职|在编|实有/.test(h)) put(facts, '人员.在职', grid, row, c.col);
  }
}

/** Collects the facts of every recognised table of a workbook (the first statement of a fact wins). */
export function extractFacts(tables: { grid: Grid; binding: TableBinding }[]): Facts {
  const facts: Facts = new Map();
  for (const { grid, binding } of tables) {
    if (binding.template === 'budget-table') fromBudgetTable(facts, grid, binding);
    if (binding.template === 'dept-basic-data') {
      if (binding.people) fromPeople(facts, grid, binding.people);
      if (binding.funds) fromBudgetTable(facts, grid, binding.funds);
    }
  }
  return facts;
}
