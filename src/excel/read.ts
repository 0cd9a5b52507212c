import type { RangeRef } from '../core/grid/a1';
import type { CellInput, CellValue } from '../core/grid/grid';
import type { ExcelCaps } from './caps';
import { SheetGrid, type CellUpdate } from './sheet-grid';
import { parseAreas, rangeA1 } from './address';

/** What one scan reads from the workbook. */
export interface SheetRead {
  id: string;
  name: string;
  grid: SheetGrid;
}

export interface NameRead {
  name: string;
  formula: string;
  comment: string;
}

export interface WorkbookRead {
  sheets: SheetRead[];
  names: NameRead[];
  /** Workbook settings among `settingKeys`, by key; absent keys are missing. */
  settings: Map<string, unknown>;
}

function cellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/** One cell as the core wants it; "General" is the absence of a format, as the file reader reports it. */
export function cellInput(value: unknown, text: unknown, format: unknown, formula: unknown): CellInput {
  const v = cellValue(value);
  return {
    value: v,
    text: v === null ? undefined : typeof text === 'string' ? text : undefined,
    numberFormat: typeof format === 'string' && format !== 'General' ? format : undefined,
    // Text typed as '=x reads back as "=x" in formulas too; a formula's value differs from its text.
    formula: typeof formula === 'string' && formula.startsWith('=') && formula !== value ? formula : undefined,
  };
}

/** Rows of a used range placed at their sheet position, so grid row/col equal sheet row/col. */
function gridRows(used: Excel.Range): CellInput[][] {
  const rows: CellInput[][] = [];
  for (let r = 0; r < used.rowIndex; r++) rows.push([]);
  used.values.forEach((line, i) => {
    const row: CellInput[] = new Array<CellInput>(used.columnIndex);
    line.forEach((v, j) => row.push(cellInput(v, used.text[i]?.[j], used.numberFormat[i]?.[j], used.formulas[i]?.[j])));
    rows.push(row);
  });
  return rows;
}

/**
 * Reads every sheet into the core's grid model: one sync for the sheet list,
 * names and settings, one for all used ranges and merged areas together.
 * `beforeSecondSync` lets the caller queue more work on the listed sheets
 * (event registration) so that it travels in the same round trip.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  caps: ExcelCaps,
  settingKeys: string[],
  beforeSecondSync: (sheets: Excel.Worksheet[]) => void = () => undefined,
  aborted: () => boolean = () => false,
): Promise<WorkbookRead | null> {
  const wb = context.workbook;
  const sheets = wb.worksheets.load('items/name,items/id');
  const names = wb.names.load('items/name,items/formula,items/comment');
  const settings = settingKeys.map((key) => ({ key, item: wb.settings.getItemOrNullObject(key).load('value') }));
  await context.sync();
  if (aborted()) return null;

  const reads = sheets.items.map((ws) => ({
    ws,
    used: ws.getUsedRangeOrNullObject(true).load('values,text,numberFormat,formulas,rowIndex,columnIndex'),
    // RangeAreas.address lists every area ("S!A2:A3, S!B2:C2"), and reads as undefined on a sheet without merges.
    merged: caps.mergedAreas ? ws.getRange().getMergedAreasOrNullObject().load('address') : null,
  }));
  beforeSecondSync(sheets.items);
  await context.sync();
  if (aborted()) return null;

  const out: SheetRead[] = reads.map(({ ws, used, merged }) => {
    const merges: RangeRef[] = merged && !merged.isNullObject && merged.address ? parseAreas(merged.address) : [];
    const rows = used.isNullObject ? [] : gridRows(used);
    return { id: ws.id, name: ws.name, grid: SheetGrid.fromRows(ws.name, rows, merges) };
  });
  const found = new Map<string, unknown>();
  for (const s of settings) if (!s.item.isNullObject) found.set(s.key, s.item.value);
  return {
    sheets: out,
    names: names.items.map((n) => ({ name: n.name, formula: typeof n.formula === 'string' ? n.formula : String(n.formula), comment: n.comment ?? '' })),
    settings: found,
  };
}

/** A rectangle to read back on a sheet (a pasted block, formula cells that may have recalculated). */
export interface CellsRequest {
  sheetId: string;
  range: RangeRef;
}

/** Queues the loads for `requests`; after the sync, `collect()` gives the cells as updates per sheet id. */
export function queueCellReads(context: Excel.RequestContext, requests: CellsRequest[]): () => Map<string, CellUpdate[]> {
  const loads = requests.map((req) => ({
    req,
    range: context.workbook.worksheets.getItem(req.sheetId).getRange(rangeA1(req.range)).load('values,text,numberFormat,formulas'),
  }));
  return () => {
    const out = new Map<string, CellUpdate[]>();
    for (const { req, range } of loads) {
      const list = out.get(req.sheetId) ?? [];
      range.values.forEach((line, i) =>
        line.forEach((v, j) => {
          const c = cellInput(v, range.text[i]?.[j], range.numberFormat[i]?.[j], range.formulas[i]?.[j]);
          list.push({ row: req.range.top + i, col: req.range.left + j, value: c.value, text: c.text, numberFormat: c.numberFormat ?? 'General', formula: c.formula });
        }),
      );
      out.set(req.sheetId, list);
    }
    return out;
  };
}
