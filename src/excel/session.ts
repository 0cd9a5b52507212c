import type { IndicatorKind, TableBinding } from '../core/binding/types';
import type { Mode, PaneSession, PaneState, PaneTable } from '../taskpane/session';
import { parseA1, rangeToA1 } from '../core/grid/a1';
import { getProfile, listProfiles } from '../core/profiles';
import { detectCaps, type ExcelCaps } from './caps';
import { recordCell, recordKind, withCell, withKind } from './binding-edit';
import { emptyOps, opsCount, type MarkDiff } from './highlights';
import { fillsCopiedFromMarks, type StructureChange } from './highlight-inherit';
import { Highlights } from './highlight-state';
import { queueMarkOps } from './highlight-write';
import { LiveUpdates, type LiveHost, type VerifyCell } from './live';
import type { LiveModel, LiveTable, PlannedWrite } from './live-model';
import { OwnWrites } from './own-writes';
import { paneTable } from './pane-table';
import { SETTING_HIGHLIGHTS, SETTING_TABLES, queueSetting, queueTableNames, saveTables, type NamedRef } from './persistence';
import { modelFromScan, recogniseSheet } from './scan';
import { cellInput, readWorkbook } from './read';
import type { CellUpdate } from './sheet-grid';
import { insertSummarySheet } from './summary';
import { queueUndo, queueWrites } from './write';
import { cellA1 } from './address';

export interface ExcelSessionDeps {
  Excel: typeof Excel;
  Office: typeof Office;
  /** Clock for expiring the record of the add-in's own writes (tests pass a fake). */
  now?: () => number;
}

/**
 * The task pane's session over Excel (or the stand-in): the pane and the
 * playground pass the real `Excel` and `Office` globals or the stand-in's.
 */
export function createExcelSession(deps: ExcelSessionDeps): PaneSession {
  return new ExcelSession(deps);
}

interface CommitOptions {
  /** Also save the bindings when they changed (pane corrections). */
  persist?: boolean;
  /** 填报 writes (default: in 填报 mode). */
  fill?: boolean;
  /** Queues work first and applies it to the model; returns the tables it touched. */
  prepare?: (context: Excel.RequestContext) => Iterable<LiveTable>;
  /** Status line after the commit. */
  message?: (writes: PlannedWrite[]) => string | null;
}

const abortError = (): Error => Object.assign(new Error('已取消识别'), { name: 'AbortError' });
const isAbort = (e: unknown): boolean => e instanceof Error && e.name === 'AbortError';
const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

class ExcelSession implements PaneSession, LiveHost {
  readonly caps: ExcelCaps;
  readonly own: OwnWrites;
  private state: PaneState;
  private readonly listeners = new Set<(state: PaneState) => void>();
  private chain: Promise<unknown> = Promise.resolve();
  private current: LiveModel | null = null;
  private readonly live: LiveUpdates;
  private readonly handlers = new Map<string, OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>>();
  private disposed = false;

  private readonly highlights: Highlights;

  private tableNames = new Map<string, NamedRef | null>();
  private tablesSaved = false;
  private tablesDirty = false;
  private chosenProfile: string | null = null;
  private lastWrite: PlannedWrite[] | null = null;

  constructor(private readonly deps: ExcelSessionDeps) {
    this.caps = detectCaps(deps.Office);
    this.own = new OwnWrites(deps.now ?? (() => Date.now()));
    this.live = new LiveUpdates(this);
    this.highlights = new Highlights(this.caps);
    this.state = {
      status: 'idle',
      progress: null,
      error: null,
      mode: 'review',
      profileId: 'national',
      profiles: listProfiles().map((p) => ({ id: p.id, name: p.name })),
      tables: [],
      highlightsOn: false,
      canUndo: false,
      message: null,
    };
  }

  // ---- PaneSession ----

  getState(): PaneState {
    return this.state;
  }

  subscribe(listener: (state: PaneState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  scan(signal?: AbortSignal): Promise<void> {
    return this.command(() => this.scanWorkbook(signal));
  }

  select(sheet: string, address: string): Promise<void> {
    return this.command(() =>
      this.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await context.sync();
      }, false),
    );
  }

  setMode(mode: Mode): Promise<void> {
    return this.command(async () => {
      this.update({ mode, canUndo: this.canUndo(mode), message: mode === 'fill' ? '填报模式：计算结果将写入计算单元格' : '审核模式：只标注问题，不改动数值' });
    });
  }

  setProfile(id: string): Promise<void> {
    return this.command(async () => {
      const profile = getProfile(id);
      if (!profile) throw new Error(`没有名为「${id}」的评分规则`);
      this.chosenProfile = id;
      this.update({ profileId: id });
      const model = this.current;
      if (!model) return;
      model.profile = profile;
      for (const t of model.tables) t.cache = new Map();
      this.tablesDirty = true;
      await this.commit(new Set(model.tables), [], { persist: true, message: () => `已按「${profile.name}」重新计算` });
    });
  }

  setIndicatorKind(tableId: string, row: number, kind: IndicatorKind | null): Promise<void> {
    return this.command(async () => {
      const { model, table } = this.table(tableId);
      const binding = withKind(table.binding, row - 1, kind);
      if (!binding) throw new Error(`第 ${row} 行不是「${tableId}」的指标行`);
      model.rebind(table, binding, recordKind(table.overrides, row - 1, kind));
      this.tablesDirty = true;
      await this.commit(new Set([table]), [], { persist: true, message: () => `已更正第 ${row} 行的指标类型` });
    });
  }

  rebindCell(tableId: string, role: string, row: number | null, address: string): Promise<void> {
    return this.command(async () => {
      const { model, table } = this.table(tableId);
      const bang = address.lastIndexOf('!');
      if (bang >= 0) {
        const sheet = address.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'");
        if (sheet.toLowerCase() !== model.sheetName(table).toLowerCase()) throw new Error(`${address} 不在表格所在的工作表「${model.sheetName(table)}」上`);
      }
      const cell = parseA1(address.slice(bang + 1));
      const row0 = row === null ? null : row - 1;
      const binding = withCell(table.binding, role, row0, cell);
      if (!binding) throw new Error(`无法把「${role}」绑定到 ${address}`);
      model.rebind(table, binding, recordCell(table.overrides, role, row0, cell));
      this.tablesDirty = true;
      await this.commit(new Set([table]), [], { persist: true, message: () => `已把「${role}」绑定到 ${cellA1(cell)}` });
    });
  }

  showHighlights(): Promise<void> {
    return this.command(async () => {
      if (!this.current) await this.scanWorkbook();
      await this.refreshHighlights();
    });
  }

  clearHighlights(): Promise<void> {
    return this.command(async () => {
      if (!this.current) await this.scanWorkbook();
      await this.removeHighlights();
    });
  }

  insertSummary(): Promise<string> {
    return this.command(async () => {
      const model = this.current;
      if (!model) throw new Error('请先识别表格');
      const tables = model.tables.map((t) => paneTable(model, t));
      const name = await this.run((context) => insertSummarySheet(context, tables), true);
      this.update({ message: `已插入汇总表「${name}」` });
      return name;
    });
  }

  fillComputed(): Promise<void> {
    return this.command(async () => {
      if (this.state.mode !== 'fill') throw new Error('审核模式下不写入数值；请先切换到填报模式');
      const model = this.current;
      if (!model) throw new Error('请先识别表格');
      await this.commit(new Set(model.tables), [], { fill: true, message: (w) => (w.length ? `已写入 ${w.length} 个计算结果` : '计算结果均已一致，无需写入') });
    });
  }

  undoLastWrite(): Promise<void> {
    return this.command(async () => {
      const model = this.current;
      const writes = this.lastWrite;
      if (!model || !writes) return;
      await this.commit(new Set(), [], {
        fill: false,
        prepare: (context) => {
          const touched = new Set<LiveTable>();
          for (const [sheetId, updates] of queueUndo(context, writes, this.caps.triggerSource ? null : this.own)) {
            model.setCells(sheetId, updates);
            for (const t of model.tablesTouching(sheetId, updates.map((u) => ({ top: u.row, left: u.col, bottom: u.row, right: u.col })))) touched.add(t);
          }
          return touched;
        },
        message: () => `已撤销上次写入的 ${writes.length} 个单元格`,
      });
      this.lastWrite = null;
      this.update({ canUndo: false });
    });
  }

  dispose(): void {
    this.disposed = true;
    this.listeners.clear();
    for (const result of this.handlers.values()) {
      this.deps.Excel.run(result.context, async (context) => {
        result.remove();
        await context.sync();
      }).catch(() => undefined);
    }
    this.handlers.clear();
  }

  // ---- LiveHost ----

  model(): LiveModel | null {
    return this.disposed ? null : this.current;
  }

  fillMode(): boolean {
    return this.state.mode === 'fill';
  }

  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, write: boolean): Promise<T> {
    const options: Excel.RunOptions = {};
    if (write && this.caps.mergeUndo) options.mergeUndoGroup = true;
    if (this.caps.delayForCellEdit) options.delayForCellEdit = true;
    return Object.keys(options).length ? this.deps.Excel.run(options, batch) : this.deps.Excel.run(batch);
  }

  serial<T>(job: () => Promise<T>): Promise<T> {
    const next = this.chain.then(job, job);
    this.chain = next.catch(() => undefined);
    return next;
  }

  async rescan(moved: StructureChange[] = []): Promise<void> {
    // Rows inserted right below a marked cell got a copy of the mark's fill (Excel formats them like the
    // row above); left alone, the copy looks like a mark and survives clearing. Undo it before the scan
    // reads the sheets, so it is not taken for a fill of the user's either.
    const fills = fillsCopiedFromMarks(this.highlights.marks(), moved);
    if (fills.length) {
      await this.run(async (context) => {
        queueMarkOps(context, this.caps, { ...emptyOps(), fills });
        await context.sync();
      }, true);
    }
    return this.scanWorkbook();
  }

  async failed(error: unknown): Promise<void> {
    // The model may now differ from the workbook: read it again.
    this.update({ error: messageOf(error), message: '更新失败，已重新识别工作簿' });
    try {
      await this.scanWorkbook();
    } catch (e) {
      this.update({ status: 'error', error: messageOf(e) });
    }
  }

  /**
   * Re-analyses `touched` and writes what follows — 填报 values, highlight
   * changes, saved bindings — in one sync, with the loads of `verify`. The
   * plan is computed inside the batch right before its sync, so it always
   * comes from the latest grid the session knows.
   */
  async commit(touched: Set<LiveTable>, verify: VerifyCell[], options: CommitOptions = {}): Promise<{ sheetId: string; update: CellUpdate }[]> {
    const model = this.current!;
    const fill = options.fill ?? this.state.mode === 'fill';
    // Filled in inside the batch (a closure: a holder keeps the types honest).
    const out: { writes: PlannedWrite[]; marks: MarkDiff | null; persisted: boolean } = { writes: [], marks: null, persisted: false };
    const checks = await this.run(async (context) => {
      for (const t of options.prepare?.(context) ?? []) touched.add(t);
      const analysed = model.reanalyse(touched, !fill);
      if (fill) out.writes = model.fillAndApply(analysed).writes;
      // 填报 changes the clerk's workbook: its bindings are saved with the first write.
      if (fill && out.writes.length && !this.tablesSaved) this.tablesDirty = true;
      queueWrites(context, out.writes, this.caps.triggerSource ? null : this.own);
      if (this.highlights.on) {
        out.marks = this.highlights.diff(model);
        queueMarkOps(context, this.caps, out.marks.ops);
      }
      if (this.tablesDirty && (out.writes.length > 0 || options.persist)) {
        this.queueSaveTables(context, model);
        out.persisted = true;
      }
      const loads = verify.map((v) => ({ v, range: context.workbook.worksheets.getItem(v.sheetId).getRange(cellA1(v)).load('values,text,numberFormat,formulas') }));
      const queued = out.writes.length > 0 || (out.marks !== null && opsCount(out.marks.ops) > 0) || out.persisted || loads.length > 0 || options.prepare !== undefined;
      if (queued) await context.sync();
      return loads;
    }, true);
    const { writes, marks } = out;
    if (marks) this.highlights.accept(marks);
    if (out.persisted) this.tablesDirty = false;
    if (writes.length) this.lastWrite = writes;
    this.update({
      tables: this.paneTables(),
      canUndo: this.canUndo(this.state.mode),
      message: options.message ? options.message(writes) : this.liveMessage(model, writes, verify),
      error: null,
    });
    if (marks && marks.unknown.length) await this.refreshHighlights();
    const mismatched: { sheetId: string; update: CellUpdate }[] = [];
    for (const { v, range } of checks) {
      const c = cellInput(range.values[0][0], range.text[0][0], range.numberFormat[0][0], range.formulas[0][0]);
      const grid = model.sheets.get(v.sheetId)?.grid;
      if (!grid) continue;
      const same = c.value === grid.value(v.row, v.col) && (c.text ?? '') === grid.text(v.row, v.col) && c.formula === grid.formula(v.row, v.col) && c.numberFormat === grid.numberFormat(v.row, v.col);
      if (!same) mismatched.push({ sheetId: v.sheetId, update: { row: v.row, col: v.col, value: c.value, text: c.text, numberFormat: c.numberFormat ?? 'General', formula: c.formula } });
    }
    return mismatched;
  }

  // ---- internals ----

  /** Runs a pane command after every earlier operation; failures land in the state and reject. */
  private command<T>(job: () => Promise<T>): Promise<T> {
    if (this.disposed) return Promise.reject(new Error('会话已关闭'));
    return this.serial(async () => {
      try {
        return await job();
      } catch (e) {
        if (!isAbort(e)) this.update({ error: messageOf(e) });
        throw e;
      }
    });
  }

  private update(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of [...this.listeners]) l(this.state);
  }

  private canUndo(mode: Mode): boolean {
    return mode === 'fill' && this.lastWrite !== null && !this.caps.mergeUndo;
  }

  private paneTables(): PaneTable[] {
    const model = this.current;
    return model ? model.tables.map((t) => paneTable(model, t)) : [];
  }

  private liveMessage(model: LiveModel, writes: PlannedWrite[], verify: VerifyCell[]): string | null {
    const first = writes[0] ?? verify[0];
    if (!first) return '已重新计算';
    const cell = 'cell' in first ? first.cell : first;
    const where = `${model.sheets.get(first.sheetId)?.name ?? ''}!${cellA1(cell)}`;
    return writes.length > 1 ? `已重新计算：${where} 等 ${writes.length} 处` : `已重新计算：${where}`;
  }

  private table(tableId: string): { model: LiveModel; table: LiveTable } {
    const model = this.current;
    const table = model?.tables.find((t) => `${t.analysed.evaluated.sheet}!${rangeToA1(t.analysed.evaluated.range)}` === tableId);
    if (!model || !table) throw new Error(`找不到表格「${tableId}」，请重新识别`);
    return { model, table };
  }

  private register(sheets: Excel.Worksheet[]): void {
    // Every sheet, in the scan's own round trip: a table found on it is then live at once. Events of sheets without tables are dropped.
    for (const ws of sheets) if (!this.handlers.has(ws.id)) this.handlers.set(ws.id, ws.onChanged.add(this.live.onChanged));
  }

  private async scanWorkbook(signal?: AbortSignal): Promise<void> {
    const before = this.state.status;
    const aborted = () => !!signal?.aborted;
    this.update({ status: 'scanning', error: null, progress: { done: 0, total: 0, label: '读取工作簿' }, message: null });
    try {
      const read = await this.run((context) => readWorkbook(context, this.caps, [SETTING_TABLES, SETTING_HIGHLIGHTS], (sheets) => this.register(sheets), aborted), false);
      if (!read || aborted()) throw abortError();
      const fresh: { sheet: string; binding: TableBinding }[] = [];
      for (const [i, sheet] of read.sheets.entries()) {
        this.update({ progress: { done: i, total: read.sheets.length, label: sheet.name } });
        await new Promise((resolve) => setTimeout(resolve, 0)); // let the pane paint and a cancel arrive
        if (aborted()) throw abortError();
        fresh.push(...recogniseSheet(sheet));
      }
      for (const id of [...this.handlers.keys()]) if (!read.sheets.some((s) => s.id === id)) this.handlers.delete(id);
      const { model, saved, names } = modelFromScan(read, fresh, this.chosenProfile);

      this.current = model;
      this.tableNames = names.tables;
      this.tablesSaved = saved !== null;
      // Saved bindings are brought up to date with the next write.
      this.tablesDirty = saved !== null;
      this.chosenProfile = saved?.profileId ?? this.chosenProfile;
      this.highlights.restore(names.marks, (n) => model.sheetByName(n)?.id, read.settings.get(SETTING_HIGHLIGHTS));
      this.lastWrite = null;
      this.update({
        status: 'ready',
        progress: null,
        profileId: model.profile.id,
        tables: this.paneTables(),
        highlightsOn: this.highlights.on,
        canUndo: false,
        message: `已识别 ${model.tables.length} 张表格`,
      });
      if (this.highlights.on) await this.refreshHighlights();
    } catch (e) {
      if (isAbort(e)) this.update({ status: before === 'scanning' ? 'idle' : before, progress: null, message: '已取消识别' });
      else this.update({ status: 'error', progress: null, error: messageOf(e) });
      throw e;
    }
  }

  private async refreshHighlights(): Promise<void> {
    const model = this.current;
    if (!model) return;
    await this.run((context) => this.highlights.refresh(context, model), true);
    this.update({ highlightsOn: true, message: `已标注 ${this.highlights.count} 个单元格` });
  }

  private async removeHighlights(): Promise<void> {
    const model = this.current;
    await this.run((context) => this.highlights.clear(context, model), true);
    this.update({ highlightsOn: false, message: '已清除标注，工作表恢复原样' });
  }

  private queueSaveTables(context: Excel.RequestContext, model: LiveModel): void {
    const { saved, names } = saveTables(model, this.chosenProfile);
    this.tableNames = queueTableNames(context, this.tableNames, names, (id) => model.sheets.get(id)!.name);
    queueSetting(context, SETTING_TABLES, saved, true);
    this.tablesSaved = true;
  }
}
