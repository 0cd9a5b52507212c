import { type Rect, intersectRects, isSingleCell, rectColumns, rectContainsRect, rectRows, subtractRect } from '../address';
import { cellDisplayText } from '../cell-text';
import { standinErrors } from '../errors';
import type { Recalculation } from '../formula/recalculation';
import type { BatchTransaction, CellValueState } from '../runtime/transaction';
import { type TypedInput, interpretInput } from '../typed-input';
import { type CellHyperlink, cellHasContent, cellHasFormatting, cellValueType, clearCellContents, clearCellFormats, DEFAULT_NUMBER_FORMAT } from './cell';
import type { RangeTarget } from './range-target';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type SheetModel } from './sheet';

/**
 * A 2-D input for a range: exactly rows × columns, or a single non-array value broadcast to every cell.
 * Anything else is InvalidArgument, as in Excel.
 */
export function inputMatrix(target: RangeTarget, input: unknown, location: string): unknown[][] {
  const rows = rectRows(target.rect);
  const columns = rectColumns(target.rect);
  if (!Array.isArray(input)) {
    if (input === null || input === undefined) throw standinErrors.invalidArgument(location);
    return Array.from({ length: rows }, () => Array.from({ length: columns }, () => input));
  }
  const valid = input.length === rows && input.every((row) => Array.isArray(row) && row.length === columns);
  if (!valid) throw standinErrors.invalidArgument(location);
  return input as unknown[][];
}

function valueState(sheet: SheetModel, rect: Rect): CellValueState {
  const cell = sheet.cell(rect.top, rect.left);
  return { value: cell ? cell.value : '', valueType: cellValueType(cell) };
}

function isHiddenMergedCell(sheet: SheetModel, row: number, column: number): boolean {
  const merge = sheet.mergeAt(row, column);
  return merge !== undefined && (merge.top !== row || merge.left !== column);
}

/** Writes `values` or `formulas` input as if typed; formulas are checked before anything is applied. */
export function writeCellInputs(target: RangeTarget, input: unknown, location: string, recalculation: Recalculation, tx: BatchTransaction): void {
  const { sheet, rect } = target;
  const matrix = inputMatrix(target, input, location);
  const typed: TypedInput[][] = matrix.map((row, i) =>
    row.map((raw, j) => interpretInput(raw, sheet.cell(rect.top + i, rect.left + j)?.numberFormat ?? DEFAULT_NUMBER_FORMAT)),
  );
  for (const row of typed) {
    for (const entry of row) {
      if (entry.kind === 'invalid') throw standinErrors.invalidArgument(location);
      if (entry.kind === 'formula' && !recalculation.isValidFormula(entry.formula)) throw standinErrors.invalidArgument(location);
    }
  }
  const before = isSingleCell(rect) ? valueState(sheet, rect) : undefined;
  typed.forEach((row, i) =>
    row.forEach((entry, j) => {
      const r = rect.top + i;
      const c = rect.left + j;
      if (entry.kind === 'unchanged' || entry.kind === 'invalid') return;
      if (isHiddenMergedCell(sheet, r, c)) return;
      if (entry.kind === 'clear') {
        const existing = sheet.cell(r, c);
        if (existing) clearCellContents(existing);
        return;
      }
      const cell = sheet.ensureCell(r, c);
      if (entry.kind === 'formula') {
        cell.formula = entry.formula;
        cell.value = '';
        cell.isError = false;
        tx.formulaEntered(sheet, r, c);
        return;
      }
      cell.formula = null;
      cell.value = entry.value;
      cell.isError = entry.isError;
      if (entry.impliedFormat && cell.numberFormat === DEFAULT_NUMBER_FORMAT) cell.numberFormat = entry.impliedFormat;
    }),
  );
  tx.contentsChanged(sheet, rect);
  tx.dataEdited(sheet, rect, before);
}

export function writeNumberFormats(target: RangeTarget, input: unknown, location: string, tx: BatchTransaction): void {
  const matrix = inputMatrix(target, input, location);
  const { rect } = target;
  target.updateCells((cell, r, c) => {
    const format = matrix[r - rect.top][c - rect.left];
    if (format === null || format === undefined) return;
    if (typeof format !== 'string') throw standinErrors.invalidArgument(location);
    cell.numberFormat = format === '' ? DEFAULT_NUMBER_FORMAT : format;
  });
  tx.touched();
}

function dropBlankCells(sheet: SheetModel, rect: Rect): void {
  const blank: Array<[number, number]> = [];
  sheet.forEachStoredCell(rect, (cell, r, c) => {
    if (!cellHasContent(cell) && !cellHasFormatting(cell)) blank.push([r, c]);
  });
  for (const [r, c] of blank) sheet.deleteCell(r, c);
}

/** Removes conditional formatting from `rect`, trimming formats that extend beyond it. */
export function clearConditionalFormats(sheet: SheetModel, rect: Rect): void {
  for (const format of [...sheet.conditionalFormats]) {
    if (!format.ranges.some((area) => intersectRects(area, rect))) continue;
    format.ranges = format.ranges.flatMap((area) => subtractRect(area, rect));
    if (format.ranges.length === 0) {
      format.deleted = true;
      sheet.conditionalFormats = sheet.conditionalFormats.filter((other) => other !== format);
    }
  }
}

function unmergeInside(sheet: SheetModel, rect: Rect): void {
  sheet.merges = sheet.merges.filter((merge) => !rectContainsRect(rect, merge));
}

/** Range.clear(applyTo): All, Contents, Formats, Hyperlinks, RemoveHyperlinks, ResetContents. */
export function clearRange(target: RangeTarget, applyTo: string, tx: BatchTransaction): void {
  const { sheet, rect } = target;
  const contents = applyTo === 'All' || applyTo === 'Contents' || applyTo === 'ResetContents';
  const formats = applyTo === 'All' || applyTo === 'Formats' || applyTo === 'RemoveHyperlinks';
  const hyperlinks = applyTo === 'All' || applyTo === 'Hyperlinks' || applyTo === 'RemoveHyperlinks';
  if (!contents && !formats && !hyperlinks) throw standinErrors.invalidArgument('Range.clear');
  const before = contents && isSingleCell(rect) ? valueState(sheet, rect) : undefined;
  sheet.forEachStoredCell(rect, (cell) => {
    if (contents) clearCellContents(cell);
    if (formats) clearCellFormats(cell);
    if (hyperlinks) cell.hyperlink = null;
  });
  if (applyTo === 'All' || applyTo === 'Formats') {
    clearConditionalFormats(sheet, rect);
    unmergeInside(sheet, rect);
  }
  dropBlankCells(sheet, rect);
  if (contents) {
    tx.contentsChanged(sheet, rect);
    tx.dataEdited(sheet, rect, before);
  } else {
    tx.touched();
  }
}

/** Range.merge(across): keeps the upper-left value of each merged area and clears the rest. */
export function mergeRange(target: RangeTarget, across: boolean, tx: BatchTransaction): void {
  const { sheet, rect } = target;
  const areas: Rect[] = across
    ? Array.from({ length: rectRows(rect) }, (_, i) => ({ top: rect.top + i, left: rect.left, bottom: rect.top + i, right: rect.right }))
    : [rect];
  for (const area of areas) {
    if (isSingleCell(area)) continue;
    sheet.merges = sheet.merges.filter((merge) => !intersectRects(merge, area));
    sheet.forEachStoredCell(area, (cell, r, c) => {
      if (r !== area.top || c !== area.left) clearCellContents(cell);
    });
    sheet.merges.push(area);
  }
  tx.contentsChanged(sheet, rect);
}

export function unmergeRange(target: RangeTarget, tx: BatchTransaction): void {
  const { sheet, rect } = target;
  sheet.merges = sheet.merges.filter((merge) => !intersectRects(merge, rect));
  tx.touched();
}

export function setHyperlink(target: RangeTarget, hyperlink: unknown, tx: BatchTransaction): void {
  if (hyperlink !== null && (typeof hyperlink !== 'object' || Array.isArray(hyperlink))) throw standinErrors.invalidArgument('Range.hyperlink');
  const link = hyperlink as CellHyperlink | null;
  const copy: CellHyperlink | null = link
    ? Object.fromEntries(Object.entries(link).filter(([key, value]) => value !== undefined && ['address', 'documentReference', 'screenTip', 'textToDisplay'].includes(key)))
    : null;
  const empty = !copy || Object.keys(copy).length === 0;
  target.updateCells((cell) => {
    cell.hyperlink = empty ? null : { ...copy };
    if (!empty && copy?.textToDisplay !== undefined) {
      cell.formula = null;
      cell.value = copy.textToDisplay;
      cell.isError = false;
    }
  });
  if (!empty && copy?.textToDisplay !== undefined) {
    tx.contentsChanged(target.sheet, target.rect);
    tx.dataEdited(target.sheet, target.rect);
  } else {
    tx.touched();
  }
}

function textWidthPoints(text: string): number {
  let pixels = 0;
  for (const ch of text) pixels += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 14 : 7;
  return Math.round((pixels + 5) * 0.75 * 100) / 100;
}

/** RangeFormat.autofitColumns: width from the longest displayed text in each column of the range. */
export function autofitColumns(target: RangeTarget, tx: BatchTransaction): void {
  const { sheet, rect } = target;
  const widths = new Map<number, number>();
  sheet.forEachStoredCell(rect, (cell, _r, c) => {
    const text = cellDisplayText(cell);
    if (text === '') return;
    const longestLine = Math.max(...text.split('\n').map(textWidthPoints));
    widths.set(c, Math.max(widths.get(c) ?? 0, longestLine));
  });
  for (const [column, width] of widths) {
    if (width === DEFAULT_COLUMN_WIDTH) sheet.columnWidths.delete(column);
    else sheet.columnWidths.set(column, width);
  }
  tx.touched();
}

/** RangeFormat.autofitRows: one line per row, more for wrapped multi-line text. */
export function autofitRows(target: RangeTarget, tx: BatchTransaction): void {
  const { sheet, rect } = target;
  const lines = new Map<number, number>();
  sheet.forEachStoredCell(rect, (cell, r) => {
    const count = cell.wrapText ? cellDisplayText(cell).split('\n').length : 1;
    lines.set(r, Math.max(lines.get(r) ?? 1, count));
  });
  for (const [row, count] of lines) {
    if (count <= 1) sheet.rowHeights.delete(row);
    else sheet.rowHeights.set(row, DEFAULT_ROW_HEIGHT * count);
  }
  tx.touched();
}
