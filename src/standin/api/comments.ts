import { isSingleCell, rectOf } from '../address';
import { standinErrors } from '../errors';
import type { AnnotationScope } from '../model/annotation-scope';
import type { CommentModel } from '../model/annotations';
import { RangeTarget } from '../model/range-target';
import type { SheetModel } from '../model/sheet';
import { type Locator, type ProxyOptions, type ScalarSpecs, StandinClientObject, StandinCollectionObject } from '../runtime/client-object';
import type { StandinClientResult } from '../runtime/client-result';
import type { StandinRequestContext } from '../runtime/request-context';
import type { BatchTransaction } from '../runtime/transaction';
import { StandinRange } from './range';

/** Author recorded on comments the add-in creates. */
export const COMMENT_AUTHOR = { name: 'User', email: '' };

export class CommentTarget {
  constructor(
    readonly sheet: SheetModel,
    readonly comment: CommentModel,
  ) {}

  get deleted(): boolean {
    return this.comment.deleted || this.sheet.deleted;
  }
}

const COMMENT_SCALARS: ScalarSpecs<CommentTarget> = {
  id: { get: (t) => t.comment.id },
  authorName: { get: (t) => t.comment.authorName },
  authorEmail: { get: (t) => t.comment.authorEmail },
  creationDate: { get: (t) => new Date(t.comment.creationDate.getTime()) },
  contentType: { get: () => 'Plain' },
  content: {
    get: (t) => t.comment.content,
    set: (t, v, tx) => {
      if (typeof v !== 'string') throw standinErrors.invalidArgument('Comment.content');
      t.comment.content = v;
      tx.touched();
    },
  },
  resolved: {
    get: (t) => t.comment.resolved,
    set: (t, v, tx) => {
      if (typeof v !== 'boolean') throw standinErrors.invalidArgument('Comment.resolved');
      t.comment.resolved = v;
      tx.touched();
    },
  },
};

/** Excel.Comment (threaded comment; plain content, no replies or mentions). */
export class StandinComment extends StandinClientObject<CommentTarget> {
  protected readonly entityName = 'Comment';

  constructor(context: StandinRequestContext, locate: Locator<CommentTarget>, options: ProxyOptions = {}) {
    super(context, locate, options);
  }

  protected scalarSpecs(): ScalarSpecs<CommentTarget> {
    return COMMENT_SCALARS;
  }

  get id(): string {
    return this.readProperty('id');
  }
  get authorName(): string {
    return this.readProperty('authorName');
  }
  get authorEmail(): string {
    return this.readProperty('authorEmail');
  }
  get creationDate(): Date {
    return this.readProperty('creationDate');
  }
  get contentType(): string {
    return this.readProperty('contentType');
  }
  get content(): string {
    return this.readProperty('content');
  }
  set content(value: string) {
    this.writeProperty('content', value);
  }
  get resolved(): boolean {
    return this.readProperty('resolved');
  }
  set resolved(value: boolean) {
    this.writeProperty('resolved', value);
  }

  delete(): void {
    this.queueAction((target, tx) => {
      target.comment.deleted = true;
      target.sheet.comments = target.sheet.comments.filter((comment) => comment !== target.comment);
      tx.touched();
    });
  }

  getLocation(): StandinRange {
    return new StandinRange(this.context, (tx) => {
      const target = this.require(tx);
      return new RangeTarget(target.sheet, rectOf(target.comment.row, target.comment.column));
    });
  }
}

/**
 * Excel.CommentCollection (ExcelApi 1.10) of a worksheet or the workbook. At workbook level an address
 * string must name its sheet ("Sheet1!B3"), as the reference says; a cell holds at most one comment.
 */
export class StandinCommentCollection extends StandinCollectionObject<AnnotationScope, CommentTarget, StandinComment> {
  protected readonly entityName = 'CommentCollection';

  constructor(context: StandinRequestContext, locate: Locator<AnnotationScope>) {
    super(context, locate);
  }

  protected listItems(scope: AnnotationScope): CommentTarget[] {
    return scope.sheets().flatMap((sheet) => sheet.liveComments().map((comment) => new CommentTarget(sheet, comment)));
  }

  protected itemProxy(item: CommentTarget): StandinComment {
    return new StandinComment(this.context, () => item);
  }

  private cellOf(scope: AnnotationScope, cell: StandinRange | string, tx: BatchTransaction, location: string) {
    if (cell instanceof StandinRange) {
      this.sameContext(cell);
      const target = cell.require(tx);
      if (!isSingleCell(target.rect) || (scope.sheet && scope.sheet !== target.sheet)) throw standinErrors.invalidArgument(location);
      return { sheet: target.sheet, row: target.rect.top, column: target.rect.left };
    }
    if (typeof cell !== 'string') throw standinErrors.invalidArgument(location);
    return scope.cellFor(cell, location, undefined);
  }

  add(cellAddress: StandinRange | string, content: string, _contentType?: string): StandinComment {
    let created: CommentTarget | undefined;
    this.queueAction((scope, tx) => {
      const { sheet, row, column } = this.cellOf(scope, cellAddress, tx, 'CommentCollection.add');
      if (typeof content !== 'string') throw standinErrors.invalidArgument('CommentCollection.add');
      if (sheet.liveComments().some((c) => c.row === row && c.column === column)) throw standinErrors.invalidArgument('CommentCollection.add');
      const comment: CommentModel = {
        id: tx.workbook.nextId('comment'),
        row,
        column,
        content,
        authorName: COMMENT_AUTHOR.name,
        authorEmail: COMMENT_AUTHOR.email,
        creationDate: new Date(),
        resolved: false,
        deleted: false,
      };
      sheet.comments.push(comment);
      created = new CommentTarget(sheet, comment);
      tx.touched();
    });
    return new StandinComment(this.context, () => created ?? null);
  }

  private byId(scope: AnnotationScope, id: string): CommentTarget | null {
    return this.listItems(scope).find((item) => item.comment.id.toUpperCase() === id.toUpperCase()) ?? null;
  }

  getItem(commentId: string): StandinComment {
    return new StandinComment(this.context, (tx) => this.byId(this.require(tx), commentId));
  }

  getItemOrNullObject(commentId: string): StandinComment {
    this.gate('CommentCollection.getItemOrNullObject');
    return new StandinComment(this.context, (tx) => this.byId(this.require(tx), commentId), { nullable: true });
  }

  getItemAt(index: number): StandinComment {
    return new StandinComment(this.context, (tx) => this.listItems(this.require(tx))[index] ?? null);
  }

  /** The comment on a cell; ItemNotFound when the cell has none. */
  getItemByCell(cellAddress: StandinRange | string): StandinComment {
    return new StandinComment(this.context, (tx) => {
      const scope = this.require(tx);
      const { sheet, row, column } = this.cellOf(scope, cellAddress, tx, 'CommentCollection.getItemByCell');
      const comment = sheet.liveComments().find((c) => c.row === row && c.column === column);
      return comment ? new CommentTarget(sheet, comment) : null;
    });
  }

  override getCount(): StandinClientResult<number> {
    return super.getCount();
  }
}
