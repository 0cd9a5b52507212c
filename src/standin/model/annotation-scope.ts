import { isSingleCell, parseAddress } from '../address';
import { standinErrors } from '../errors';
import type { SheetModel } from './sheet';
import type { WorkbookModel } from './workbook';

/** Where a notes / comments collection looks: one sheet, or the whole workbook (all sheets, live). */
export class AnnotationScope {
  constructor(
    readonly workbook: WorkbookModel,
    readonly sheet?: SheetModel,
  ) {}

  get deleted(): boolean {
    return this.sheet?.deleted === true;
  }

  sheets(): SheetModel[] {
    return this.sheet ? [this.sheet] : [...this.workbook.sheets];
  }

  /**
   * The single cell an address names. Sheet-less addresses resolve against this collection's sheet, or
   * against `fallback` at workbook level (undefined = the address must name its sheet).
   */
  cellFor(address: string, location: string, fallback: SheetModel | undefined): { sheet: SheetModel; row: number; column: number } {
    const parsed = parseAddress(address);
    if (!parsed || !isSingleCell(parsed.rect)) throw standinErrors.invalidArgument(location);
    let sheet = this.sheet ?? fallback;
    if (parsed.sheet !== undefined) {
      const named = this.workbook.sheetByName(parsed.sheet);
      if (!named || (this.sheet && named !== this.sheet)) throw standinErrors.invalidArgument(location);
      sheet = named;
    }
    if (!sheet) throw standinErrors.invalidArgument(location);
    return { sheet, row: parsed.rect.top, column: parsed.rect.left };
  }
}
