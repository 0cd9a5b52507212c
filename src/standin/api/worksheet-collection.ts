import { standinErrors } from '../errors';
import type { SheetModel } from '../model/sheet';
import { isValidSheetName } from '../model/sheet-names';
import type { WorkbookModel } from '../model/workbook';
import type { StandinClientResult } from '../runtime/client-result';
import { type Locator, StandinCollectionObject } from '../runtime/client-object';
import { StandinEventHandlers } from '../runtime/event-handlers';
import type { StandinRequestContext } from '../runtime/request-context';
import { StandinWorksheet } from './worksheet';

/** Excel.WorksheetCollection (tab order). */
export class StandinWorksheetCollection extends StandinCollectionObject<WorkbookModel, SheetModel, StandinWorksheet> {
  protected readonly entityName = 'WorksheetCollection';

  constructor(context: StandinRequestContext, locate: Locator<WorkbookModel>) {
    super(context, locate);
  }

  protected listItems(workbook: WorkbookModel): SheetModel[] {
    return [...workbook.sheets];
  }

  protected itemProxy(sheet: SheetModel): StandinWorksheet {
    return new StandinWorksheet(this.context, () => sheet);
  }

  /** By name (case-insensitive) or id; ItemNotFound at sync when there is no such sheet. */
  getItem(key: string): StandinWorksheet {
    return new StandinWorksheet(this.context, (tx) => this.require(tx).sheetByKey(String(key)) ?? null);
  }

  getItemOrNullObject(key: string): StandinWorksheet {
    this.gate('WorksheetCollection.getItemOrNullObject');
    return new StandinWorksheet(this.context, (tx) => this.require(tx).sheetByKey(String(key)) ?? null, { nullable: true });
  }

  /** Adds a sheet at the end ("SheetN" when unnamed). ItemAlreadyExists / InvalidArgument for bad names. */
  add(name?: string): StandinWorksheet {
    let created: SheetModel | undefined;
    this.queueAction((workbook, tx) => {
      const sheetName = name ?? workbook.nextDefaultSheetName();
      if (!isValidSheetName(sheetName)) throw standinErrors.invalidArgument('WorksheetCollection.add');
      if (workbook.sheetByName(sheetName)) throw standinErrors.itemAlreadyExists('WorksheetCollection.add');
      created = workbook.addSheet(sheetName);
      tx.touched();
    });
    return new StandinWorksheet(this.context, () => created ?? null);
  }

  getActiveWorksheet(): StandinWorksheet {
    return new StandinWorksheet(this.context, (tx) => this.require(tx).activeSheet());
  }

  getFirst(visibleOnly?: boolean): StandinWorksheet {
    return new StandinWorksheet(this.context, (tx) => this.require(tx).sheets.find((s) => !visibleOnly || s.visibility === 'Visible') ?? null);
  }

  getLast(visibleOnly?: boolean): StandinWorksheet {
    return new StandinWorksheet(this.context, (tx) => [...this.require(tx).sheets].reverse().find((s) => !visibleOnly || s.visibility === 'Visible') ?? null);
  }

  override getCount(visibleOnly?: boolean): StandinClientResult<number> {
    this.gate('WorksheetCollection.getCount');
    return this.queueResult((workbook) => workbook.sheets.filter((s) => !visibleOnly || s.visibility === 'Visible').length);
  }

  /** Changes on any worksheet (ExcelApi 1.9). */
  get onChanged(): StandinEventHandlers {
    this.gate('WorksheetCollection.onChanged');
    return this.navigation('onChanged', () => new StandinEventHandlers(this.context, 'WorksheetChanged', () => ({ kind: 'worksheets' })));
  }
}
