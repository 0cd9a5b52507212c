import type { TableBinding } from '../core/binding/types';
import type { Grid } from '../core/grid/grid';
import { bindWorkbook } from '../core/analyse';
import { detectProfile, getProfile, type Profile } from '../core/profiles';
import { applyOverrides } from './binding-edit';
import { LiveModel } from './live-model';
import { SETTING_TABLES, ourNames, parseSavedTables, restoreTables, type SavedTables } from './persistence';
import type { SheetRead, WorkbookRead } from './read';

/** Short texts of the workbook, for choosing a regional profile (as the command line does). */
function* texts(grids: Grid[]): Iterable<string> {
  for (const g of grids) {
    for (let r = 0; r < g.rowCount; r++) {
      for (let c = 0; c < g.colCount; c++) {
        const v = g.value(r, c);
        if (typeof v === 'string' && v.length <= 60) yield v.replace(/\s+/g, '');
      }
    }
  }
}

/** The tables recognition finds on one sheet. */
export function recogniseSheet(sheet: SheetRead): { sheet: string; binding: TableBinding }[] {
  return bindWorkbook([sheet.grid]).tables.map((t) => ({ sheet: sheet.name, binding: t.binding }));
}

/**
 * The live model of a scanned workbook: freshly recognised tables merged with
 * the bindings and corrections saved in it, under the saved or chosen profile
 * (or the one the workbook's words point to), analysed.
 */
export function modelFromScan(
  read: WorkbookRead,
  fresh: { sheet: string; binding: TableBinding }[],
  chosenProfile: string | null,
): { model: LiveModel; saved: SavedTables | null; names: ReturnType<typeof ourNames> } {
  const byName = new Map(read.sheets.map((s) => [s.name.toLowerCase(), s]));
  const names = ourNames(read.names);
  const saved = parseSavedTables(read.settings.get(SETTING_TABLES));
  const restored = restoreTables(saved, names.tables, fresh, (n) => byName.has(n.toLowerCase()));
  const wanted = saved?.profileId ?? chosenProfile;
  const profile: Profile = (wanted ? getProfile(wanted) : undefined) ?? detectProfile(texts(read.sheets.map((s) => s.grid)));
  const model = new LiveModel(read.sheets.map((s) => ({ id: s.id, name: s.name, grid: s.grid })), profile);
  model.addTables(
    restored.flatMap((r) => {
      const sheet = byName.get(r.sheet.toLowerCase());
      if (!sheet) return [];
      const { binding, kept } = applyOverrides(r.binding, r.overrides);
      return [{ key: r.key, sheetId: sheet.id, binding, overrides: kept }];
    }),
  );
  return { model, saved, names };
}
