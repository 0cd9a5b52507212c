import type { CellRef, RangeRef } from '../core/grid/a1';
import type { IndicatorKind, TableBinding, TemplateId } from '../core/binding/types';
import { parseRange, rangeToA1 } from '../core/grid/a1';
import type { Overrides } from './binding-edit';
import { remapBinding, shiftFromAnchors } from './binding-remap';
import type { AppliedMark } from './highlights';
import type { LiveModel } from './live-model';
import type { NameRead } from './read';
import { absoluteRange, cellA1, intersects, parseQualified, qualified } from './address';

/**
 * What the add-in keeps in the workbook. Bindings and corrections go in the
 * workbook setting `jixiao.tables`; the cells they point at are anchored by
 * hidden named ranges (JIXIAO_T1, JIXIAO_T1_R1 …), which Excel moves when rows
 * or columns are inserted, so that a reopened workbook finds them again.
 * Highlights are recorded by one hidden name per marked cell (JIXIAO_M1 …)
 * whose comment holds the cell's original fill and note.
 */
export const SETTING_TABLES = 'jixiao.tables';
export const SETTING_HIGHLIGHTS = 'jixiao.highlights';

const MARK_NAME = /^JIXIAO_M(\d+)$/;
const TABLE_NAME = /^JIXIAO_T\d+(_[A-Z]+\d*)?$/;
const TABLE_KEY = /^T(\d+)$/;

export interface SavedTable {
  key: string;
  sheet: string;
  template: TemplateId;
  /** The table's range when saved. */
  range: string;
  binding: TableBinding;
  kinds: { row: number; kind: IndicatorKind; anchor: string }[];
  cells: { role: string; row: number | null; rowAnchor: string | null; cell: string; anchor: string }[];
}

export interface SavedTables {
  version: 1;
  profileId: string | null;
  tables: SavedTable[];
}

/** A named range the add-in wants in the workbook. */
export interface AnchorName {
  name: string;
  sheetId: string;
  range: RangeRef;
}

export interface NamedRef {
  sheet: string;
  range: RangeRef;
}

/** The workbook's names that are the add-in's: table anchors, mark anchors; null where a name no longer points at cells (#REF!). */
export function ourNames(names: NameRead[]): { tables: Map<string, NamedRef | null>; marks: Map<string, { ref: NamedRef | null; comment: string }> } {
  const tables = new Map<string, NamedRef | null>();
  const marks = new Map<string, { ref: NamedRef | null; comment: string }>();
  for (const n of names) {
    if (MARK_NAME.test(n.name)) marks.set(n.name, { ref: parseQualified(n.formula), comment: n.comment });
    else if (TABLE_NAME.test(n.name)) tables.set(n.name, parseQualified(n.formula));
  }
  return { tables, marks };
}

const rowSpan = (row: number, r: RangeRef): RangeRef => ({ top: row, left: r.left, bottom: row, right: r.right });

/** The cells of a table worth a name of their own: the reported 总分 and 等次. */
function keyCells(b: TableBinding): { suffix: string; cell: CellRef }[] {
  const out: { suffix: string; cell: CellRef }[] = [];
  if ((b.template === 'project-self-eval' || b.template === 'dept-self-eval' || b.template === 'indicator-scoring') && b.total?.score) out.push({ suffix: 'TOTAL', cell: b.total.score });
  if ((b.template === 'project-self-eval' || b.template === 'dept-self-eval' || b.template === 'indicator-scoring') && b.grade) out.push({ suffix: 'GRADE', cell: b.grade.cell });
  return out;
}
const cellSpan = (c: CellRef): RangeRef => ({ top: c.row, left: c.col, bottom: c.row, right: c.col });

/** The saved form of the model's tables and the names anchoring them. */
export function saveTables(model: LiveModel, profileId: string | null): { saved: SavedTables; names: AnchorName[] } {
  const names: AnchorName[] = [];
  const tables = model.tables.map((t): SavedTable => {
    const b = t.binding;
    const sheetId = t.sheetId;
    names.push({ name: `JIXIAO_${t.key}`, sheetId, range: b.range });
    for (const k of keyCells(b)) names.push({ name: `JIXIAO_${t.key}_${k.suffix}`, sheetId, range: cellSpan(k.cell) });
    const rowAnchors = new Map<number, string>();
    const rowAnchor = (row: number) => {
      let name = rowAnchors.get(row);
      if (!name) {
        name = `JIXIAO_${t.key}_R${rowAnchors.size + 1}`;
        rowAnchors.set(row, name);
        names.push({ name, sheetId, range: rowSpan(row, b.range) });
      }
      return name;
    };
    const kinds = t.overrides.kinds.map((k) => ({ row: k.row, kind: k.kind, anchor: rowAnchor(k.row) }));
    const cells = t.overrides.cells.map((c, i) => {
      const anchor = `JIXIAO_${t.key}_C${i + 1}`;
      names.push({ name: anchor, sheetId, range: cellSpan(c.cell) });
      return { role: c.role, row: c.row, rowAnchor: c.row === null ? null : rowAnchor(c.row), cell: cellA1(c.cell), anchor };
    });
    return { key: t.key, sheet: model.sheetName(t), template: b.template, range: rangeToA1(b.range), binding: b, kinds, cells };
  });
  return { saved: { version: 1, profileId, tables }, names };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The saved tables, or null when the setting is missing or not ours (a damaged setting is ignored, never fatal). */
export function parseSavedTables(value: unknown): SavedTables | null {
  const v = typeof value === 'string' ? safeJson(value) : value;
  if (!isObject(v) || v.version !== 1 || !Array.isArray(v.tables)) return null;
  const tables = v.tables.filter(
    (t): t is SavedTable =>
      isObject(t) && typeof t.key === 'string' && TABLE_KEY.test(t.key) && typeof t.sheet === 'string' && typeof t.range === 'string' &&
      isObject(t.binding) && typeof t.binding.template === 'string' && Array.isArray(t.kinds) && Array.isArray(t.cells),
  );
  return { version: 1, profileId: typeof v.profileId === 'string' ? v.profileId : null, tables };
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return null;
  }
}

export interface RestoredTable {
  key: string;
  sheet: string;
  binding: TableBinding;
  overrides: Overrides;
  /** The saved binding was used (recognition no longer finds the table). */
  fromSaved: boolean;
}

/**
 * Puts saved tables back on the workbook as it is now. A saved table takes
 * the freshly recognised table it overlaps (same sheet and template) — so rows
 * added since are bound — or, when recognition no longer finds it, its saved
 * binding moved by the anchors. Corrections follow their anchors; one whose
 * cells were deleted is dropped. Fresh tables not saved get new keys.
 */
export function restoreTables(
  saved: SavedTables | null,
  names: Map<string, NamedRef | null>,
  fresh: { sheet: string; binding: TableBinding }[],
  sheetExists: (name: string) => boolean,
): RestoredTable[] {
  const out: RestoredTable[] = [];
  const used = new Set<number>();
  for (const t of saved?.tables ?? []) {
    const oldRange = safeRange(t.range);
    if (!oldRange) continue;
    const here = names.get(`JIXIAO_${t.key}`);
    if (here === null) continue; // the table's cells were deleted
    const sheet = here?.sheet ?? t.sheet;
    if (!sheetExists(sheet)) continue;
    const anchors = [
      { from: { row: oldRange.top, col: oldRange.left }, to: here ? { row: here.range.top, col: here.range.left } : { row: oldRange.top, col: oldRange.left } },
      { from: { row: oldRange.bottom, col: oldRange.right }, to: here ? { row: here.range.bottom, col: here.range.right } : { row: oldRange.bottom, col: oldRange.right } },
    ];
    for (const k of keyCells(t.binding)) {
      const ref = names.get(`JIXIAO_${t.key}_${k.suffix}`);
      if (ref) anchors.push({ from: k.cell, to: { row: ref.range.top, col: ref.range.left } });
    }
    const rowOf = (anchor: string | null, row: number): number | null => {
      if (!anchor) return row;
      const ref = names.get(anchor);
      if (ref === null) return null;
      if (ref) anchors.push({ from: { row, col: oldRange.left }, to: { row: ref.range.top, col: ref.range.left } });
      return ref ? ref.range.top : row;
    };
    const overrides: Overrides = { kinds: [], cells: [] };
    for (const k of t.kinds) {
      const row = rowOf(k.anchor, k.row);
      if (row !== null) overrides.kinds.push({ row, kind: k.kind });
    }
    for (const c of t.cells) {
      const row = c.row === null ? null : rowOf(c.rowAnchor, c.row);
      const ref = names.get(c.anchor);
      const old = safeRange(c.cell);
      if ((c.row !== null && row === null) || ref === null || !old) continue;
      overrides.cells.push({ role: c.role, row, cell: ref ? { row: ref.range.top, col: ref.range.left } : { row: old.top, col: old.left } });
    }
    const shift = shiftFromAnchors(anchors);
    const moved = remapBinding({ ...t.binding, sheet } as TableBinding, shift);
    const match = fresh.findIndex((f, i) => !used.has(i) && f.sheet === sheet && f.binding.template === t.template && intersects(f.binding.range, moved.range));
    if (match >= 0) used.add(match);
    out.push({ key: t.key, sheet, binding: match >= 0 ? fresh[match].binding : moved, overrides, fromSaved: match < 0 });
  }
  let next = Math.max(0, ...out.map((t) => Number(TABLE_KEY.exec(t.key)?.[1] ?? 0)));
  const kept = [...out];
  fresh.forEach((f, i) => {
    if (used.has(i)) return;
    // Where a saved binding was kept, what recognition now finds in its place is not a second table.
    if (kept.some((t) => t.fromSaved && t.sheet === f.sheet && intersects(t.binding.range, f.binding.range))) return;
    out.push({ key: `T${++next}`, sheet: f.sheet, binding: f.binding, overrides: { kinds: [], cells: [] }, fromSaved: false });
  });
  return out;
}

function safeRange(a1: string): RangeRef | null {
  try {
    return parseRange(a1);
  } catch {
    return null;
  }
}

/** Marks recorded in the workbook by their anchor names, where the anchors are now. */
export function restoreMarks(marks: Map<string, { ref: NamedRef | null; comment: string }>, sheetIdOf: (name: string) => string | undefined): { applied: AppliedMark[]; broken: string[] } {
  const applied: AppliedMark[] = [];
  const broken: string[] = [];
  for (const [anchor, { ref, comment }] of marks) {
    const rec = safeJson(comment);
    const sheetId = ref ? sheetIdOf(ref.sheet) : undefined;
    if (!ref || !sheetId || !isObject(rec)) {
      broken.push(anchor);
      continue;
    }
    const str = (x: unknown) => (typeof x === 'string' ? x : null);
    applied.push({
      sheetId,
      row: ref.range.top,
      col: ref.range.left,
      fill: str(rec.f),
      // The note's text is not kept: '' makes the next update rewrite it.
      note: rec.n ? '' : null,
      original: { fill: str(rec.o), note: !!rec.u },
      anchor,
    });
  }
  return { applied, broken };
}

/** The next free mark anchor number after those in use. */
export function nextMarkNumber(names: Iterable<string>): number {
  let max = 0;
  for (const n of names) max = Math.max(max, Number(MARK_NAME.exec(n)?.[1] ?? 0));
  return max + 1;
}

/** Queues the changes that make the add-in's table names equal `wanted`. Returns the names present afterwards. */
export function queueTableNames(
  context: Excel.RequestContext,
  present: Map<string, NamedRef | null>,
  wanted: AnchorName[],
  sheetName: (id: string) => string,
): Map<string, NamedRef | null> {
  const names = context.workbook.names;
  const next = new Map<string, NamedRef | null>();
  for (const w of wanted) next.set(w.name, { sheet: sheetName(w.sheetId), range: w.range });
  for (const name of present.keys()) if (!next.has(name)) names.getItem(name).delete();
  for (const [name, ref] of next) {
    const was = present.get(name);
    if (was && ref && was.sheet === ref.sheet && rangeToA1(was.range) === rangeToA1(ref.range)) continue;
    const formula = `=${qualified(ref!.sheet, absoluteRange(ref!.range))}`;
    if (present.has(name)) names.getItem(name).formula = formula;
    else names.add(name, formula).visible = false;
  }
  return next;
}

/** Queues setting `key` to `value`, or its removal when `value` is null and the setting exists. */
export function queueSetting(context: Excel.RequestContext, key: string, value: unknown, exists: boolean): void {
  if (value !== null) context.workbook.settings.add(key, value);
  else if (exists) context.workbook.settings.getItem(key).delete();
}
