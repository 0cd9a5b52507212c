import type { RangeRef } from '../core/grid/a1';
import { CellInput, CellValue, Grid } from '../core/grid/grid';
import { formatNumber } from '../core/grid/format-number';
import { cellKey, keyCol, keyRow } from './address';

/** A cell's new content after an edit; a missing numberFormat keeps the cell's format. */
export interface CellUpdate {
  row: number;
  col: number;
  value: CellValue;
  text?: string;
  numberFormat?: string;
  /** The cell's formula after the edit, or undefined when it holds a constant. */
  formula?: string;
}

interface Store {
  values: CellValue[][];
  texts: (string | undefined)[][];
  formats: (string | undefined)[][];
  formulas: (string | undefined)[][];
}

const COMPACT_AT = 1024;

/**
 * A worksheet grid that live edits replace cheaply. The core caches parsed
 * cells per Grid object (grids are immutable), so every edit yields a new
 * object; it shares the sheet's arrays and carries the edited cells in a small
 * overlay, folded back into fresh arrays once it grows.
 */
export class SheetGrid extends Grid {
  private constructor(
    name: string,
    merges: RangeRef[],
    private readonly store: Store,
    private readonly overlay: ReadonlyMap<number, CellInput>,
    rows: number,
    cols: number,
  ) {
    super(name, [], merges, { rows, cols });
  }

  static fromRows(name: string, rows: CellInput[][], merges: RangeRef[] = []): SheetGrid {
    const store: Store = { values: [], texts: [], formats: [], formulas: [] };
    let cols = 0;
    for (const row of rows) {
      store.values.push(row.map((c) => c?.value ?? null));
      store.texts.push(row.map((c) => c?.text));
      store.formats.push(row.map((c) => c?.numberFormat));
      store.formulas.push(row.map((c) => c?.formula));
      cols = Math.max(cols, row.length);
    }
    return new SheetGrid(name, merges, store, new Map(), rows.length, cols);
  }

  private cell(row: number, col: number): CellInput | undefined {
    return this.overlay.size ? this.overlay.get(cellKey(row, col)) : undefined;
  }

  override value(row: number, col: number): CellValue {
    const o = this.cell(row, col);
    if (o) return o.value;
    const v = this.store.values[row]?.[col];
    return v === undefined ? null : v;
  }

  override text(row: number, col: number): string {
    const o = this.cell(row, col);
    const t = o ? o.text : this.store.texts[row]?.[col];
    if (t !== undefined) return t;
    const v = this.value(row, col);
    if (v === null) return '';
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    return String(v);
  }

  override numberFormat(row: number, col: number): string | undefined {
    const o = this.cell(row, col);
    return o ? o.numberFormat : this.store.formats[row]?.[col];
  }

  override formula(row: number, col: number): string | undefined {
    const o = this.cell(row, col);
    return o ? o.formula : this.store.formulas[row]?.[col];
  }

  /** The grid after `updates`; texts of numbers follow the cell's number format when not given. */
  withCells(updates: CellUpdate[]): SheetGrid {
    if (updates.length === 0) return this;
    const overlay = new Map(this.overlay);
    let rows = this.rowCount;
    let cols = this.colCount;
    for (const u of updates) {
      // "General" is stored as no format, as the scan stores it.
      const numberFormat = u.numberFormat === undefined ? this.numberFormat(u.row, u.col) : u.numberFormat === 'General' ? undefined : u.numberFormat;
      const value = u.value === '' ? null : u.value;
      const text = u.text ?? (typeof value === 'number' ? formatNumber(value, numberFormat) : undefined);
      overlay.set(cellKey(u.row, u.col), { value, text, numberFormat, formula: u.formula });
      rows = Math.max(rows, u.row + 1);
      cols = Math.max(cols, u.col + 1);
    }
    if (overlay.size < COMPACT_AT) return new SheetGrid(this.name, this.merges, this.store, overlay, rows, cols);
    return SheetGrid.fromRows(this.name, this.materialise(rows, cols, overlay), this.merges);
  }

  private materialise(rows: number, cols: number, overlay: ReadonlyMap<number, CellInput>): CellInput[][] {
    const widths = new Map<number, number>();
    for (const k of overlay.keys()) widths.set(keyRow(k), Math.max(widths.get(keyRow(k)) ?? 0, keyCol(k) + 1));
    const out: CellInput[][] = [];
    for (let r = 0; r < rows; r++) {
      const width = Math.min(cols, Math.max(this.store.values[r]?.length ?? 0, widths.get(r) ?? 0));
      const row: CellInput[] = [];
      for (let c = 0; c < width; c++) {
        const o = overlay.get(cellKey(r, c));
        row.push(o ?? { value: this.store.values[r]?.[c] ?? null, text: this.store.texts[r]?.[c], numberFormat: this.store.formats[r]?.[c], formula: this.store.formulas[r]?.[c] });
      }
      out.push(row);
    }
    return out;
  }

  override withValues(edits: { row: number; col: number; value: CellValue; text?: string }[]): Grid {
    return this.withCells(edits.map((e) => ({ row: e.row, col: e.col, value: e.value, text: e.text, formula: undefined })));
  }
}
