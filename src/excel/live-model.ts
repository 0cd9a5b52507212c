import type { CellRef, RangeRef } from '../core/grid/a1';
import type { TableBinding } from '../core/binding/types';
import type { Finding } from '../core/model/finding';
import type { Profile } from '../core/profiles/types';
import type { AnalysedTable, IndicatorCache } from '../core/analyse';
import { evaluateTable } from '../core/evaluate';
import { runChecks } from '../core/checks';
import { extractFacts, type Facts } from '../core/facts/extract';
import { fillPlan, inputCellSet } from '../core/fill/plan';
import type { Overrides } from './binding-edit';
import { cellKey, intersects, cellRange } from './address';
import { FormulaIndex } from './formula-deps';
import type { CellUpdate, SheetGrid } from './sheet-grid';

export interface LiveSheet {
  id: string;
  name: string;
  grid: SheetGrid;
}

/** A recognised table and everything a live edit needs to re-check it quickly. */
export interface LiveTable {
  /** Stable key of the table in the workbook's saved bindings ("T1"). */
  key: string;
  sheetId: string;
  /** The binding with the person's corrections applied. */
  binding: TableBinding;
  overrides: Overrides;
  /** Indicator rows evaluated at the last edit (the core re-evaluates only rows whose cells changed). */
  cache: IndicatorCache;
  analysed: AnalysedTable;
  /** Cells the add-in never writes: the binding's inputs. */
  inputs: Set<number>;
  /** Where a change matters: the table's range and any cell a correction bound outside it. */
  watch: RangeRef[];
  /** Bumped on every re-analysis (the pane's summary of the table is rebuilt only then). */
  revision: number;
  /** False between an evaluation and its checks (填报 checks only once its writes are in). */
  checked: boolean;
}

/** A computed value the add-in is about to write, with what the cell held before (for undo). */
export interface PlannedWrite {
  sheetId: string;
  cell: CellRef;
  value: number | string;
  numberFormat?: string;
  what: string;
  before: { value: string | number | boolean | null; formula: string | undefined; numberFormat: string | undefined };
}

function watchOf(binding: TableBinding, o: Overrides): RangeRef[] {
  return [binding.range, ...o.cells.map((c) => cellRange(c.cell))];
}


/** The sheets, tables and analyses of one workbook, updated cell by cell. No Excel here: it is what the bench times. */
export class LiveModel {
  readonly sheets = new Map<string, LiveSheet>();
  tables: LiveTable[] = [];
  facts: Facts = new Map();
  readonly formulas: FormulaIndex;

  constructor(
    sheets: LiveSheet[],
    public profile: Profile,
  ) {
    for (const s of sheets) this.sheets.set(s.id, s);
    this.formulas = new FormulaIndex(sheets.map((s) => s.grid));
  }

  sheetByName(name: string): LiveSheet | undefined {
    const lower = name.toLowerCase();
    for (const s of this.sheets.values()) if (s.name.toLowerCase() === lower) return s;
    return undefined;
  }

  grid(t: LiveTable): SheetGrid {
    return this.sheets.get(t.sheetId)!.grid;
  }

  sheetName(t: LiveTable): string {
    return this.sheets.get(t.sheetId)!.name;
  }

  /** Adds recognised tables and analyses them (after the figures every table states are known). */
  addTables(specs: { key: string; sheetId: string; binding: TableBinding; overrides: Overrides }[]): LiveTable[] {
    this.facts = extractFacts([...this.tables, ...specs].map((t) => ({ grid: this.sheets.get(t.sheetId)!.grid, binding: t.binding })));
    const added = specs.map((s): LiveTable => {
      const grid = this.sheets.get(s.sheetId)!.grid;
      const cache: IndicatorCache = new Map();
      const evaluated = evaluateTable(grid, s.binding, this.profile, this.facts, cache);
      return {
        ...s,
        cache,
        analysed: { binding: s.binding, evaluated, findings: runChecks({ grid, profile: this.profile, table: evaluated }) },
        inputs: inputCellSet(s.binding),
        watch: watchOf(s.binding, s.overrides),
        revision: 1,
        checked: true,
      };
    });
    this.tables.push(...added);
    return added;
  }

  /** Replaces a table's binding (a correction from the pane); its cached rows start afresh. */
  rebind(t: LiveTable, binding: TableBinding, overrides: Overrides): void {
    t.binding = binding;
    t.overrides = overrides;
    t.cache = new Map();
    t.inputs = inputCellSet(binding);
    t.watch = watchOf(binding, overrides);
  }

  /** What analyseBound does, in two steps so that 填报 can plan from the evaluation and check once after its writes. */
  private analyseOne(t: LiveTable, checks: boolean): void {
    const evaluated = evaluateTable(this.grid(t), t.binding, this.profile, this.facts, t.cache);
    t.analysed = { binding: t.binding, evaluated, findings: t.analysed.findings };
    t.checked = false;
    if (checks) this.check([t]);
    t.revision++;
  }

  /** Runs the checks of tables evaluated since their last check. */
  check(tables: Iterable<LiveTable>): void {
    for (const t of tables) {
      if (t.checked) continue;
      t.analysed = { ...t.analysed, findings: runChecks({ grid: this.grid(t), profile: this.profile, table: t.analysed.evaluated }) };
      t.checked = true;
      t.revision++;
    }
  }

  /** Tables on `sheetId` whose watched cells meet one of `ranges`. */
  tablesTouching(sheetId: string, ranges: RangeRef[]): LiveTable[] {
    return this.tables.filter((t) => t.sheetId === sheetId && t.watch.some((w) => ranges.some((r) => intersects(w, r))));
  }

  /** Writes new cell contents into the sheet's grid (and the formula index). */
  setCells(sheetId: string, updates: CellUpdate[]): void {
    const sheet = this.sheets.get(sheetId);
    if (!sheet || updates.length === 0) return;
    for (const u of updates) {
      if (u.formula !== sheet.grid.formula(u.row, u.col)) this.formulas.set(sheet.name, u.row, u.col, u.formula);
    }
    sheet.grid = sheet.grid.withCells(updates);
  }

  /**
   * Re-analyses `tables`. When one of them states figures other tables are
   * scored from (三公, 公用经费 …) and those figures changed, the tables that use
   * them are re-analysed too. Returns every table analysed. Without `checks`,
   * findings are left for check() (fillAndApply does it).
   */
  reanalyse(tables: Iterable<LiveTable>, checks = true): LiveTable[] {
    const done = new Set<LiveTable>(tables);
    if ([...done].some((t) => t.binding.template === 'budget-table' || t.binding.template === 'dept-basic-data')) {
      const facts = extractFacts(this.tables.map((t) => ({ grid: this.grid(t), binding: t.binding })));
      if (factsKey(facts) !== factsKey(this.facts)) {
        this.facts = facts;
        for (const t of this.tables) if (t.binding.template === 'indicator-scoring') done.add(t);
      }
    }
    for (const t of done) this.analyseOne(t, checks);
    return [...done];
  }

  /** Cells no table may write: every table's inputs and the score cells of qualitative rows, per sheet. */
  private protectedCells(sheetId: string): Set<number> {
    const out = new Set<number>();
    for (const t of this.tables) {
      if (t.sheetId !== sheetId) continue;
      for (const k of t.inputs) out.add(k);
      for (const i of t.analysed.evaluated?.indicators ?? []) {
        if (i.kind === 'qualitative' && i.binding.score) out.add(cellKey(i.binding.score.row, i.binding.score.col));
      }
    }
    return out;
  }

  /**
   * 填报: the computed values `tables` should show and do not, as writes.
   * Never an input, a qualitative score, a cell holding a native formula (it
   * computes itself) or a hidden cell of a merged area.
   */
  fillWrites(tables: Iterable<LiveTable>): PlannedWrite[] {
    const out = new Map<string, PlannedWrite>();
    const guards = new Map<string, Set<number>>();
    for (const t of tables) {
      const grid = this.grid(t);
      const guard = guards.get(t.sheetId) ?? this.protectedCells(t.sheetId);
      guards.set(t.sheetId, guard);
      const plan = fillPlan(grid, t.analysed, this.profile);
      for (const w of plan) {
        const { row, col } = w.cell;
        if (guard.has(cellKey(row, col)) || grid.formula(row, col) || grid.inMergeNotAnchor(row, col)) continue;
        const same = grid.value(row, col) === w.value && (!w.numberFormat || grid.numberFormat(row, col) === w.numberFormat);
        if (same) continue;
        out.set(`${t.sheetId}|${cellKey(row, col)}`, {
          sheetId: t.sheetId,
          cell: w.cell,
          value: w.value,
          numberFormat: w.numberFormat,
          what: w.what,
          before: { value: grid.value(row, col), formula: grid.formula(row, col), numberFormat: grid.numberFormat(row, col) },
        });
      }
    }
    return [...out.values()];
  }

  /**
   * Plans the writes of 填报 and applies them to the grids, then re-evaluates
   * and checks every table touched. One pass suffices: the plan computes a
   * total from the new values of its parts (bottom-up), so planning again
   * after applying it finds nothing (tests/excel/fill-safety checks this).
   * Returns the writes, the first `before` of each cell kept.
   */
  fillAndApply(tables: LiveTable[]): { writes: PlannedWrite[]; analysed: LiveTable[] } {
    const writes = new Map<string, PlannedWrite>();
    const analysed = new Set<LiveTable>(tables);
    let current = tables;
    for (let pass = 0; pass < 1; pass++) {
      const planned = this.fillWrites(current);
      if (planned.length === 0) break;
      const bySheet = new Map<string, CellUpdate[]>();
      for (const w of planned) {
        const key = `${w.sheetId}|${cellKey(w.cell.row, w.cell.col)}`;
        const prev = writes.get(key);
        writes.set(key, prev ? { ...w, before: prev.before } : w);
        const list = bySheet.get(w.sheetId) ?? [];
        list.push({ row: w.cell.row, col: w.cell.col, value: w.value, numberFormat: w.numberFormat, formula: undefined });
        bySheet.set(w.sheetId, list);
      }
      const touched = new Set<LiveTable>();
      for (const [sheetId, updates] of bySheet) {
        this.setCells(sheetId, updates);
        for (const t of this.tablesTouching(sheetId, updates.map((u) => cellRange(u)))) touched.add(t);
      }
      current = this.reanalyse(touched, false);
      for (const t of current) analysed.add(t);
    }
    this.check(analysed);
    return { writes: [...writes.values()], analysed: [...analysed] };
  }

  findings(): Finding[] {
    return this.tables.flatMap((t) => t.analysed.findings);
  }
}

function factsKey(facts: Facts): string {
  return [...facts].map(([k, f]) => `${k}=${f.value.value.toFixed()}@${f.sheet}!${f.cell.row},${f.cell.col}`).sort().join(';');
}
