import * as path from 'path';
import ExcelJS from 'exceljs';
import type { StandinCellValue, StandinSheetData, StandinWorkbookData } from '../../../src/standin';

/** The seed fixtures the jest global setup writes. */
export const FIXTURE_DIR = path.join(__dirname, '..', '..', 'fixtures', 'out');
export const fixturePath = (file: string) => path.join(FIXTURE_DIR, file);

function scalar(v: ExcelJS.CellValue): { value: StandinCellValue; formula: string | null } {
  if (v === null || v === undefined) return { value: null, formula: null };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v, formula: null };
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10), formula: null };
  if ('richText' in v) return { value: v.richText.map((r) => r.text).join(''), formula: null };
  if ('formula' in v || 'sharedFormula' in v) {
    const f = v as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;
    const result = scalar((f.result ?? null) as ExcelJS.CellValue).value;
    return { value: result, formula: `=${'formula' in f ? f.formula : f.sharedFormula}` };
  }
  if ('error' in v) return { value: String(v.error), formula: null };
  if ('text' in v) return { value: String((v as { text: unknown }).text), formula: null };
  return { value: String(v), formula: null };
}

/** One ExcelJS worksheet as stand-in data: values (formula results), formulas, number formats, merges. */
function sheetData(ws: ExcelJS.Worksheet): StandinSheetData {
  const cells: StandinCellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return; // only the anchor holds the value
      const { value, formula } = scalar(cell.value);
      (cells[r - 1] ??= [])[c - 1] = value;
      (formulas[r - 1] ??= [])[c - 1] = formula;
      (numberFormats[r - 1] ??= [])[c - 1] = cell.numFmt || null;
      width = Math.max(width, c);
    });
  });
  const fill = <T>(rows: T[][], blank: T) => {
    for (let r = 0; r < rows.length; r++) {
      rows[r] = rows[r] ?? [];
      for (let c = 0; c < width; c++) if (rows[r][c] === undefined) rows[r][c] = blank;
    }
    return rows;
  };
  return {
    name: ws.name,
    cells: fill(cells, null),
    formulas: fill(formulas, null),
    numberFormats: fill(numberFormats, null),
    merges: (ws.model as { merges?: string[] }).merges ?? [],
  };
}

/** A fixture .xlsx as a workbook the stand-in can load. */
export async function fixtureWorkbook(file: string): Promise<StandinWorkbookData> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fixturePath(file));
  return { sheets: wb.worksheets.map(sheetData) };
}

export const FIXTURE_FILES = ['seed-000-luoyang.xlsx', 'seed-001-yueyang.xlsx', 'seed-003-luohu.xlsx', 'seed-004-wanzhou.xlsx'];
