import { type Rect, rectCellCount } from '../address';
import type { CellModel } from './cell';
import type { SheetModel } from './sheet';

/** Above this many cells, whole-range format writes touch only the cells that already exist. */
export const DENSE_WRITE_LIMIT = 200000;

/** What a Range proxy resolves to: a rectangle on a sheet. */
export class RangeTarget {
  constructor(
    readonly sheet: SheetModel,
    readonly rect: Rect,
  ) {}

  get deleted(): boolean {
    return this.sheet.deleted;
  }

  /** A rows × columns matrix computed per cell (the cell is undefined when never written). */
  matrix<T>(read: (cell: CellModel | undefined, row: number, column: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = this.rect.top; r <= this.rect.bottom; r++) {
      const line: T[] = [];
      for (let c = this.rect.left; c <= this.rect.right; c++) line.push(read(this.sheet.cell(r, c), r, c));
      out.push(line);
    }
    return out;
  }

  /** Calls `update` on every cell of the range, creating cells as needed (existing cells only for huge ranges). */
  updateCells(update: (cell: CellModel, row: number, column: number) => void): void {
    if (rectCellCount(this.rect) > DENSE_WRITE_LIMIT) {
      this.sheet.forEachStoredCell(this.rect, update);
      return;
    }
    for (let r = this.rect.top; r <= this.rect.bottom; r++) {
      for (let c = this.rect.left; c <= this.rect.right; c++) update(this.sheet.ensureCell(r, c), r, c);
    }
  }

  /** The common value of `read` over the range, or null when cells differ (as Excel reports mixed formats). */
  uniform<T>(read: (cell: CellModel | undefined) => T): T | null {
    let first = true;
    let value: T | null = null;
    let stored = 0;
    const visit = (cell: CellModel | undefined): boolean => {
      const current = read(cell);
      if (first) {
        value = current;
        first = false;
        return true;
      }
      return JSON.stringify(current) === JSON.stringify(value);
    };
    if (rectCellCount(this.rect) > DENSE_WRITE_LIMIT) {
      let same = true;
      this.sheet.forEachStoredCell(this.rect, (cell) => {
        stored++;
        if (same) same = visit(cell);
      });
      if (same && stored < rectCellCount(this.rect)) same = visit(undefined);
      return same ? value : null;
    }
    for (let r = this.rect.top; r <= this.rect.bottom; r++) {
      for (let c = this.rect.left; c <= this.rect.right; c++) {
        if (!visit(this.sheet.cell(r, c))) return null;
      }
    }
    return value;
  }
}
