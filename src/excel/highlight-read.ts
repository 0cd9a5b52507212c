import type { RangeRef } from '../core/grid/a1';
import type { ExcelCaps } from './caps';
import { CF_MARKER, markKey, type MarkKey, type Original } from './highlights';
import { rangeA1 } from './address';

/** What the sheets look like before the add-in marks them, and the add-in's own conditional formats. */
export interface HighlightState {
  originals: Map<MarkKey, Original>;
  /** Conditional formats carrying the add-in's marker (from this or an earlier session), ready to delete. */
  markerFormats: Excel.ConditionalFormat[];
  /** Cells holding a note (or comment), by key. */
  annotated: Set<MarkKey>;
}

/** No fill reads as white; a cell filled white on purpose is put back without fill (Excel below 1.9 cannot tell them apart). */
const fillOf = (color: string | null | undefined): string | null => (!color || color.toUpperCase() === '#FFFFFF' ? null : color);

/**
 * Reads, in two syncs at most (the second only when needed), the fill of every
 * cell in `rects` (row by row, cell by cell only where a row is mixed), where
 * notes or comments are, and the add-in's conditional formats on `sheetIds`.
 */
export async function readHighlightState(
  context: Excel.RequestContext,
  caps: ExcelCaps,
  sheetIds: string[],
  rects: { sheetId: string; range: RangeRef }[],
): Promise<HighlightState> {
  const sheets = new Map(sheetIds.map((id) => [id, context.workbook.worksheets.getItem(id)]));
  for (const r of rects) if (!sheets.has(r.sheetId)) sheets.set(r.sheetId, context.workbook.worksheets.getItem(r.sheetId));

  const cfs = [...sheets].map(([id, ws]) => ({ id, list: ws.getRange().conditionalFormats.load('items/id,items/type') }));
  const rows = rects.flatMap(({ sheetId, range }) => {
    const out: { sheetId: string; row: number; left: number; right: number; fill: Excel.RangeFill }[] = [];
    for (let row = range.top; row <= range.bottom; row++) {
      const rowRange = { top: row, left: range.left, bottom: row, right: range.right };
      out.push({ sheetId, row, left: range.left, right: range.right, fill: sheets.get(sheetId)!.getRange(rangeA1(rowRange)).format.fill.load('color') });
    }
    return out;
  });
  const notes = [...sheets].map(([id, ws]) => ({
    id,
    notes: caps.annotations === 'notes' ? ws.notes.load('items') : null,
    comments: caps.annotations === 'comments' ? ws.comments.load('items') : null,
  }));
  await context.sync();

  let second = false;
  const customs = cfs.flatMap(({ list }) =>
    list.items.filter((cf) => cf.type === 'Custom').map((cf) => {
      second = true;
      return { cf, rule: cf.custom.rule.load('formula') };
    }),
  );
  const cells: { sheetId: string; row: number; col: number; fill: Excel.RangeFill }[] = [];
  for (const r of rows) {
    if (r.fill.color !== null && r.fill.color !== undefined) continue;
    for (let col = r.left; col <= r.right; col++) {
      second = true;
      cells.push({ sheetId: r.sheetId, row: r.row, col, fill: sheets.get(r.sheetId)!.getRange(rangeA1({ top: r.row, left: col, bottom: r.row, right: col })).format.fill.load('color') });
    }
  }
  const located: { id: string; item: Excel.Note | Excel.Comment }[] = [];
  for (const n of notes) {
    for (const item of n.notes?.items ?? []) located.push({ id: n.id, item });
    for (const item of n.comments?.items ?? []) located.push({ id: n.id, item });
  }
  const locations = located.map(({ id, item }) => {
    second = true;
    return { id, range: item.getLocation().load('rowIndex,columnIndex') };
  });
  if (second) await context.sync();

  const originals = new Map<MarkKey, Original>();
  const annotated = new Set(locations.map((l) => markKey(l.id, l.range.rowIndex, l.range.columnIndex)));
  for (const r of rows) {
    if (r.fill.color === null || r.fill.color === undefined) continue;
    for (let col = r.left; col <= r.right; col++) originals.set(markKey(r.sheetId, r.row, col), { fill: fillOf(r.fill.color), note: false });
  }
  for (const c of cells) originals.set(markKey(c.sheetId, c.row, c.col), { fill: fillOf(c.fill.color), note: false });
  for (const [key, o] of originals) if (annotated.has(key)) originals.set(key, { ...o, note: true });
  return {
    originals,
    markerFormats: customs.filter((c) => c.rule.formula.includes(CF_MARKER)).map((c) => c.cf),
    annotated,
  };
}
