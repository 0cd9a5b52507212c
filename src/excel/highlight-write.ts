import type { ExcelCaps } from './caps';
import { SEVERITY_FILL, conditionalFormula, type AppliedMark, type ConditionalRun, type MarkOps } from './highlights';
import { cellA1, rangeA1 } from './address';

/** The record an anchor name carries in its comment: original fill and note, and what the add-in applied. */
export function anchorComment(m: AppliedMark): string {
  return JSON.stringify({ o: m.original.fill, u: m.original.note ? 1 : 0, f: m.fill, n: m.note === null ? 0 : 1 });
}

/** Queues the operations of `ops` (fills, notes or comments, anchor names) on `context`. */
export function queueMarkOps(context: Excel.RequestContext, caps: ExcelCaps, ops: MarkOps): void {
  const wb = context.workbook;
  const cell = (sheetId: string, row: number, col: number) => wb.worksheets.getItem(sheetId).getRange(cellA1({ row, col }));
  for (const f of ops.fills) {
    const fill = cell(f.sheetId, f.row, f.col).format.fill;
    if (f.color) fill.color = f.color;
    else fill.clear();
  }
  for (const n of ops.notesDelete) {
    const where = cell(n.sheetId, n.row, n.col);
    if (caps.annotations === 'notes') wb.worksheets.getItem(n.sheetId).notes.getItem(cellA1(n)).delete();
    else if (caps.annotations === 'comments') wb.comments.getItemByCell(where).delete();
  }
  for (const n of ops.notesUpdate) {
    if (caps.annotations === 'notes') wb.worksheets.getItem(n.sheetId).notes.getItem(cellA1(n)).content = n.text;
    else if (caps.annotations === 'comments') wb.comments.getItemByCell(cell(n.sheetId, n.row, n.col)).content = n.text;
  }
  for (const n of ops.notesAdd) {
    if (caps.annotations === 'notes') wb.worksheets.getItem(n.sheetId).notes.add(cell(n.sheetId, n.row, n.col), n.text);
    else if (caps.annotations === 'comments') wb.comments.add(cell(n.sheetId, n.row, n.col), n.text);
  }
  for (const name of ops.anchorsDelete) wb.names.getItem(name).delete();
  for (const m of ops.anchorsUpdate) wb.names.getItem(m.anchor).comment = anchorComment(m);
  for (const m of ops.anchorsAdd) {
    const item = wb.names.add(m.anchor, cell(m.sheetId, m.row, m.col), anchorComment(m));
    item.visible = false;
  }
}

/** Adds one native conditional format per run (empty 偏差原因 while 得分 < 分值). */
export function queueConditionalRuns(context: Excel.RequestContext, runs: ConditionalRun[]): void {
  for (const run of runs) {
    const cf = context.workbook.worksheets.getItem(run.sheetId).getRange(rangeA1(run.range)).conditionalFormats.add('Custom');
    cf.custom.rule.formula = conditionalFormula(run);
    cf.custom.format.fill.color = SEVERITY_FILL.error;
  }
}
