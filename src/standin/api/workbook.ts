import { rectOf } from '../address';
import { AnnotationScope } from '../model/annotation-scope';
import { RangeTarget } from '../model/range-target';
import type { WorkbookModel } from '../model/workbook';
import { type ScalarSpecs, StandinClientObject } from '../runtime/client-object';
import type { StandinRequestContext } from '../runtime/request-context';
import type { BatchTransaction } from '../runtime/transaction';
import { StandinApplication } from './application';
import { StandinCommentCollection } from './comments';
import { StandinCustomXmlPartCollection } from './custom-xml-parts';
import { StandinNamedItemCollection } from './named-items';
import { StandinNoteCollection } from './notes';
import { StandinRange } from './range';
import { StandinSettingCollection } from './settings';
import { StandinWorksheetCollection } from './worksheet-collection';

const WORKBOOK_SCALARS: ScalarSpecs<WorkbookModel> = {
  name: { get: () => 'Book1' },
};

function selectionTarget(workbook: WorkbookModel): RangeTarget {
  const selection = workbook.selection;
  const sheet = (selection && workbook.sheetById(selection.sheetId)) || workbook.activeSheet();
  return new RangeTarget(sheet, selection && sheet.id === selection.sheetId ? selection.rect : rectOf(0, 0));
}

/** Excel.Workbook. */
export class StandinWorkbook extends StandinClientObject<WorkbookModel> {
  protected readonly entityName = 'Workbook';

  constructor(context: StandinRequestContext) {
    super(context, () => context.engine.workbook);
  }

  protected scalarSpecs(): ScalarSpecs<WorkbookModel> {
    return WORKBOOK_SCALARS;
  }

  protected override navigationNames(): readonly string[] {
    return ['worksheets', 'names', 'settings', 'customXmlParts', 'comments', 'notes', 'application'];
  }

  get name(): string {
    return this.readProperty('name');
  }

  get worksheets(): StandinWorksheetCollection {
    return this.navigation('worksheets', () => new StandinWorksheetCollection(this.context, (tx) => this.require(tx)));
  }

  get names(): StandinNamedItemCollection {
    return this.navigation('names', () => new StandinNamedItemCollection(this.context, (tx) => this.require(tx)));
  }

  get settings(): StandinSettingCollection {
    this.gate('Workbook.settings');
    return this.navigation('settings', () => new StandinSettingCollection(this.context, (tx) => this.require(tx)));
  }

  get customXmlParts(): StandinCustomXmlPartCollection {
    this.gate('Workbook.customXmlParts');
    return this.navigation('customXmlParts', () => new StandinCustomXmlPartCollection(this.context, (tx) => this.require(tx)));
  }

  get comments(): StandinCommentCollection {
    this.gate('Workbook.comments');
    return this.navigation('comments', () => new StandinCommentCollection(this.context, (tx) => new AnnotationScope(this.require(tx))));
  }

  get notes(): StandinNoteCollection {
    this.gate('Workbook.notes');
    return this.navigation('notes', () => new StandinNoteCollection(this.context, (tx) => new AnnotationScope(this.require(tx))));
  }

  get application(): StandinApplication {
    return this.context.application;
  }

  /** The selected range (A1 of the active sheet until something is selected). */
  getSelectedRange(): StandinRange {
    return new StandinRange(this.context, (tx: BatchTransaction) => selectionTarget(this.require(tx)));
  }

  /** The top-left cell of the selection. */
  getActiveCell(): StandinRange {
    this.gate('Workbook.getActiveCell');
    return new StandinRange(this.context, (tx: BatchTransaction) => {
      const target = selectionTarget(this.require(tx));
      return new RangeTarget(target.sheet, rectOf(target.rect.top, target.rect.left));
    });
  }
}
