import type { Finding } from '../core/model/finding';
import type { IndicatorKind } from '../core/binding/types';
import type { TableSummary } from '../core/summary/table-summary';

/**
 * What the task pane asks of its host, as plain functions: the Excel adapter
 * implements it over Office.js, the playground over the Excel stand-in, and
 * tests with a fake. The pane never touches Office itself.
 */
export type Mode = 'fill' | 'review'; // 填报 | 审核

export interface PaneTable extends TableSummary {
  /** Fields bound on the form (项目名称, 单位名称 …) with their cells. */
  fields: { label: string; cell: string | null; value: string | null }[];
  /** Indicator rows with the cells they are bound to and whether a person set the kind. */
  bindings: { row: number; name: string; kind: IndicatorKind; kindOverridden: boolean; cells: { role: string; address: string }[] }[];
}

export interface PaneState {
  status: 'idle' | 'scanning' | 'ready' | 'error';
  progress: { done: number; total: number; label: string } | null;
  error: string | null;
  mode: Mode;
  profileId: string;
  profiles: { id: string; name: string }[];
  tables: PaneTable[];
  highlightsOn: boolean;
  /** The add-in's own last write can be undone from the pane (where Excel's undo cannot merge it). */
  canUndo: boolean;
  /** A short line for the status bar ("已重新计算：附件4!J22"). */
  message: string | null;
}

export interface PaneSession {
  getState(): PaneState;
  /** Called on every state change (live recomputation included); returns an unsubscribe function. */
  subscribe(listener: (state: PaneState) => void): () => void;
  /** Recognise and check the whole workbook; cancellable. */
  scan(signal?: AbortSignal): Promise<void>;
  /** Select a cell or range on a sheet (clicking a finding or a binding). */
  select(sheet: string, address: string): Promise<void>;
  setMode(mode: Mode): Promise<void>;
  setProfile(id: string): Promise<void>;
  /** Correct an indicator's kind (正向/反向/等于/定性); null returns it to what the engine infers. */
  setIndicatorKind(tableId: string, row: number, kind: IndicatorKind | null): Promise<void>;
  /** Rebind a field of a table to another cell ("this is the 全年执行数"). */
  rebindCell(tableId: string, role: string, row: number | null, address: string): Promise<void>;
  showHighlights(): Promise<void>;
  clearHighlights(): Promise<void>;
  /** Insert the 绩效汇总 sheet; resolves with its name. */
  insertSummary(): Promise<string>;
  /** 填报 mode: write computed values into computed cells. */
  fillComputed(): Promise<void>;
  undoLastWrite(): Promise<void>;
  dispose(): void;
}

export type { Finding };
