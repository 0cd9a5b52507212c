import type { PaneTable } from '../taskpane/session';
import { summariseTable } from '../core/summary/table-summary';
import { indicatorCells, tableCells } from './binding-edit';
import type { LiveModel, LiveTable } from './live-model';
import { cellA1 } from './address';

const cache = new WeakMap<LiveTable, { revision: number; profile: string; pane: PaneTable }>();

/**
 * What the pane shows of a table: its summary, the cells of the form's fields
 * (and 总分, 等次, the funds figures) and, per indicator row, its cells and kind.
 * Rows are sheet rows as Excel numbers them, like the summary's indicators.
 * Rebuilt only when the table was re-analysed.
 */
export function paneTable(model: LiveModel, t: LiveTable): PaneTable {
  const hit = cache.get(t);
  if (hit && hit.revision === t.revision && hit.profile === model.profile.id) return hit.pane;
  const grid = model.grid(t);
  const text = (row: number, col: number) => grid.seenText(row, col).trim() || null;
  const pane: PaneTable = {
    ...summariseTable(t.analysed, model.profile.scoreDecimals),
    fields: tableCells(t.binding).map((f) => ({ label: f.role, cell: f.cell ? cellA1(f.cell) : null, value: f.cell ? text(f.cell.row, f.cell.col) : null })),
    bindings: (t.analysed.evaluated.indicators ?? []).map((ev) => ({
      row: ev.binding.row + 1,
      name: ev.binding.name,
      kind: ev.kind,
      kindOverridden: ev.binding.kindOverride !== undefined,
      cells: indicatorCells(ev.binding).map((c) => ({ role: c.role, address: cellA1(c.cell) })),
    })),
  };
  cache.set(t, { revision: t.revision, profile: model.profile.id, pane });
  return pane;
}
