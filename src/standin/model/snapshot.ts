import { cellA1, columnLetters, formatRect } from '../address';
import { type CellModel, type CellScalar, cellHasContent, cellHasFormatting, DEFAULT_HORIZONTAL_ALIGNMENT, DEFAULT_NUMBER_FORMAT, DEFAULT_VERTICAL_ALIGNMENT } from './cell';
import type { SheetModel } from './sheet';
import type { WorkbookModel } from './workbook';

/** One cell in a snapshot; only non-default parts are present. */
export interface CellSnapshot {
  value: CellScalar;
  error?: true;
  formula?: string;
  numberFormat?: string;
  fill?: string;
  fontColor?: string;
  bold?: true;
  italic?: true;
  fontName?: string;
  fontSize?: number;
  wrapText?: true;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  hyperlink?: Record<string, string>;
  borders?: Record<string, { style: string; color: string; weight: string }>;
}

export interface ConditionalFormatSnapshot {
  type: string;
  ranges: string[];
  stopIfTrue: boolean;
  rule: Record<string, string>;
  format: Record<string, string | boolean>;
}

export interface SheetSnapshot {
  id: string;
  name: string;
  position: number;
  visibility: string;
  tabColor: string;
  /** Cells with content or formatting, by address ("B3"). */
  cells: Record<string, CellSnapshot>;
  merges: string[];
  /** In priority order (first = highest). Ids are left out: Excel does not keep them stable either. */
  conditionalFormats: ConditionalFormatSnapshot[];
  notes: Record<string, { content: string; authorName: string; visible: boolean }>;
  comments: Record<string, { id: string; content: string; authorName: string; resolved: boolean }>;
  charts: Array<{ name: string; chartType: string; source: string; seriesBy: string; title: string; left: number; top: number; width: number; height: number }>;
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
}

export interface WorkbookSnapshot {
  activeSheet: string;
  sheets: SheetSnapshot[];
  names: Array<{ name: string; formula: string; comment: string; visible: boolean }>;
  settings: Record<string, unknown>;
  customXmlParts: Array<{ id: string; namespaceUri: string; xml: string }>;
}

function cellSnapshot(cell: CellModel): CellSnapshot {
  const out: CellSnapshot = { value: cell.value };
  if (cell.isError) out.error = true;
  if (cell.formula !== null) out.formula = cell.formula;
  if (cell.numberFormat !== DEFAULT_NUMBER_FORMAT) out.numberFormat = cell.numberFormat;
  if (cell.fill !== null) out.fill = cell.fill;
  if (cell.fontColor !== null) out.fontColor = cell.fontColor;
  if (cell.bold) out.bold = true;
  if (cell.italic) out.italic = true;
  if (cell.fontName !== null) out.fontName = cell.fontName;
  if (cell.fontSize !== null) out.fontSize = cell.fontSize;
  if (cell.wrapText) out.wrapText = true;
  if (cell.horizontalAlignment !== DEFAULT_HORIZONTAL_ALIGNMENT) out.horizontalAlignment = cell.horizontalAlignment;
  if (cell.verticalAlignment !== DEFAULT_VERTICAL_ALIGNMENT) out.verticalAlignment = cell.verticalAlignment;
  if (cell.hyperlink) out.hyperlink = Object.fromEntries(Object.entries(cell.hyperlink).filter(([, v]) => v !== undefined)) as Record<string, string>;
  if (Object.keys(cell.borders).length > 0) out.borders = JSON.parse(JSON.stringify(cell.borders)) as CellSnapshot['borders'];
  return out;
}

function sheetSnapshot(sheet: SheetModel, position: number): SheetSnapshot {
  const cells: Array<[number, number, CellSnapshot]> = [];
  sheet.forEachCell((cell, row, column) => {
    if (cellHasContent(cell) || cellHasFormatting(cell)) cells.push([row, column, cellSnapshot(cell)]);
  });
  cells.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const sortedEntries = <T>(entries: Array<[number, T]>) => entries.sort((a, b) => a[0] - b[0]);
  return {
    id: sheet.id,
    name: sheet.name,
    position,
    visibility: sheet.visibility,
    tabColor: sheet.tabColor,
    cells: Object.fromEntries(cells.map(([row, column, snap]) => [cellA1(row, column), snap])),
    merges: sheet.merges.map(formatRect).sort(),
    conditionalFormats: sheet.liveConditionalFormats().map((format) => ({
      type: format.type,
      ranges: format.ranges.map(formatRect),
      stopIfTrue: format.stopIfTrue,
      rule: Object.fromEntries(Object.entries(format.rule).filter(([, v]) => v !== undefined)) as Record<string, string>,
      format: Object.fromEntries(Object.entries(format.format).filter(([, v]) => v !== null)) as Record<string, string | boolean>,
    })),
    notes: Object.fromEntries(
      sheet.liveNotes()
        .slice()
        .sort((a, b) => a.row - b.row || a.column - b.column)
        .map((note) => [cellA1(note.row, note.column), { content: note.content, authorName: note.authorName, visible: note.visible }]),
    ),
    comments: Object.fromEntries(
      sheet.liveComments()
        .slice()
        .sort((a, b) => a.row - b.row || a.column - b.column)
        .map((comment) => [cellA1(comment.row, comment.column), { id: comment.id, content: comment.content, authorName: comment.authorName, resolved: comment.resolved }]),
    ),
    charts: sheet.liveCharts().map((chart) => ({
      name: chart.name,
      chartType: chart.chartType,
      source: formatRect(chart.source),
      seriesBy: chart.seriesBy,
      title: chart.title,
      left: chart.left,
      top: chart.top,
      width: chart.width,
      height: chart.height,
    })),
    columnWidths: Object.fromEntries(sortedEntries([...sheet.columnWidths.entries()]).map(([c, w]) => [columnLetters(c), w])),
    rowHeights: Object.fromEntries(sortedEntries([...sheet.rowHeights.entries()]).map(([r, h]) => [String(r + 1), h])),
  };
}

/** A deep, plain copy of everything the stand-in models, comparable with `toEqual`. */
export function snapshotWorkbook(workbook: WorkbookModel): WorkbookSnapshot {
  return {
    activeSheet: workbook.activeSheet()?.name ?? '',
    sheets: workbook.sheets.map((sheet, index) => sheetSnapshot(sheet, index)),
    names: workbook.names.map((item) => ({ name: item.name, formula: item.formula, comment: item.comment, visible: item.visible })),
    settings: Object.fromEntries(workbook.settings.map((setting) => [setting.key, JSON.parse(setting.json) as unknown])),
    customXmlParts: workbook.customXmlParts.map((part) => ({ id: part.id, namespaceUri: part.namespaceUri, xml: part.xml })),
  };
}
