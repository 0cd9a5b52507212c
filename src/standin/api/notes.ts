import { isSingleCell, rectOf } from '../address';
import { standinErrors } from '../errors';
import type { AnnotationScope } from '../model/annotation-scope';
import type { NoteModel } from '../model/annotations';
import { RangeTarget } from '../model/range-target';
import type { SheetModel } from '../model/sheet';
import { type Locator, type ProxyOptions, type ScalarSpecs, StandinClientObject, StandinCollectionObject } from '../runtime/client-object';
import type { StandinRequestContext } from '../runtime/request-context';
import type { BatchTransaction } from '../runtime/transaction';
import { StandinRange } from './range';

export class NoteTarget {
  constructor(
    readonly sheet: SheetModel,
    readonly note: NoteModel,
  ) {}

  get deleted(): boolean {
    return this.note.deleted || this.sheet.deleted;
  }
}

function sizeSpec(key: 'width' | 'height') {
  return {
    get: (t: NoteTarget) => t.note[key],
    set: (t: NoteTarget, v: unknown, tx: BatchTransaction) => {
      if (typeof v !== 'number' || !(v > 0)) throw standinErrors.invalidArgument(`Note.${key}`);
      t.note[key] = v;
      tx.touched();
    },
  };
}

const NOTE_SCALARS: ScalarSpecs<NoteTarget> = {
  authorName: { get: (t) => t.note.authorName },
  content: {
    get: (t) => t.note.content,
    set: (t, v, tx) => {
      if (typeof v !== 'string') throw standinErrors.invalidArgument('Note.content');
      t.note.content = v;
      tx.touched();
    },
  },
  visible: {
    get: (t) => t.note.visible,
    set: (t, v, tx) => {
      if (typeof v !== 'boolean') throw standinErrors.invalidArgument('Note.visible');
      t.note.visible = v;
      tx.touched();
    },
  },
  width: sizeSpec('width'),
  height: sizeSpec('height'),
};

/** Excel.Note (ExcelApi 1.18). */
export class StandinNote extends StandinClientObject<NoteTarget> {
  protected readonly entityName = 'Note';

  constructor(context: StandinRequestContext, locate: Locator<NoteTarget>, options: ProxyOptions = {}) {
    super(context, locate, options);
  }

  protected scalarSpecs(): ScalarSpecs<NoteTarget> {
    return NOTE_SCALARS;
  }

  get authorName(): string {
    return this.readProperty('authorName');
  }
  get content(): string {
    return this.readProperty('content');
  }
  set content(value: string) {
    this.writeProperty('content', value);
  }
  get visible(): boolean {
    return this.readProperty('visible');
  }
  set visible(value: boolean) {
    this.writeProperty('visible', value);
  }
  get width(): number {
    return this.readProperty('width');
  }
  set width(value: number) {
    this.writeProperty('width', value);
  }
  get height(): number {
    return this.readProperty('height');
  }
  set height(value: number) {
    this.writeProperty('height', value);
  }

  delete(): void {
    this.queueAction((target, tx) => {
      target.note.deleted = true;
      target.sheet.notes = target.sheet.notes.filter((note) => note !== target.note);
      tx.touched();
    });
  }

  getLocation(): StandinRange {
    return new StandinRange(this.context, (tx) => {
      const target = this.require(tx);
      return new RangeTarget(target.sheet, rectOf(target.note.row, target.note.column));
    });
  }
}

/**
 * Excel.NoteCollection of a worksheet or the workbook. Addresses without a sheet name refer to the
 * collection's sheet, or to the active sheet at workbook level. One note per cell (InvalidArgument otherwise).
 */
export class StandinNoteCollection extends StandinCollectionObject<AnnotationScope, NoteTarget, StandinNote> {
  protected readonly entityName = 'NoteCollection';

  constructor(context: StandinRequestContext, locate: Locator<AnnotationScope>) {
    super(context, locate);
  }

  protected listItems(scope: AnnotationScope): NoteTarget[] {
    return scope.sheets().flatMap((sheet) => sheet.liveNotes().map((note) => new NoteTarget(sheet, note)));
  }

  protected itemProxy(item: NoteTarget): StandinNote {
    return new StandinNote(this.context, () => item);
  }

  private cellOf(scope: AnnotationScope, cell: StandinRange | string, tx: BatchTransaction, location: string) {
    if (cell instanceof StandinRange) {
      this.sameContext(cell);
      const target = cell.require(tx);
      if (!isSingleCell(target.rect) || (scope.sheet && scope.sheet !== target.sheet)) throw standinErrors.invalidArgument(location);
      return { sheet: target.sheet, row: target.rect.top, column: target.rect.left };
    }
    if (typeof cell !== 'string') throw standinErrors.invalidArgument(location);
    return scope.cellFor(cell, location, scope.workbook.activeSheet());
  }

  private find(scope: AnnotationScope, key: string, tx: BatchTransaction): NoteTarget | null {
    const { sheet, row, column } = this.cellOf(scope, key, tx, 'NoteCollection.getItem');
    const note = sheet.liveNotes().find((n) => n.row === row && n.column === column);
    return note ? new NoteTarget(sheet, note) : null;
  }

  add(cellAddress: StandinRange | string, content: string): StandinNote {
    let created: NoteTarget | undefined;
    this.queueAction((scope, tx) => {
      const { sheet, row, column } = this.cellOf(scope, cellAddress, tx, 'NoteCollection.add');
      if (typeof content !== 'string') throw standinErrors.invalidArgument('NoteCollection.add');
      if (sheet.liveNotes().some((n) => n.row === row && n.column === column)) throw standinErrors.invalidArgument('NoteCollection.add');
      const note: NoteModel = { row, column, content, authorName: '', visible: false, width: 144, height: 79, deleted: false };
      sheet.notes.push(note);
      created = new NoteTarget(sheet, note);
      tx.touched();
    });
    return new StandinNote(this.context, () => created ?? null);
  }

  getItem(key: string): StandinNote {
    return new StandinNote(this.context, (tx) => this.find(this.require(tx), key, tx));
  }

  getItemOrNullObject(key: string): StandinNote {
    return new StandinNote(this.context, (tx) => this.find(this.require(tx), key, tx), { nullable: true });
  }

  getItemAt(index: number): StandinNote {
    return new StandinNote(this.context, (tx) => this.listItems(this.require(tx))[index] ?? null);
  }
}

