/**
 * Plain data describing a workbook for the stand-in: what tests and the playground load, and what
 * `host.toWorkbookData()` exports. Rows are outer arrays, columns inner arrays, starting at A1.
 */

export type StandinCellValue = string | number | boolean | null;

export interface StandinNoteData {
  /** Cell address on this sheet, e.g. "B3". */
  address: string;
  content: string;
  author?: string;
}

export interface StandinSheetData {
  name: string;
  /**
   * Stored cell values (null = empty). A string equal to an Excel error literal ("#DIV/0!", "#N/A", …) is
   * stored as that error. For a formula cell this is the cached result (null = compute it).
   */
  cells: StandinCellValue[][];
  numberFormats?: (string | null)[][];
  /** Formula text per cell ("=SUM(B2:B9)"), null for constants. */
  formulas?: (string | null)[][];
  /** Merged areas, e.g. "B3:B9". */
  merges?: string[];
  /** Fill colours ("#RRGGBB" or a CSS name), null for no fill. */
  fills?: (string | null)[][];
  /** Font colours, null for the default colour. */
  fontColors?: (string | null)[][];
  notes?: StandinNoteData[];
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Tab colour "#RRGGBB"; omitted or '' for none. */
  tabColor?: string;
}

export interface StandinNamedItemData {
  name: string;
  /** Formula text, e.g. "=Sheet1!$B$3" or "=0.6". */
  formula: string;
  comment?: string;
}

export interface StandinWorkbookData {
  sheets: StandinSheetData[];
  names?: StandinNamedItemData[];
  /** Workbook settings (Excel.SettingCollection) by key; values must be JSON-serialisable. */
  settings?: Record<string, unknown>;
  /** Custom XML parts, as XML text. */
  customXmlParts?: string[];
  /** Name of the active sheet; the first sheet when omitted. */
  activeSheet?: string;
}

/** A sheet from a plain 2-D array of values; formulas may be given inline as strings starting with "=". */
export function sheetFromRows(
  name: string,
  rows: StandinCellValue[][],
  extras: Omit<StandinSheetData, 'name' | 'cells'> = {},
): StandinSheetData {
  const hasInlineFormula = rows.some((row) => row.some((value) => typeof value === 'string' && value.startsWith('=')));
  if (!hasInlineFormula) return { name, cells: rows.map((row) => [...row]), ...extras };
  const cells = rows.map((row) => row.map((value) => (typeof value === 'string' && value.startsWith('=') ? null : value)));
  const inline = rows.map((row) => row.map((value) => (typeof value === 'string' && value.startsWith('=') ? value : null)));
  const formulas = extras.formulas
    ? inline.map((row, r) => row.map((value, c) => value ?? extras.formulas?.[r]?.[c] ?? null))
    : inline;
  return { name, cells, ...extras, formulas };
}

/** A workbook from sheet names mapped to 2-D arrays, in insertion order. */
export function workbookFromRows(sheets: Record<string, StandinCellValue[][]>): StandinWorkbookData {
  return { sheets: Object.entries(sheets).map(([name, rows]) => sheetFromRows(name, rows)) };
}

/** A workbook from sheets built with `sheetFromRows`. */
export function workbookFromSheets(...sheets: StandinSheetData[]): StandinWorkbookData {
  return { sheets };
}
