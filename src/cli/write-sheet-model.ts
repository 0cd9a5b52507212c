import type ExcelJS from 'exceljs';
import type { SheetModel, SheetValue } from '../core/summary/sheet-model';
import { layoutSheet } from '../core/summary/sheet-model';
import { sheetText } from './sheet-text';

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

export const cellValue = (v: SheetValue): SheetValue => (typeof v === 'string' ? sheetText(v) : v);

/**
 * A summary sheet (the layout the add-in inserts, from the core's
 * summarySheet/layoutSheet) written with ExcelJS, row by row so that a
 * streaming writer can commit each. Its links point into the checked
 * workbook, which is another file here: the cells keep their address text.
 * ExcelJS writes no charts, so the chart of scores by 一级指标 is left out.
 */
export function writeSheetModel(ws: ExcelJS.Worksheet, model: SheetModel): void {
  ws.columns = model.columnWidths.map((width) => ({ width }));
  const { rows, blockStart } = layoutSheet(model);
  const titles = new Set(blockStart.map((s) => s - 2));
  const headers = new Set(blockStart.map((s) => s - 1));
  rows.forEach((values, i) => {
    const row = ws.addRow(values.map(cellValue));
    if (i === 0) row.font = { bold: true, size: 14 };
    else if (titles.has(i)) row.font = { bold: true };
    else if (headers.has(i)) {
      row.eachCell((cell) => {
        cell.font = { bold: true };
        cell.fill = HEADER_FILL;
      });
    }
    row.commit();
  });
}
