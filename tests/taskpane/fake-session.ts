/**
 * A PaneSession for pane tests: state set by the test, every call recorded.
 * `tablesFromWorkbook` builds realistic PaneTables from StandinWorkbookData
 * through the real core (recognise, evaluate, check, summarise), without the
 * Excel adapter.
 */
import { analyseWorkbook } from '../../src/core/analyse';
import type { AnalysedTable } from '../../src/core/analyse';
import { Grid } from '../../src/core/grid/grid';
import { parseRange, refToA1 } from '../../src/core/grid/a1';
import type { IndicatorKind } from '../../src/core/binding/types';
import { national } from '../../src/core/profiles/national';
import { summariseTable } from '../../src/core/summary/table-summary';
import type { StandinWorkbookData } from '../../src/standin';
import type { Mode, PaneSession, PaneState, PaneTable } from '../../src/taskpane/session';

export function initialState(overrides: Partial<PaneState> = {}): PaneState {
  return {
    status: 'idle',
    progress: null,
    error: null,
    mode: 'fill',
    profileId: 'national',
    profiles: [
      { id: 'national', name: '全国通用（财预〔2020〕10号）' },
      { id: 'shenzhen-luohu', name: '深圳罗湖' },
    ],
    tables: [],
    highlightsOn: false,
    canUndo: false,
    message: null,
    ...overrides,
  };
}

export type FakeCall = [name: keyof PaneSession, ...args: unknown[]];

export class FakeSession implements PaneSession {
  readonly calls: FakeCall[] = [];
  private state: PaneState;
  private readonly listeners = new Set<(state: PaneState) => void>();

  constructor(
    state: Partial<PaneState> = {},
    /** Tables a scan reports. */
    private readonly scanned: PaneTable[] = state.tables ?? [],
  ) {
    this.state = initialState(state);
  }

  getState(): PaneState {
    return this.state;
  }

  subscribe(listener: (state: PaneState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Replaces part of the state and notifies subscribers (what a live edit does). */
  update(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }

  listenerCount(): number {
    return this.listeners.size;
  }

  async scan(signal?: AbortSignal): Promise<void> {
    this.calls.push(['scan', signal]);
    this.update({ status: 'ready', tables: this.scanned, progress: null });
  }
  async select(sheet: string, address: string): Promise<void> {
    this.calls.push(['select', sheet, address]);
  }
  async setMode(mode: Mode): Promise<void> {
    this.calls.push(['setMode', mode]);
    this.update({ mode });
  }
  async setProfile(id: string): Promise<void> {
    this.calls.push(['setProfile', id]);
    this.update({ profileId: id });
  }
  async setIndicatorKind(tableId: string, row: number, kind: IndicatorKind | null): Promise<void> {
    this.calls.push(['setIndicatorKind', tableId, row, kind]);
  }
  async rebindCell(tableId: string, role: string, row: number | null, address: string): Promise<void> {
    this.calls.push(['rebindCell', tableId, role, row, address]);
  }
  async showHighlights(): Promise<void> {
    this.calls.push(['showHighlights']);
    this.update({ highlightsOn: true });
  }
  async clearHighlights(): Promise<void> {
    this.calls.push(['clearHighlights']);
    this.update({ highlightsOn: false });
  }
  async insertSummary(): Promise<string> {
    this.calls.push(['insertSummary']);
    return '绩效汇总';
  }
  async fillComputed(): Promise<void> {
    this.calls.push(['fillComputed']);
  }
  async undoLastWrite(): Promise<void> {
    this.calls.push(['undoLastWrite']);
  }
  dispose(): void {
    this.calls.push(['dispose']);
    this.listeners.clear();
  }
}

/** The core's Grid of a stand-in sheet (values only; the texts are what the values print as). */
function gridOf(sheet: StandinWorkbookData['sheets'][number]): Grid {
  return new Grid(sheet.name, sheet.cells, (sheet.merges ?? []).map(parseRange));
}

function paneTable(t: AnalysedTable): PaneTable {
  const summary = summariseTable(t);
  const b = t.binding;
  if (b.template !== 'project-self-eval' && b.template !== 'dept-self-eval') return { ...summary, fields: [], bindings: [] };
  const a1 = (c: { row: number; col: number } | null) => (c ? refToA1(c) : null);
  const kinds = new Map(t.evaluated.indicators.map((i) => [i.binding.row, i.kind as IndicatorKind]));
  return {
    ...summary,
    fields: b.fields.map((f) => ({ label: f.label, cell: a1(f.valueCell), value: null })),
    bindings: b.indicators.map((i) => ({
      row: i.row + 1,
      name: i.name,
      kind: i.kindOverride ?? kinds.get(i.row) ?? 'qualitative',
      kindOverridden: i.kindOverride !== undefined,
      cells: (['target', 'actual', 'weight', 'score', 'reason'] as const)
        .filter((role) => i[role] !== null)
        .map((role) => ({ role, address: a1(i[role])! })),
    })),
  };
}

/** PaneTables of a workbook under the national profile, through the real core. */
export function tablesFromWorkbook(data: StandinWorkbookData): PaneTable[] {
  return analyseWorkbook(data.sheets.map(gridOf), national).map(paneTable);
}
