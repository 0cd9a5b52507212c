/** One worksheet cell: its content (value or formula with cached result) and its format. */

export type CellScalar = string | number | boolean;

export type BorderSide = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal' | 'DiagonalDown' | 'DiagonalUp';

export interface CellBorder {
  style: string;
  color: string;
  weight: string;
}

export interface CellHyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface CellModel {
  /** '' when the cell is empty. For a formula cell, the cached result. */
  value: CellScalar;
  /** True when `value` is an Excel error such as "#DIV/0!". */
  isError: boolean;
  /** The formula text ("=A1+B1"), or null for a constant. */
  formula: string | null;
  numberFormat: string;
  /** Fill colour "#RRGGBB", or null for no fill. */
  fill: string | null;
  /** Font colour "#RRGGBB", or null for the default (automatic) colour. */
  fontColor: string | null;
  bold: boolean;
  italic: boolean;
  fontName: string | null;
  fontSize: number | null;
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  hyperlink: CellHyperlink | null;
  borders: Partial<Record<BorderSide, CellBorder>>;
}

export const DEFAULT_NUMBER_FORMAT = 'General';
export const DEFAULT_FONT_NAME = 'Calibri';
export const DEFAULT_FONT_SIZE = 11;
export const DEFAULT_FONT_COLOR = '#000000';
/** What Excel reports for `format.fill.color` of a cell without fill. */
export const NO_FILL_REPORTED_COLOR = '#FFFFFF';
export const DEFAULT_HORIZONTAL_ALIGNMENT = 'General';
export const DEFAULT_VERTICAL_ALIGNMENT = 'Bottom';

export function createCell(): CellModel {
  return {
    value: '',
    isError: false,
    formula: null,
    numberFormat: DEFAULT_NUMBER_FORMAT,
    fill: null,
    fontColor: null,
    bold: false,
    italic: false,
    fontName: null,
    fontSize: null,
    wrapText: false,
    horizontalAlignment: DEFAULT_HORIZONTAL_ALIGNMENT,
    verticalAlignment: DEFAULT_VERTICAL_ALIGNMENT,
    hyperlink: null,
    borders: {},
  };
}

export function cellHasContent(cell: CellModel): boolean {
  return cell.formula !== null || cell.value !== '';
}

export function cellHasFormatting(cell: CellModel): boolean {
  return (
    cell.numberFormat !== DEFAULT_NUMBER_FORMAT ||
    cell.fill !== null ||
    cell.fontColor !== null ||
    cell.bold ||
    cell.italic ||
    cell.fontName !== null ||
    cell.fontSize !== null ||
    cell.wrapText ||
    cell.horizontalAlignment !== DEFAULT_HORIZONTAL_ALIGNMENT ||
    cell.verticalAlignment !== DEFAULT_VERTICAL_ALIGNMENT ||
    cell.hyperlink !== null ||
    Object.keys(cell.borders).length > 0
  );
}

export function clearCellContents(cell: CellModel): void {
  cell.value = '';
  cell.isError = false;
  cell.formula = null;
}

export function clearCellFormats(cell: CellModel): void {
  const blank = createCell();
  cell.numberFormat = blank.numberFormat;
  cell.fill = null;
  cell.fontColor = null;
  cell.bold = false;
  cell.italic = false;
  cell.fontName = null;
  cell.fontSize = null;
  cell.wrapText = false;
  cell.horizontalAlignment = blank.horizontalAlignment;
  cell.verticalAlignment = blank.verticalAlignment;
  cell.borders = {};
}

/** Excel's RangeValueType of a cell. Numbers are reported as "Double" whether or not they are whole. */
export function cellValueType(cell: CellModel | undefined): 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error' {
  if (!cell || (cell.value === '' && !cell.isError && cell.formula === null)) return 'Empty';
  if (cell.isError) return 'Error';
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  return 'String';
}
