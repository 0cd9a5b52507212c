import { parseAddress } from '../address';
import { normalizeColor } from '../colors';
import { Recalculation } from '../formula/recalculation';
import { errorLiteral } from '../typed-input';
import type { StandinSheetData, StandinWorkbookData } from '../workbook-data';
import { rootNamespaceOf } from '../xml-inspection';
import type { SheetModel } from './sheet';
import { WorkbookModel } from './workbook';

function invalidData(message: string): Error {
  return new Error(`Invalid stand-in workbook data: ${message}`);
}

function loadSheet(sheet: SheetModel, data: StandinSheetData, fresh: Array<{ sheet: SheetModel; row: number; column: number }>): void {
  const rowCount = Math.max(data.cells.length, data.formulas?.length ?? 0, data.numberFormats?.length ?? 0);
  for (let r = 0; r < rowCount; r++) {
    const width = Math.max(data.cells[r]?.length ?? 0, data.formulas?.[r]?.length ?? 0, data.numberFormats?.[r]?.length ?? 0, data.fills?.[r]?.length ?? 0, data.fontColors?.[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const value = data.cells[r]?.[c] ?? null;
      const formulaText = data.formulas?.[r]?.[c] ?? null;
      const numberFormat = data.numberFormats?.[r]?.[c] ?? null;
      const fill = data.fills?.[r]?.[c] ?? null;
      const fontColor = data.fontColors?.[r]?.[c] ?? null;
      if (value === null && formulaText === null && numberFormat === null && fill === null && fontColor === null) continue;
      const cell = sheet.ensureCell(r, c);
      if (numberFormat !== null) cell.numberFormat = numberFormat;
      if (fill !== null) cell.fill = normalizeColor(fill, `${data.name} fill`);
      if (fontColor !== null) cell.fontColor = normalizeColor(fontColor, `${data.name} font colour`);
      if (value !== null) {
        const error = typeof value === 'string' ? errorLiteral(value) : undefined;
        cell.value = error ?? value;
        cell.isError = error !== undefined;
      }
      if (formulaText !== null) {
        cell.formula = formulaText.startsWith('=') ? formulaText : `=${formulaText}`;
        if (value === null) fresh.push({ sheet, row: r, column: c });
      }
    }
  }
  for (const merge of data.merges ?? []) {
    const parsed = parseAddress(merge);
    if (!parsed) throw invalidData(`merge "${merge}" on ${data.name}`);
    sheet.merges.push(parsed.rect);
  }
  for (const note of data.notes ?? []) {
    const parsed = parseAddress(note.address);
    if (!parsed) throw invalidData(`note address "${note.address}" on ${data.name}`);
    sheet.notes.push({ row: parsed.rect.top, column: parsed.rect.left, content: note.content, authorName: note.author ?? '', visible: false, width: 144, height: 79, deleted: false });
  }
  if (data.visibility) sheet.visibility = data.visibility;
  if (data.tabColor) sheet.tabColor = normalizeColor(data.tabColor, `${data.name} tab colour`);
}

/** Builds the in-memory workbook; formulas without a cached value are computed. */
export function workbookFromData(data: StandinWorkbookData): WorkbookModel {
  const workbook = new WorkbookModel();
  const fresh: Array<{ sheet: SheetModel; row: number; column: number }> = [];
  if (data.sheets.length === 0) throw invalidData('a workbook needs at least one sheet');
  for (const sheetData of data.sheets) {
    if (workbook.sheetByName(sheetData.name)) throw invalidData(`duplicate sheet name "${sheetData.name}"`);
    loadSheet(workbook.addSheet(sheetData.name), sheetData, fresh);
  }
  for (const name of data.names ?? []) {
    workbook.names.push({ name: name.name, formula: name.formula.startsWith('=') ? name.formula : `=${name.formula}`, comment: name.comment ?? '', visible: true, deleted: false });
  }
  for (const [key, value] of Object.entries(data.settings ?? {})) {
    workbook.settings.push({ key, json: JSON.stringify(value), deleted: false });
  }
  for (const xml of data.customXmlParts ?? []) {
    const namespaceUri = rootNamespaceOf(xml);
    if (namespaceUri === undefined) throw invalidData('a custom XML part is not well-formed XML');
    workbook.customXmlParts.push({ id: workbook.nextId('customXmlPart'), xml, namespaceUri, deleted: false });
  }
  if (data.activeSheet) {
    const active = workbook.sheetByName(data.activeSheet);
    if (!active) throw invalidData(`active sheet "${data.activeSheet}" does not exist`);
    workbook.activeSheetId = active.id;
  }
  new Recalculation(workbook).run([], fresh);
  return workbook;
}
