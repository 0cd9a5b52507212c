import {
  MAX_COLUMNS,
  MAX_ROWS,
  type Rect,
  boundingRect,
  intersectRects,
  isInsideGrid,
  isSingleCell,
  parseAddress,
  qualifiedAddress,
  rectCellCount,
  rectColumns,
  rectRows,
} from '../address';
import { cellDisplayText } from '../cell-text';
import { richApiError, standinErrors } from '../errors';
import { cellValueType } from '../model/cell';
import { clearRange, mergeRange, setHyperlink, unmergeRange, writeCellInputs, writeNumberFormats } from '../model/range-edits';
import { RangeTarget } from '../model/range-target';
import { insertOrDeleteRange } from '../model/structure-edits';
import { type Locator, type ScalarSpecs, StandinClientObject } from '../runtime/client-object';
import type { StandinRequestContext } from '../runtime/request-context';
import type { BatchTransaction } from '../runtime/transaction';
import { StandinConditionalFormatCollection } from './conditional-formats';
import { StandinRangeAreas } from './range-areas';
import { StandinRangeFormat } from './range-format';
import { StandinWorksheet } from './worksheet';

/** Reading more cells than this at once fails, as Excel fails on oversized responses. */
const READ_LIMIT = 5_000_000;

function readable(target: RangeTarget): RangeTarget {
  if (rectCellCount(target.rect) > READ_LIMIT) throw richApiError('RangeExceedsLimit', 'Range');
  return target;
}

function hiddenByMerge(target: RangeTarget, row: number, column: number): boolean {
  const merge = target.sheet.mergeAt(row, column);
  return merge !== undefined && (merge.top !== row || merge.left !== column);
}

const RANGE_SCALARS: ScalarSpecs<RangeTarget> = {
  address: { get: (t) => qualifiedAddress(t.sheet.name, t.rect) },
  addressLocal: { get: (t) => qualifiedAddress(t.sheet.name, t.rect) },
  rowIndex: { get: (t) => t.rect.top },
  columnIndex: { get: (t) => t.rect.left },
  rowCount: { get: (t) => rectRows(t.rect) },
  columnCount: { get: (t) => rectColumns(t.rect) },
  cellCount: { get: (t) => rectCellCount(t.rect) },
  isEntireRow: { get: (t) => t.rect.left === 0 && t.rect.right === MAX_COLUMNS - 1 },
  isEntireColumn: { get: (t) => t.rect.top === 0 && t.rect.bottom === MAX_ROWS - 1 },
  values: {
    get: (t) => readable(t).matrix((cell, r, c) => (cell && !hiddenByMerge(t, r, c) ? cell.value : '')),
    set: (t, v, tx) => writeCellInputs(t, v, 'Range.values', tx.recalculation, tx),
  },
  text: { get: (t) => readable(t).matrix((cell) => cellDisplayText(cell)) },
  formulas: {
    get: (t) => readable(t).matrix((cell) => (cell ? cell.formula ?? cell.value : '')),
    set: (t, v, tx) => writeCellInputs(t, v, 'Range.formulas', tx.recalculation, tx),
  },
  formulasLocal: {
    get: (t) => readable(t).matrix((cell) => (cell ? cell.formula ?? cell.value : '')),
    set: (t, v, tx) => writeCellInputs(t, v, 'Range.formulasLocal', tx.recalculation, tx),
  },
  numberFormat: {
    get: (t) => readable(t).matrix((cell) => cell?.numberFormat ?? 'General'),
    set: (t, v, tx) => writeNumberFormats(t, v, 'Range.numberFormat', tx),
  },
  numberFormatLocal: {
    get: (t) => readable(t).matrix((cell) => cell?.numberFormat ?? 'General'),
    set: (t, v, tx) => writeNumberFormats(t, v, 'Range.numberFormatLocal', tx),
  },
  valueTypes: { get: (t) => readable(t).matrix((cell) => cellValueType(cell)) },
  hyperlink: {
    get: (t) => {
      const link = t.sheet.cell(t.rect.top, t.rect.left)?.hyperlink;
      return link ? { ...link } : null;
    },
    set: (t, v, tx) => setHyperlink(t, v, tx),
  },
};

/** Excel.Range over a rectangle of one worksheet. */
export class StandinRange extends StandinClientObject<RangeTarget> {
  protected readonly entityName = 'Range';

  constructor(context: StandinRequestContext, locate: Locator<RangeTarget>, options: { nullable?: boolean } = {}) {
    super(context, locate, options);
  }

  /** A range over `rect` of the sheet a worksheet proxy resolves to. */
  static onSheet(sheet: StandinWorksheet, rect: (tx: BatchTransaction, target: RangeTarget['sheet']) => Rect, nullable = false): StandinRange {
    return new StandinRange(
      sheet.context,
      (tx) => {
        const model = nullable ? sheet.resolve(tx) : sheet.require(tx);
        return model ? new RangeTarget(model, rect(tx, model)) : null;
      },
      { nullable },
    );
  }

  protected scalarSpecs(): ScalarSpecs<RangeTarget> {
    return RANGE_SCALARS;
  }

  protected override navigationNames(): readonly string[] {
    return ['format', 'conditionalFormats', 'worksheet'];
  }

  get address(): string {
    return this.readProperty('address');
  }
  get addressLocal(): string {
    return this.readProperty('addressLocal');
  }
  get rowIndex(): number {
    return this.readProperty('rowIndex');
  }
  get columnIndex(): number {
    return this.readProperty('columnIndex');
  }
  get rowCount(): number {
    return this.readProperty('rowCount');
  }
  get columnCount(): number {
    return this.readProperty('columnCount');
  }
  get cellCount(): number {
    return this.readProperty('cellCount');
  }
  get isEntireRow(): boolean {
    return this.readProperty('isEntireRow');
  }
  get isEntireColumn(): boolean {
    return this.readProperty('isEntireColumn');
  }
  get values(): unknown[][] {
    return this.readProperty('values');
  }
  set values(value: unknown[][]) {
    this.writeProperty('values', value);
  }
  get text(): string[][] {
    return this.readProperty('text');
  }
  get formulas(): unknown[][] {
    return this.readProperty('formulas');
  }
  set formulas(value: unknown[][]) {
    this.writeProperty('formulas', value);
  }
  get formulasLocal(): unknown[][] {
    return this.readProperty('formulasLocal');
  }
  set formulasLocal(value: unknown[][]) {
    this.writeProperty('formulasLocal', value);
  }
  get numberFormat(): unknown[][] {
    return this.readProperty('numberFormat');
  }
  set numberFormat(value: unknown[][]) {
    this.writeProperty('numberFormat', value);
  }
  get numberFormatLocal(): unknown[][] {
    return this.readProperty('numberFormatLocal');
  }
  set numberFormatLocal(value: unknown[][]) {
    this.writeProperty('numberFormatLocal', value);
  }
  get valueTypes(): string[][] {
    return this.readProperty('valueTypes');
  }
  get hyperlink(): Record<string, string> | null {
    return this.readProperty('hyperlink');
  }
  set hyperlink(value: Record<string, string> | null) {
    this.writeProperty('hyperlink', value);
  }

  get format(): StandinRangeFormat {
    return this.navigation('format', () => new StandinRangeFormat(this.context, (tx) => this.require(tx)));
  }

  get conditionalFormats(): StandinConditionalFormatCollection {
    this.gate('Range.conditionalFormats');
    return this.navigation('conditionalFormats', () => new StandinConditionalFormatCollection(this.context, (tx) => this.require(tx)));
  }

  get worksheet(): StandinWorksheet {
    return this.navigation('worksheet', () => new StandinWorksheet(this.context, (tx) => this.require(tx).sheet));
  }

  /** A range derived from this one; `derive` returns the new rectangle or throws InvalidArgument. */
  private derived(derive: (rect: Rect, target: RangeTarget) => Rect | null, nullable = false): StandinRange {
    return new StandinRange(
      this.context,
      (tx) => {
        const target = this.resolve(tx);
        if (target === null) {
          if (nullable) return null;
          throw standinErrors.itemNotFound('Range');
        }
        const rect = derive(target.rect, target);
        if (rect === null) return null;
        if (!isInsideGrid(rect)) throw standinErrors.invalidArgument('Range');
        return new RangeTarget(target.sheet, rect);
      },
      { nullable },
    );
  }

  private otherRect(other: unknown, target: RangeTarget, tx: BatchTransaction, location: string): Rect {
    if (other instanceof StandinRange) {
      this.sameContext(other);
      const resolved = other.require(tx);
      if (resolved.sheet !== target.sheet) throw standinErrors.invalidArgument(location);
      return resolved.rect;
    }
    if (typeof other === 'string') {
      const parsed = parseAddress(other);
      if (!parsed || (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== target.sheet.name.toLowerCase())) {
        throw standinErrors.invalidArgument(location);
      }
      return parsed.rect;
    }
    throw standinErrors.invalidArgument(location);
  }

  getCell(row: number, column: number): StandinRange {
    return this.derived((rect) => ({ top: rect.top + row, left: rect.left + column, bottom: rect.top + row, right: rect.left + column }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): StandinRange {
    return this.derived((rect) => ({ top: rect.top + rowOffset, left: rect.left + columnOffset, bottom: rect.bottom + rowOffset, right: rect.right + columnOffset }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): StandinRange {
    this.gate('Range.getResizedRange');
    return this.derived((rect) => ({ top: rect.top, left: rect.left, bottom: rect.bottom + deltaRows, right: rect.right + deltaColumns }));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): StandinRange {
    return this.derived((rect) => ({ top: rect.top, left: rect.left, bottom: rect.top + numRows - 1, right: rect.left + numColumns - 1 }));
  }

  getRow(row: number): StandinRange {
    return this.derived((rect) => ({ top: rect.top + row, left: rect.left, bottom: rect.top + row, right: rect.right }));
  }

  getColumn(column: number): StandinRange {
    return this.derived((rect) => ({ top: rect.top, left: rect.left + column, bottom: rect.bottom, right: rect.left + column }));
  }

  getEntireRow(): StandinRange {
    return this.derived((rect) => ({ top: rect.top, left: 0, bottom: rect.bottom, right: MAX_COLUMNS - 1 }));
  }

  getEntireColumn(): StandinRange {
    return this.derived((rect) => ({ top: 0, left: rect.left, bottom: MAX_ROWS - 1, right: rect.right }));
  }

  getLastCell(): StandinRange {
    return this.derived((rect) => ({ top: rect.bottom, left: rect.right, bottom: rect.bottom, right: rect.right }));
  }

  getLastRow(): StandinRange {
    return this.derived((rect) => ({ top: rect.bottom, left: rect.left, bottom: rect.bottom, right: rect.right }));
  }

  getLastColumn(): StandinRange {
    return this.derived((rect) => ({ top: rect.top, left: rect.right, bottom: rect.bottom, right: rect.right }));
  }

  getBoundingRect(anotherRange: StandinRange | string): StandinRange {
    return new StandinRange(this.context, (tx) => {
      const target = this.require(tx);
      return new RangeTarget(target.sheet, boundingRect(target.rect, this.otherRect(anotherRange, target, tx, 'Range.getBoundingRect')));
    });
  }

  getIntersection(anotherRange: StandinRange | string): StandinRange {
    return new StandinRange(this.context, (tx) => {
      const target = this.require(tx);
      const overlap = intersectRects(target.rect, this.otherRect(anotherRange, target, tx, 'Range.getIntersection'));
      if (!overlap) throw standinErrors.invalidArgument('Range.getIntersection');
      return new RangeTarget(target.sheet, overlap);
    });
  }

  getIntersectionOrNullObject(anotherRange: StandinRange | string): StandinRange {
    this.gate('Range.getIntersectionOrNullObject');
    return new StandinRange(
      this.context,
      (tx) => {
        const target = this.resolve(tx);
        if (target === null) return null;
        const overlap = intersectRects(target.rect, this.otherRect(anotherRange, target, tx, 'Range.getIntersectionOrNullObject'));
        return overlap ? new RangeTarget(target.sheet, overlap) : null;
      },
      { nullable: true },
    );
  }

  getUsedRange(valuesOnly?: boolean): StandinRange {
    this.gate('Range.getUsedRange');
    return new StandinRange(this.context, (tx) => {
      const target = this.require(tx);
      const used = target.sheet.usedRect(valuesOnly === true);
      const overlap = used ? intersectRects(used, target.rect) : undefined;
      if (!overlap) throw standinErrors.itemNotFound('Range.getUsedRange');
      return new RangeTarget(target.sheet, overlap);
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): StandinRange {
    this.gate('Range.getUsedRangeOrNullObject');
    return new StandinRange(
      this.context,
      (tx) => {
        const target = this.resolve(tx);
        const used = target?.sheet.usedRect(valuesOnly === true);
        const overlap = target && used ? intersectRects(used, target.rect) : undefined;
        return target && overlap ? new RangeTarget(target.sheet, overlap) : null;
      },
      { nullable: true },
    );
  }

  getMergedAreasOrNullObject(): StandinRangeAreas {
    this.gate('Range.getMergedAreasOrNullObject');
    return new StandinRangeAreas(
      this.context,
      (tx) => {
        const target = this.resolve(tx);
        if (target === null) return null;
        const merges = target.sheet.merges.filter((merge) => intersectRects(merge, target.rect));
        return merges.length > 0 ? { sheet: target.sheet, rects: merges } : null;
      },
      { nullable: true },
    );
  }

  merge(across?: boolean): void {
    if (!this.gate('Range.merge')) return;
    this.queueAction((target, tx) => mergeRange(target, across === true, tx));
  }

  unmerge(): void {
    if (!this.gate('Range.unmerge')) return;
    this.queueAction((target, tx) => unmergeRange(target, tx));
  }

  /**
   * Inserts blank rows or columns in place of this range (whole rows with 'Down', whole columns with
   * 'Right') and returns the range at the now blank space. Other ranges are not emulated (NotImplemented).
   */
  insert(shift: string): StandinRange {
    let inserted: RangeTarget | undefined;
    this.queueAction((target, tx) => {
      const rect = insertOrDeleteRange(target, 'insert', shift, tx);
      inserted = new RangeTarget(target.sheet, rect);
    });
    return new StandinRange(this.context, () => inserted ?? null);
  }

  /** Deletes the rows ('Up') or columns ('Left') of this whole-row or whole-column range. */
  delete(shift: string): void {
    this.queueAction((target, tx) => void insertOrDeleteRange(target, 'delete', shift, tx));
  }

  clear(applyTo?: string): void {
    this.queueAction((target, tx) => clearRange(target, applyTo ?? 'All', tx));
  }

  select(): void {
    this.queueAction((target, tx) => {
      const { workbook } = this.engine;
      workbook.selection = { sheetId: target.sheet.id, rect: { ...target.rect } };
      workbook.activeSheetId = target.sheet.id;
      tx.touched();
    });
  }

  /** Internal: whether this is a single cell, for collections that take a cell (notes, comments). */
  static singleCell(target: RangeTarget, location: string): RangeTarget {
    if (!isSingleCell(target.rect)) throw standinErrors.invalidArgument(location);
    return target;
  }
}
