/**
 * In-memory stand-in for the Excel JavaScript API (the subset the add-in uses), for tests and the browser
 * playground. Plain TypeScript: no Node modules. See README.md in this folder for what is emulated.
 */
export { createStandin, type Standin, type StandinOptions } from './create-standin';
export type { StandinExcel } from './excel-namespace';
export type { StandinOffice, StandinOfficeInfo, StandinPlatform } from './office-namespace';
export type { StandinCellInfo, StandinHost } from './host-control';
export type { CellSnapshot, ConditionalFormatSnapshot, SheetSnapshot, WorkbookSnapshot } from './model/snapshot';
export {
  sheetFromRows,
  workbookFromRows,
  workbookFromSheets,
  type StandinCellValue,
  type StandinNamedItemData,
  type StandinNoteData,
  type StandinSheetData,
  type StandinWorkbookData,
} from './workbook-data';
export { StandinRichApiError, isRichApiError } from './errors';
export { formatNumber } from './number-format';
export { quoteSheetName, parseAddress, formatRect, qualifiedAddress } from './address';
