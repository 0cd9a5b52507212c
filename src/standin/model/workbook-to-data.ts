import { cellA1, formatRect } from '../address';
import type { StandinCellValue, StandinSheetData, StandinWorkbookData } from '../workbook-data';
import { DEFAULT_NUMBER_FORMAT } from './cell';
import type { SheetModel } from './sheet';
import type { WorkbookModel } from './workbook';

function grid<T>(rows: number, columns: number, fill: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => fill));
}

function sheetToData(sheet: SheetModel): StandinSheetData {
  let rows = 0;
  let columns = 0;
  sheet.forEachCell((_cell, row, column) => {
    rows = Math.max(rows, row + 1);
    columns = Math.max(columns, column + 1);
  });
  const cells = grid<StandinCellValue>(rows, columns, null);
  const formulas = grid<string | null>(rows, columns, null);
  const numberFormats = grid<string | null>(rows, columns, null);
  const fills = grid<string | null>(rows, columns, null);
  const fontColors = grid<string | null>(rows, columns, null);
  let hasFormula = false;
  let hasFormat = false;
  let hasFill = false;
  let hasFontColor = false;
  sheet.forEachCell((cell, row, column) => {
    cells[row][column] = cell.value === '' && cell.formula === null ? null : cell.value;
    if (cell.formula !== null) {
      formulas[row][column] = cell.formula;
      hasFormula = true;
    }
    if (cell.numberFormat !== DEFAULT_NUMBER_FORMAT) {
      numberFormats[row][column] = cell.numberFormat;
      hasFormat = true;
    }
    if (cell.fill !== null) {
      fills[row][column] = cell.fill;
      hasFill = true;
    }
    if (cell.fontColor !== null) {
      fontColors[row][column] = cell.fontColor;
      hasFontColor = true;
    }
  });
  const data: StandinSheetData = { name: sheet.name, cells };
  if (hasFormula) data.formulas = formulas;
  if (hasFormat) data.numberFormats = numberFormats;
  if (hasFill) data.fills = fills;
  if (hasFontColor) data.fontColors = fontColors;
  if (sheet.merges.length > 0) data.merges = sheet.merges.map(formatRect);
  const notes = sheet.liveNotes();
  if (notes.length > 0) data.notes = notes.map((note) => ({ address: cellA1(note.row, note.column), content: note.content, author: note.authorName }));
  if (sheet.visibility !== 'Visible') data.visibility = sheet.visibility as StandinSheetData['visibility'];
  if (sheet.tabColor !== '') data.tabColor = sheet.tabColor;
  return data;
}

/** Exports the current state as loadable data (values, formulas, formats, fills, merges, notes, names, settings, XML parts). */
export function workbookToData(workbook: WorkbookModel): StandinWorkbookData {
  const data: StandinWorkbookData = { sheets: workbook.sheets.map(sheetToData), activeSheet: workbook.activeSheet().name };
  if (workbook.names.length > 0) data.names = workbook.names.map((item) => ({ name: item.name, formula: item.formula, comment: item.comment }));
  if (workbook.settings.length > 0) data.settings = Object.fromEntries(workbook.settings.map((s) => [s.key, JSON.parse(s.json) as unknown]));
  if (workbook.customXmlParts.length > 0) data.customXmlParts = workbook.customXmlParts.map((part) => part.xml);
  return data;
}
