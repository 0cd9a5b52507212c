import { RangeRef, rangeContains } from './a1';

/** What a cell holds: a number, text, a boolean, or nothing. Formulas are represented by their result. */
export type CellValue = number | string | boolean | null;

export interface CellInput {
  value: CellValue;
  /** Display text as Excel shows it (number format applied). Defaults to String(value). */
  text?: string;
  /** Excel number format, when known ("0.00%", "#,##0.00"). */
  numberFormat?: string;
  /** Formula text when the cell holds one ("=B3/C3"). */
  formula?: string;
}

/**
 * One worksheet as the core sees it: a dense rectangle of values and display
 * texts plus merged areas. Built by the Excel adapter (from Range.values/text),
 * by the Node reader (from ExcelJS), or by tests (from arrays).
 */
export class Grid {
  readonly rowCount: number;
  readonly colCount: number;
  private readonly values: CellValue[][];
  private readonly texts: (string | undefined)[][];
  private readonly formats: (string | undefined)[][];
  private readonly formulas: (string | undefined)[][];
  /** For each merged cell that is not the anchor: the anchor's [row, col]. */
  private readonly mergeIndex = new Map<number, RangeRef>();

  /**
   * `size` lets a subclass that keeps its own cell storage (a host's live
   * sheet) state its extent instead of passing rows.
   */
  constructor(
    readonly name: string,
    rows: (CellValue | CellInput)[][],
    readonly merges: RangeRef[] = [],
    size?: { rows: number; cols: number },
  ) {
    this.rowCount = size ? size.rows : rows.length;
    this.colCount = size ? size.cols : rows.reduce((m, r) => Math.max(m, r.length), 0);
    this.values = [];
    this.texts = [];
    this.formats = [];
    this.formulas = [];
    for (const row of rows) {
      const v: CellValue[] = [];
      const t: (string | undefined)[] = [];
      const f: (string | undefined)[] = [];
      const fx: (string | undefined)[] = [];
      for (const cell of row) {
        if (cell !== null && typeof cell === 'object') {
          v.push(cell.value);
          t.push(cell.text);
          f.push(cell.numberFormat);
          fx.push(cell.formula);
        } else {
          v.push(cell === undefined ? null : cell);
          t.push(undefined);
          f.push(undefined);
          fx.push(undefined);
        }
      }
      this.values.push(v);
      this.texts.push(t);
      this.formats.push(f);
      this.formulas.push(fx);
    }
    for (const m of merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) this.mergeIndex.set(r * 16384 + c, m);
      }
    }
  }

  value(row: number, col: number): CellValue {
    const v = this.values[row]?.[col];
    return v === undefined ? null : v;
  }

  /** Display text; "" for an empty cell. */
  text(row: number, col: number): string {
    const t = this.texts[row]?.[col];
    if (t !== undefined) return t;
    const v = this.value(row, col);
    if (v === null) return '';
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    return String(v);
  }

  numberFormat(row: number, col: number): string | undefined {
    return this.formats[row]?.[col];
  }

  formula(row: number, col: number): string | undefined {
    return this.formulas[row]?.[col];
  }

  isBlank(row: number, col: number): boolean {
    const v = this.value(row, col);
    return v === null || (typeof v === 'string' && v.trim() === '');
  }

  /** The merged area covering the cell, if any. */
  mergeAt(row: number, col: number): RangeRef | undefined {
    return this.mergeIndex.get(row * 16384 + col);
  }

  /** The cell whose value a person sees at (row, col): the anchor of its merged area, or itself. */
  anchorOf(row: number, col: number): { row: number; col: number } {
    const m = this.mergeAt(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** Text as seen at (row, col), reading through merged areas. */
  seenText(row: number, col: number): string {
    const a = this.anchorOf(row, col);
    return this.text(a.row, a.col);
  }

  isRowBlank(row: number, fromCol = 0, toCol = this.colCount - 1): boolean {
    for (let c = fromCol; c <= toCol; c++) if (!this.isBlank(row, c)) return false;
    return true;
  }

  inMergeNotAnchor(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return !!m && (m.top !== row || m.left !== col) && rangeContains(m, row, col);
  }

  /**
   * A copy showing only columns left..right (the others blank, merges outside
   * dropped), same coordinates: for reading one of two tables set side by side.
   */
  window(left: number, right: number): Grid {
    const rows: CellInput[][] = [];
    for (let r = 0; r < this.rowCount; r++) {
      const row: CellInput[] = [];
      for (let c = 0; c <= Math.min(right, this.colCount - 1); c++) {
        row.push(c < left ? { value: null } : { value: this.value(r, c), text: this.texts[r]?.[c], numberFormat: this.formats[r]?.[c], formula: this.formulas[r]?.[c] });
      }
      rows.push(row);
    }
    return new Grid(this.name, rows, this.merges.filter((m) => m.left >= left && m.right <= right));
  }

  /** A copy with some cells replaced (used by live recomputation and tests). */
  withValues(edits: { row: number; col: number; value: CellValue; text?: string }[]): Grid {
    const rowCount = Math.max(this.rowCount, ...edits.map((e) => e.row + 1));
    const rows: CellInput[][] = [];
    for (let r = 0; r < rowCount; r++) {
      const row: CellInput[] = [];
      const cols = Math.max(this.values[r]?.length ?? 0, ...edits.filter((e) => e.row === r).map((e) => e.col + 1));
      for (let c = 0; c < cols; c++) {
        row.push({ value: this.value(r, c), text: this.texts[r]?.[c], numberFormat: this.formats[r]?.[c], formula: this.formulas[r]?.[c] });
      }
      rows.push(row);
    }
    for (const e of edits) rows[e.row][e.col] = { value: e.value, text: e.text, numberFormat: rows[e.row][e.col]?.numberFormat };
    return new Grid(this.name, rows, this.merges);
  }
}
