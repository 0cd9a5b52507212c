import type { TableSummary } from '../core/summary/table-summary';
import { freeSheetName, layoutSheet, summarySheet, type SheetValue } from '../core/summary/sheet-model';
import { columnName } from '../core/grid/a1';
import { qualified, rangeA1 } from './address';

const HEADER_FILL = '#DDEBF7';

/**
 * Adds the 绩效汇总 sheet (绩效汇总(2) … when taken) in two syncs: one to learn
 * the sheet names, one to write. Every string is written into a cell
 * formatted as text first, so workbook text such as "=x" or "-3分" stays text.
 */
export async function insertSummarySheet(context: Excel.RequestContext, tables: TableSummary[]): Promise<string> {
  const wb = context.workbook;
  const sheets = wb.worksheets.load('items/name');
  wb.load('name');
  await context.sync();

  const name = freeSheetName(sheets.items.map((s) => s.name));
  const model = summarySheet(tables, { name, source: wb.name || undefined });
  const { rows, blockStart } = layoutSheet(model);
  const width = Math.max(1, ...rows.map((r) => r.length));
  const cell = (v: SheetValue | undefined): string | number => (v === null || v === undefined ? '' : v);
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => cell(r[c])));
  const formats = values.map((r) => r.map((v) => (typeof v === 'string' && v !== '' ? '@' : 'General')));

  const ws = wb.worksheets.add(name);
  const all = ws.getRange(rangeA1({ top: 0, left: 0, bottom: rows.length - 1, right: width - 1 }));
  all.numberFormat = formats;
  all.values = values;

  ws.getRange('A1').format.font.bold = true;
  ws.getRange('A1').format.font.size = 14;
  model.blocks.forEach((b, i) => {
    const start = blockStart[i];
    ws.getRange(rangeA1({ top: start - 2, left: 0, bottom: start - 2, right: 0 })).format.font.bold = true;
    const header = ws.getRange(rangeA1({ top: start - 1, left: 0, bottom: start - 1, right: Math.max(0, b.header.length - 1) })).format;
    header.font.bold = true;
    header.fill.color = HEADER_FILL;
  });
  model.columnWidths.slice(0, width).forEach((chars, c) => {
    ws.getRange(`${columnName(c)}:${columnName(c)}`).format.columnWidth = Math.round(chars * 6);
  });

  for (const link of model.links) {
    const target = ws.getRange(rangeA1({ top: blockStart[link.block] + link.row, left: link.col, bottom: blockStart[link.block] + link.row, right: link.col }));
    target.hyperlink = { documentReference: qualified(link.sheet, link.cell), textToDisplay: link.text, screenTip: `转到 ${link.sheet}!${link.cell}` };
  }

  if (model.chart) {
    const block = model.blocks[model.chart.block];
    const start = blockStart[model.chart.block];
    const right = Math.max(...model.chart.valueCols);
    const source = ws.getRange(rangeA1({ top: start - 1, left: model.chart.categoryCol, bottom: start + block.rows.length - 1, right }));
    const chart = ws.charts.add('ColumnClustered', source, 'Columns');
    chart.title.text = model.chart.title;
    chart.setPosition(`${columnName(width + 1)}3`, `${columnName(width + 9)}20`);
  }
  ws.activate();
  await context.sync();
  return name;
}
