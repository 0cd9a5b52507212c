import { type Rect, isInsideGrid, parseAddress, rectOf } from '../address';
import { normalizeColor } from '../colors';
import { standinErrors } from '../errors';
import { parseFormula } from '../formula/parser';
import { AnnotationScope } from '../model/annotation-scope';
import { RangeTarget } from '../model/range-target';
import { isValidSheetName } from '../model/sheet-names';
import type { SheetModel } from '../model/sheet';
import type { WorkbookModel } from '../model/workbook';
import { type Locator, type ProxyOptions, type ScalarSpecs, StandinClientObject } from '../runtime/client-object';
import { StandinEventHandlers } from '../runtime/event-handlers';
import type { StandinRequestContext } from '../runtime/request-context';
import type { BatchTransaction } from '../runtime/transaction';
import { StandinChartCollection } from './charts';
import { StandinCommentCollection } from './comments';
import { StandinNoteCollection } from './notes';
import { StandinRange } from './range';

const VISIBILITIES = ['Visible', 'Hidden', 'VeryHidden'];

function visibleSheets(workbook: WorkbookModel): SheetModel[] {
  return workbook.sheets.filter((sheet) => sheet.visibility === 'Visible');
}

const WORKSHEET_SCALARS: ScalarSpecs<SheetModel> = {
  id: { get: (s) => s.id },
  name: {
    get: (s) => s.name,
    set: (s, v, tx) => {
      if (!isValidSheetName(v)) throw standinErrors.invalidArgument('Worksheet.name');
      const other = tx.workbook.sheetByName(v);
      if (other && other !== s) throw standinErrors.itemAlreadyExists('Worksheet.name');
      s.name = v;
      tx.touched();
    },
  },
  position: {
    get: (s, tx) => tx.workbook.sheets.indexOf(s),
    set: (s, v, tx) => {
      const { sheets } = tx.workbook;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= sheets.length) throw standinErrors.invalidArgument('Worksheet.position');
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(v, 0, s);
      tx.touched();
    },
  },
  visibility: {
    get: (s) => s.visibility,
    set: (s, v, tx) => {
      if (typeof v !== 'string' || !VISIBILITIES.includes(v)) throw standinErrors.invalidArgument('Worksheet.visibility');
      if (v !== 'Visible' && s.visibility === 'Visible' && visibleSheets(tx.workbook).length === 1) throw standinErrors.invalidOperation('Worksheet.visibility');
      s.visibility = v;
      if (v !== 'Visible' && tx.workbook.activeSheetId === s.id) tx.workbook.activeSheetId = visibleSheets(tx.workbook)[0].id;
      tx.touched();
    },
  },
  tabColor: {
    get: (s) => s.tabColor,
    set: (s, v, tx) => {
      s.tabColor = v === '' ? '' : normalizeColor(v, 'Worksheet.tabColor');
      tx.touched();
    },
  },
};

/** The rectangle a worksheet address or defined name denotes on `sheet`. */
function rectForAddress(sheet: SheetModel, address: string, tx: BatchTransaction): Rect {
  const parsed = parseAddress(address);
  if (parsed) {
    if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) throw standinErrors.invalidArgument('Worksheet.getRange');
    return parsed.rect;
  }
  const named = tx.workbook.nameByName(address.trim());
  if (named) {
    try {
      const node = parseFormula(named.formula);
      if (node.kind === 'reference') {
        const target = node.sheet === undefined ? sheet : tx.workbook.sheetByName(node.sheet);
        if (target === sheet) return node.rect;
      }
    } catch {
      // Not a reference: fall through to InvalidArgument.
    }
  }
  throw standinErrors.invalidArgument('Worksheet.getRange');
}

/** Excel.Worksheet. */
export class StandinWorksheet extends StandinClientObject<SheetModel> {
  protected readonly entityName = 'Worksheet';

  constructor(context: StandinRequestContext, locate: Locator<SheetModel>, options: ProxyOptions = {}) {
    super(context, locate, options);
  }

  protected scalarSpecs(): ScalarSpecs<SheetModel> {
    return WORKSHEET_SCALARS;
  }

  protected override navigationNames(): readonly string[] {
    return ['charts', 'comments', 'notes'];
  }

  get id(): string {
    return this.readProperty('id');
  }
  get name(): string {
    return this.readProperty('name');
  }
  set name(value: string) {
    this.writeProperty('name', value);
  }
  get position(): number {
    return this.readProperty('position');
  }
  set position(value: number) {
    this.writeProperty('position', value);
  }
  get visibility(): string {
    return this.readProperty('visibility');
  }
  set visibility(value: string) {
    this.writeProperty('visibility', value);
  }
  get tabColor(): string {
    return this.readProperty('tabColor');
  }
  set tabColor(value: string) {
    this.writeProperty('tabColor', value);
  }

  get charts(): StandinChartCollection {
    return this.navigation('charts', () => new StandinChartCollection(this.context, (tx) => this.require(tx)));
  }

  get comments(): StandinCommentCollection {
    this.gate('Worksheet.comments');
    return this.navigation('comments', () => new StandinCommentCollection(this.context, (tx) => new AnnotationScope(tx.workbook, this.require(tx))));
  }

  get notes(): StandinNoteCollection {
    this.gate('Worksheet.notes');
    return this.navigation('notes', () => new StandinNoteCollection(this.context, (tx) => new AnnotationScope(tx.workbook, this.require(tx))));
  }

  get onChanged(): StandinEventHandlers {
    this.gate('Worksheet.onChanged');
    return this.navigation('onChanged', () => new StandinEventHandlers(this.context, 'WorksheetChanged', (tx) => ({ kind: 'worksheet', sheetId: this.require(tx).id })));
  }

  getRange(address?: string): StandinRange {
    return StandinRange.onSheet(this, (tx, sheet) => (address === undefined || address === '' ? { top: 0, left: 0, bottom: 1048575, right: 16383 } : rectForAddress(sheet, address, tx)));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): StandinRange {
    this.gate('Worksheet.getRangeByIndexes');
    return StandinRange.onSheet(this, () => {
      const rect = { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
      if (rowCount < 1 || columnCount < 1 || !isInsideGrid(rect)) throw standinErrors.invalidArgument('Worksheet.getRangeByIndexes');
      return rect;
    });
  }

  getCell(row: number, column: number): StandinRange {
    return StandinRange.onSheet(this, () => {
      const rect = rectOf(row, column);
      if (!isInsideGrid(rect)) throw standinErrors.invalidArgument('Worksheet.getCell');
      return rect;
    });
  }

  /** The used range; A1 when the sheet is blank (it never fails). */
  getUsedRange(valuesOnly?: boolean): StandinRange {
    return StandinRange.onSheet(this, (_tx, sheet) => sheet.usedRect(valuesOnly === true) ?? rectOf(0, 0));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): StandinRange {
    this.gate('Worksheet.getUsedRangeOrNullObject');
    return new StandinRange(
      this.context,
      (tx) => {
        const sheet = this.resolve(tx);
        const used = sheet?.usedRect(valuesOnly === true);
        return sheet && used ? new RangeTarget(sheet, used) : null;
      },
      { nullable: true },
    );
  }

  /** Internal (event arguments): a range on this sheet that is a null object when the sheet is gone. */
  getRangeOrNullObjectForEvent(address: string): StandinRange {
    return StandinRange.onSheet(this, (tx, sheet) => rectForAddress(sheet, address, tx), true);
  }

  activate(): void {
    this.queueAction((sheet, tx) => {
      if (sheet.visibility !== 'Visible') throw standinErrors.invalidOperation('Worksheet.activate');
      tx.workbook.activeSheetId = sheet.id;
      tx.workbook.selection = { sheetId: sheet.id, rect: rectOf(0, 0) };
      tx.touched();
    });
  }

  delete(): void {
    this.queueAction((sheet, tx) => {
      const { workbook } = tx;
      if (sheet.visibility === 'Visible' && visibleSheets(workbook).length === 1) throw standinErrors.invalidOperation('Worksheet.delete');
      const index = workbook.sheets.indexOf(sheet);
      workbook.sheets.splice(index, 1);
      sheet.deleted = true;
      if (workbook.activeSheetId === sheet.id) {
        const next = visibleSheets(workbook)[Math.min(index, visibleSheets(workbook).length - 1)] ?? workbook.sheets[0];
        workbook.activeSheetId = next.id;
      }
      if (workbook.selection?.sheetId === sheet.id) workbook.selection = undefined;
      tx.touched();
    });
  }
}
