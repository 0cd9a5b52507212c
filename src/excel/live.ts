import type { RangeRef } from '../core/grid/a1';
import type { ExcelCaps } from './caps';
import type { LiveModel, LiveTable } from './live-model';
import type { OwnWrites } from './own-writes';
import type { CellUpdate } from './sheet-grid';
import type { StructureChange } from './highlight-inherit';
import { cellInput, queueCellReads, type CellsRequest } from './read';
import { cellKey, contains, intersection, parseAreas } from './address';

/** One change event, reduced to what the recomputation needs. */
interface Change {
  sheetId: string;
  areas: RangeRef[];
  /** The new value of a single edited cell (ExcelApi 1.9 details); undefined otherwise. */
  after?: unknown;
  /** Rows or columns inserted or deleted: the bindings moved. */
  structural?: boolean;
  changeType?: string;
}

/** A cell whose new content was taken from the event: what Excel shows is read back in the write's own sync. */
export interface VerifyCell {
  sheetId: string;
  row: number;
  col: number;
}

/** What the live updates need from the session. */
export interface LiveHost {
  readonly caps: ExcelCaps;
  readonly own: OwnWrites;
  model(): LiveModel | null;
  fillMode(): boolean;
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, write: boolean): Promise<T>;
  /** Runs `job` after every other operation of the session (scans, pane commands, earlier drains). */
  serial<T>(job: () => Promise<T>): Promise<T>;
  /**
   * Re-analyses `touched`, then writes in one sync whatever follows (填报 values,
   * highlights, saved bindings) together with the loads of `verify`. Returns the
   * verified cells whose content differs from what was assumed.
   */
  commit(touched: Set<LiveTable>, verify: VerifyCell[]): Promise<{ sheetId: string; update: CellUpdate }[]>;
  /** Scans the workbook again after rows or columns were inserted or deleted (`moved`, in order). */
  rescan(moved?: StructureChange[]): Promise<void>;
  /** A drain failed half-way: the model may differ from the workbook. */
  failed(error: unknown): Promise<void>;
}

const isCell = (r: RangeRef) => r.top === r.bottom && r.left === r.right;

/**
 * worksheet.onChanged handling. Events are queued and drained together (a
 * burst of edits costs one recomputation); a drain never computes from a grid
 * older than the latest event it has seen: edits arriving while it reads are
 * folded in before anything is computed, and those arriving while it writes
 * are handled by the next drain, from a grid that includes the write.
 */
export class LiveUpdates {
  private pending: Change[] = [];
  private job: Promise<void> | null = null;
  /** Edits seen (the version of the workbook the model follows). */
  version = 0;

  constructor(private readonly host: LiveHost) {}

  readonly onChanged = (args: Excel.WorksheetChangedEventArgs): Promise<void> => {
    const { caps } = this.host;
    if (caps.triggerSource && args.triggerSource === 'ThisLocalAddin') return Promise.resolve();
    const details = caps.details ? args.details : undefined;
    if (!caps.triggerSource && this.host.own.consume(args.worksheetId, args.address, details?.valueAfter, !!details)) return Promise.resolve();
    const areas = parseAreas(args.address);
    const structural = args.changeType !== undefined && args.changeType !== 'RangeEdited';
    const after = details && areas.length === 1 && isCell(areas[0]) ? details.valueAfter : undefined;
    this.pending.push({ sheetId: args.worksheetId, areas, after, structural, changeType: args.changeType });
    this.version++;
    return this.schedule();
  };

  private schedule(): Promise<void> {
    if (!this.job) {
      this.job = this.host.serial(async () => {
        await new Promise((resolve) => setTimeout(resolve, 0)); // let the rest of a burst arrive
        this.job = null;
        try {
          await this.drain();
        } catch (e) {
          this.pending = [];
          await this.host.failed(e);
        }
      });
    }
    return this.job;
  }

  private async drain(): Promise<void> {
    const model = this.host.model();
    if (!model) {
      this.pending = [];
      return;
    }
    const touched = new Set<LiveTable>();
    const verify: VerifyCell[] = [];
    let structural = false;
    const moved: StructureChange[] = [];
    while (this.pending.length) {
      const reads: CellsRequest[] = [];
      for (const ch of this.pending.splice(0)) {
        if (ch.structural) {
          structural = true;
          moved.push({ sheetId: ch.sheetId, changeType: ch.changeType ?? '', areas: ch.areas });
        } else this.take(model, ch, touched, verify, reads);
      }
      if (reads.length === 0 || structural) continue;
      const got = await this.host.run(async (context) => {
        const collect = queueCellReads(context, reads);
        await context.sync();
        return collect();
      }, false);
      for (const [sheetId, updates] of got) {
        model.setCells(sheetId, updates);
        for (const t of model.tablesTouching(sheetId, updates.map((u) => ({ top: u.row, left: u.col, bottom: u.row, right: u.col })))) touched.add(t);
      }
      // Edits that came in during the read are taken in the next turn of the loop, before anything is computed.
    }
    if (structural) return this.host.rescan(moved);
    if (touched.size === 0) return;
    let mismatched = await this.host.commit(touched, verify);
    for (let round = 0; round < 2 && mismatched.length; round++) {
      const again = new Set<LiveTable>();
      for (const m of mismatched) {
        model.setCells(m.sheetId, [m.update]);
        for (const t of model.tablesTouching(m.sheetId, [{ top: m.update.row, left: m.update.col, bottom: m.update.row, right: m.update.col }])) again.add(t);
      }
      mismatched = await this.host.commit(again, []);
    }
  }

  /** Applies a change to the model when the event says all (one cell, no formula reads it), or plans a read. */
  private take(model: LiveModel, ch: Change, touched: Set<LiveTable>, verify: VerifyCell[], reads: CellsRequest[]): void {
    const sheet = model.sheets.get(ch.sheetId);
    if (!sheet) return;
    const tables = model.tablesTouching(ch.sheetId, ch.areas);
    const dependents = model.formulas.dependents(sheet.name, ch.areas);
    if (ch.after !== undefined && dependents.length === 0) {
      const { top: row, left: col } = ch.areas[0];
      // In 填报 a computed cell typed over is read back first: it may now hold a formula the add-in must not overwrite.
      const computed = this.host.fillMode() && tables.some((t) => contains(t.binding.range, row, col) && !t.inputs.has(cellKey(row, col)));
      if (!computed) {
        const c = cellInput(ch.after, undefined, undefined, undefined);
        model.setCells(ch.sheetId, [{ row, col, value: c.value, formula: undefined }]);
        for (const t of tables) touched.add(t);
        if (tables.length) verify.push({ sheetId: ch.sheetId, row, col });
        return;
      }
    }
    for (const t of tables) {
      touched.add(t);
      for (const w of t.watch) for (const a of ch.areas) {
        const cut = intersection(w, a);
        if (cut) reads.push({ sheetId: ch.sheetId, range: cut });
      }
    }
    for (const d of dependents) {
      const home = model.sheetByName(d.sheet);
      if (home) reads.push({ sheetId: home.id, range: { top: d.row, left: d.col, bottom: d.row, right: d.col } });
    }
  }
}
