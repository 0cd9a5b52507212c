import { MAX_COLUMNS, MAX_ROWS, formatRect, parseAddress, qualifiedAddress, rectCellCount } from './address';
import { cellDisplayText } from './cell-text';
import { cellValueType, type CellScalar } from './model/cell';
import { writeCellInputs } from './model/range-edits';
import { RangeTarget } from './model/range-target';
import type { SheetModel } from './model/sheet';
import { type StructureEdit, applyAxisChange, axisChangeFor } from './model/structure-edits';
import { type WorkbookSnapshot, snapshotWorkbook } from './model/snapshot';
import { workbookToData } from './model/workbook-to-data';
import type { StandinEngine } from './runtime/engine';
import { BatchTransaction } from './runtime/transaction';
import type { StandinWorkbookData } from './workbook-data';

/** One cell as `host.cell()` reports it. */
export interface StandinCellInfo {
  /** Stored value ('' when empty); for a formula cell, its current result. */
  value: CellScalar;
  /** Display text under the number format (Range.text). */
  text: string;
  formula: string | null;
  numberFormat: string;
  valueType: 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';
  fill: string | null;
  fontColor: string | null;
  bold: boolean;
  italic: boolean;
  hyperlink: Record<string, string> | null;
  note: string | null;
  comment: string | null;
  /** The merged area containing the cell ("B3:B9"), or null. */
  mergedArea: string | null;
}

/**
 * What tests and the playground use to drive and inspect the simulated Excel. None of this exists in
 * real Excel; the add-in must never depend on it.
 */
export interface StandinHost {
  /** context.sync() calls made by add-in code since creation (Excel.run's own final flush not counted). */
  readonly syncCount: number;
  /** Batches that actually reached the simulated Excel (syncs with queued work, including final flushes). */
  readonly roundTripCount: number;
  resetSyncCount(): void;
  /** Delay added to every round trip, in milliseconds. */
  latencyMs: number;
  snapshot(): WorkbookSnapshot;
  sheetNames(): string[];
  /** A cell by sheet name and A1 address ("C5"). */
  cell(sheet: string, address: string): StandinCellInfo;
  /**
   * A person typing or pasting `values` (rows × columns, matching `address`) into the sheet: strings are
   * read as typed (formulas, numbers, "'" prefix, "@" cells stay text), formulas recalculate, and
   * onChanged fires with triggerSource 'Unknown'. Resolves once the add-in's handlers have finished.
   */
  userEdit(sheet: string, address: string, values: unknown[][]): Promise<void>;
  /**
   * A person inserting whole rows ("5:6": two blank rows above row 5) or whole columns ("C:D") from
   * Excel's menu: everything moves as with Range.insert, and onChanged fires RowInserted / ColumnInserted
   * with triggerSource 'Unknown'. Resolves once the add-in's handlers have finished.
   */
  userInsert(sheet: string, address: string): Promise<void>;
  /** A person deleting whole rows ("5:6") or columns ("C:D"); onChanged fires RowDeleted / ColumnDeleted. */
  userDelete(sheet: string, address: string): Promise<void>;
  /** A person selecting a range (sets the selection and the active sheet; no event is raised). */
  userSelect(sheet: string, address: string): void;
  /** The current selection as a full address ("Sheet1!B3:D4"), or undefined before anything was selected. */
  readonly selection: string | undefined;
  /** Calls `listener` after every change to the workbook; returns a function that unsubscribes. */
  onModelChange(listener: () => void): () => void;
  toWorkbookData(): StandinWorkbookData;
  /** Resolves when every scheduled event handler (and what it awaited) has finished. */
  whenIdle(): Promise<void>;
  /** Errors thrown by event handlers (office.js only logs them). */
  readonly eventHandlerErrors: readonly unknown[];
  /** Registered event handlers (all events, or one event name such as 'WorksheetChanged'). */
  eventHandlerCount(eventName?: string): number;
}

function hostError(message: string): Error {
  return new Error(`Stand-in host: ${message}`);
}

export function createHost(engine: StandinEngine): StandinHost {
  const { workbook } = engine;
  const sheetNamed = (name: string): SheetModel => {
    const sheet = workbook.sheetByName(name);
    if (!sheet) throw hostError(`no sheet named "${name}"`);
    return sheet;
  };
  const rectOn = (address: string) => {
    const parsed = parseAddress(address);
    if (!parsed || parsed.sheet !== undefined) throw hostError(`"${address}" is not an address on one sheet (use "C5" or "C5:E9")`);
    return parsed.rect;
  };

  const structureEdit = async (sheetName: string, address: string, edit: StructureEdit) => {
    const sheet = sheetNamed(sheetName);
    const rect = rectOn(address);
    const rows = rect.left === 0 && rect.right === MAX_COLUMNS - 1;
    const columns = rect.top === 0 && rect.bottom === MAX_ROWS - 1;
    if (!rows && !columns) throw hostError(`"${address}" is not whole rows ("5:6") or whole columns ("C:D")`);
    const shift = edit === 'insert' ? (rows ? 'Down' : 'Right') : rows ? 'Up' : 'Left';
    const location = edit === 'insert' ? 'userInsert' : 'userDelete';
    const tx = new BatchTransaction(workbook, engine.recalculation);
    applyAxisChange(workbook, sheet, axisChangeFor(rect, edit, shift, location), tx, location);
    engine.settle(tx, 'Unknown');
    await engine.events.whenIdle();
  };

  return {
    get syncCount() {
      return engine.syncCount;
    },
    get roundTripCount() {
      return engine.roundTripCount;
    },
    resetSyncCount() {
      engine.syncCount = 0;
      engine.roundTripCount = 0;
    },
    get latencyMs() {
      return engine.latencyMs;
    },
    set latencyMs(value: number) {
      engine.latencyMs = Math.max(0, value);
    },
    snapshot: () => snapshotWorkbook(workbook),
    sheetNames: () => workbook.sheets.map((sheet) => sheet.name),
    cell(sheetName, address) {
      const sheet = sheetNamed(sheetName);
      const rect = rectOn(address);
      if (rectCellCount(rect) !== 1) throw hostError(`"${address}" is not a single cell`);
      const cell = sheet.cell(rect.top, rect.left);
      const note = sheet.liveNotes().find((n) => n.row === rect.top && n.column === rect.left);
      const comment = sheet.liveComments().find((c) => c.row === rect.top && c.column === rect.left);
      const merge = sheet.mergeAt(rect.top, rect.left);
      return {
        value: cell?.value ?? '',
        text: cellDisplayText(cell),
        formula: cell?.formula ?? null,
        numberFormat: cell?.numberFormat ?? 'General',
        valueType: cellValueType(cell),
        fill: cell?.fill ?? null,
        fontColor: cell?.fontColor ?? null,
        bold: cell?.bold ?? false,
        italic: cell?.italic ?? false,
        hyperlink: cell?.hyperlink ? ({ ...cell.hyperlink } as Record<string, string>) : null,
        note: note?.content ?? null,
        comment: comment?.content ?? null,
        mergedArea: merge ? formatRect(merge) : null,
      };
    },
    async userEdit(sheetName, address, values) {
      const sheet = sheetNamed(sheetName);
      const tx = new BatchTransaction(workbook, engine.recalculation);
      writeCellInputs(new RangeTarget(sheet, rectOn(address)), values, 'userEdit', engine.recalculation, tx);
      engine.settle(tx, 'Unknown');
      await engine.events.whenIdle();
    },
    userInsert: (sheetName, address) => structureEdit(sheetName, address, 'insert'),
    userDelete: (sheetName, address) => structureEdit(sheetName, address, 'delete'),
    userSelect(sheetName, address) {
      const sheet = sheetNamed(sheetName);
      workbook.selection = { sheetId: sheet.id, rect: rectOn(address) };
      workbook.activeSheetId = sheet.id;
      engine.notifyModelChange();
    },
    get selection() {
      const selection = workbook.selection;
      const sheet = selection && workbook.sheetById(selection.sheetId);
      return selection && sheet ? qualifiedAddress(sheet.name, selection.rect) : undefined;
    },
    onModelChange: (listener) => engine.onModelChange(listener),
    toWorkbookData: () => workbookToData(workbook),
    whenIdle: () => engine.events.whenIdle(),
    get eventHandlerErrors() {
      return engine.events.handlerErrors;
    },
    eventHandlerCount: (eventName) => engine.events.handlerCount(eventName),
  };
}
