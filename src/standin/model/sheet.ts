import { MAX_COLUMNS, type Rect, rectCellCount, rectContains } from '../address';
import type { CommentModel, NoteModel } from './annotations';
import { type CellModel, cellHasContent, cellHasFormatting, createCell } from './cell';
import type { ChartModel } from './chart';
import type { ConditionalFormatModel } from './conditional-format';

/** Default column width and row height in points (Excel's 8.43 characters / 15 points). */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

/** A worksheet: sparse cells plus merges, conditional formats, charts, notes, comments and sizes. */
export class SheetModel {
  id: string;
  name: string;
  visibility = 'Visible';
  /** '' when the tab has no colour, as Excel reports it. */
  tabColor = '';
  deleted = false;
  readonly cells = new Map<number, CellModel>();
  merges: Rect[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  charts: ChartModel[] = [];
  notes: NoteModel[] = [];
  comments: CommentModel[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();

  constructor(id: string, name: string) {
    this.id = id;
    this.name = name;
  }

  cell(row: number, column: number): CellModel | undefined {
    return this.cells.get(cellKey(row, column));
  }

  ensureCell(row: number, column: number): CellModel {
    const key = cellKey(row, column);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = createCell();
      this.cells.set(key, cell);
    }
    return cell;
  }

  deleteCell(row: number, column: number): void {
    this.cells.delete(cellKey(row, column));
  }

  /** Calls `visit` for every stored cell inside `rect` (all cells when the rect is small, stored ones otherwise). */
  forEachStoredCell(rect: Rect, visit: (cell: CellModel, row: number, column: number) => void): void {
    if (rectCellCount(rect) <= this.cells.size * 4) {
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) {
          const cell = this.cells.get(cellKey(r, c));
          if (cell) visit(cell, r, c);
        }
      }
      return;
    }
    for (const [key, cell] of this.cells) {
      const row = Math.floor(key / MAX_COLUMNS);
      const column = key % MAX_COLUMNS;
      if (rectContains(rect, row, column)) visit(cell, row, column);
    }
  }

  /** Moves every stored cell to where `place` says (null drops it), as inserting or deleting rows does. */
  relocateCells(place: (row: number, column: number) => [number, number] | null): void {
    const entries = [...this.cells];
    this.cells.clear();
    for (const [key, cell] of entries) {
      const to = place(Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS);
      if (to) this.cells.set(cellKey(to[0], to[1]), cell);
    }
  }

  forEachCell(visit: (cell: CellModel, row: number, column: number) => void): void {
    for (const [key, cell] of this.cells) visit(cell, Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS);
  }

  /** The smallest rectangle holding every cell with content (and formatting unless `valuesOnly`). */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let used: Rect | undefined;
    this.forEachCell((cell, row, column) => {
      if (!(cellHasContent(cell) || (!valuesOnly && cellHasFormatting(cell)))) return;
      if (!used) used = { top: row, left: column, bottom: row, right: column };
      else {
        used.top = Math.min(used.top, row);
        used.left = Math.min(used.left, column);
        used.bottom = Math.max(used.bottom, row);
        used.right = Math.max(used.right, column);
      }
    });
    return used;
  }

  mergeAt(row: number, column: number): Rect | undefined {
    return this.merges.find((merge) => rectContains(merge, row, column));
  }

  columnWidth(column: number): number {
    return this.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }

  liveNotes(): NoteModel[] {
    return this.notes.filter((note) => !note.deleted);
  }

  liveComments(): CommentModel[] {
    return this.comments.filter((comment) => !comment.deleted);
  }

  liveConditionalFormats(): ConditionalFormatModel[] {
    return this.conditionalFormats.filter((format) => !format.deleted);
  }

  liveCharts(): ChartModel[] {
    return this.charts.filter((chart) => !chart.deleted);
  }
}
