import { absoluteRect, quoteSheetName } from '../address';
import { standinErrors } from '../errors';
import { FormulaEvaluator } from '../formula/evaluator';
import { type FormulaNode, parseFormula } from '../formula/parser';
import { cellAsFormulaValue } from '../formula/recalculation';
import { UnsupportedFormula } from '../formula/values';
import { RangeTarget } from '../model/range-target';
import type { NamedItemModel, WorkbookModel } from '../model/workbook';
import { type Locator, type ProxyOptions, type ScalarSpecs, StandinClientObject, StandinCollectionObject } from '../runtime/client-object';
import type { StandinClientResult } from '../runtime/client-result';
import type { StandinRequestContext } from '../runtime/request-context';
import type { BatchTransaction } from '../runtime/transaction';
import { StandinRange } from './range';

export class NamedItemTarget {
  constructor(
    readonly workbook: WorkbookModel,
    readonly item: NamedItemModel,
  ) {}

  get deleted(): boolean {
    return this.item.deleted;
  }

  node(): FormulaNode | undefined {
    try {
      return parseFormula(this.item.formula);
    } catch {
      return undefined;
    }
  }

  /** The range the name refers to, when its formula is a single reference to an existing sheet. */
  range(): RangeTarget | undefined {
    const node = this.node();
    if (node?.kind !== 'reference' || node.sheet === undefined) return undefined;
    const sheet = this.workbook.sheetByName(node.sheet);
    return sheet ? new RangeTarget(sheet, node.rect) : undefined;
  }

  /** NamedItem.type and .value: ranges give "Sheet1!$A$1:$B$2"; constants and formulas give their result. */
  typeAndValue(): { type: string; value: unknown } {
    const range = this.range();
    if (range) return { type: 'Range', value: `${quoteSheetName(range.sheet.name)}!${absoluteRect(range.rect)}` };
    const node = this.node();
    const home = this.workbook.sheets[0];
    if (!node || !home) return { type: 'Error', value: '#NAME?' };
    try {
      const evaluator = new FormulaEvaluator({
        sheetByName: (name) => this.workbook.sheetByName(name),
        cellValue: (sheet, row, column) => cellAsFormulaValue(sheet.cell(row, column)),
        rangeValues: () => [],
        definedName: () => undefined,
      });
      const result = evaluator.evaluateFormula(node, home);
      switch (result.type) {
        case 'number':
          return { type: 'Double', value: result.value };
        case 'string':
          return { type: 'String', value: result.value };
        case 'boolean':
          return { type: 'Boolean', value: result.value };
        case 'error':
          return { type: 'Error', value: result.value };
        default:
          return { type: 'Error', value: '#VALUE!' };
      }
    } catch (error) {
      if (error instanceof UnsupportedFormula) return { type: 'Error', value: '#NAME?' };
      throw error;
    }
  }
}

const NAME_PATTERN = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
const CELL_LIKE = /^([A-Za-z]{1,3}[0-9]{1,7}|[RrCc]|[Rr][0-9]*[Cc][0-9]*|[Rr][0-9]+|[Cc][0-9]+)$/;

function validName(name: unknown): string {
  if (typeof name !== 'string' || name.length > 255 || !NAME_PATTERN.test(name) || CELL_LIKE.test(name)) {
    throw standinErrors.invalidArgument('NamedItemCollection.add');
  }
  return name;
}

function formulaFor(reference: unknown, tx: BatchTransaction, context: StandinRequestContext): string {
  if (reference instanceof StandinRange) {
    if (reference.context !== context) throw standinErrors.invalidRequestContext();
    const target = reference.require(tx);
    return `=${quoteSheetName(target.sheet.name)}!${absoluteRect(target.rect)}`;
  }
  if (typeof reference !== 'string' || reference.trim() === '') throw standinErrors.invalidArgument('NamedItemCollection.add');
  const formula = reference.startsWith('=') ? reference : `=${reference}`;
  if (!tx.recalculation.isValidFormula(formula)) throw standinErrors.invalidArgument('NamedItemCollection.add');
  return formula;
}

const NAMED_ITEM_SCALARS: ScalarSpecs<NamedItemTarget> = {
  name: { get: (t) => t.item.name },
  type: { get: (t) => t.typeAndValue().type },
  value: { get: (t) => t.typeAndValue().value },
  scope: { get: () => 'Workbook' },
  formula: {
    get: (t) => t.item.formula,
    set: (t, v, tx) => {
      if (typeof v !== 'string' || !tx.recalculation.isValidFormula(v.startsWith('=') ? v : `=${v}`)) throw standinErrors.invalidArgument('NamedItem.formula');
      t.item.formula = v.startsWith('=') ? v : `=${v}`;
      tx.touched();
    },
  },
  comment: {
    get: (t) => t.item.comment,
    set: (t, v, tx) => {
      if (typeof v !== 'string') throw standinErrors.invalidArgument('NamedItem.comment');
      t.item.comment = v;
      tx.touched();
    },
  },
  visible: {
    get: (t) => t.item.visible,
    set: (t, v, tx) => {
      if (typeof v !== 'boolean') throw standinErrors.invalidArgument('NamedItem.visible');
      t.item.visible = v;
      tx.touched();
    },
  },
};

/** Excel.NamedItem (workbook scope). */
export class StandinNamedItem extends StandinClientObject<NamedItemTarget> {
  protected readonly entityName = 'NamedItem';

  constructor(context: StandinRequestContext, locate: Locator<NamedItemTarget>, options: ProxyOptions = {}) {
    super(context, locate, options);
  }

  protected scalarSpecs(): ScalarSpecs<NamedItemTarget> {
    return NAMED_ITEM_SCALARS;
  }

  get name(): string {
    return this.readProperty('name');
  }
  get type(): string {
    return this.readProperty('type');
  }
  get value(): unknown {
    return this.readProperty('value');
  }
  get scope(): string {
    return this.readProperty('scope');
  }
  get formula(): string {
    return this.readProperty('formula');
  }
  set formula(value: string) {
    this.writeProperty('formula', value);
  }
  get comment(): string {
    return this.readProperty('comment');
  }
  set comment(value: string) {
    this.writeProperty('comment', value);
  }
  get visible(): boolean {
    return this.readProperty('visible');
  }
  set visible(value: boolean) {
    this.writeProperty('visible', value);
  }

  /** The referenced range; InvalidArgument when the name is not a range. */
  getRange(): StandinRange {
    return new StandinRange(this.context, (tx) => {
      const range = this.require(tx).range();
      if (!range) throw standinErrors.invalidArgument('NamedItem.getRange');
      return range;
    });
  }

  getRangeOrNullObject(): StandinRange {
    this.gate('NamedItem.getRangeOrNullObject');
    return new StandinRange(this.context, (tx) => this.resolve(tx)?.range() ?? null, { nullable: true });
  }

  delete(): void {
    if (!this.gate('NamedItem.delete')) return;
    this.queueAction((target, tx) => {
      target.item.deleted = true;
      target.workbook.names = target.workbook.names.filter((item) => item !== target.item);
      tx.touched();
    });
  }
}

/** Excel.NamedItemCollection (workbook-level names). */
export class StandinNamedItemCollection extends StandinCollectionObject<WorkbookModel, NamedItemTarget, StandinNamedItem> {
  protected readonly entityName = 'NamedItemCollection';

  constructor(context: StandinRequestContext, locate: Locator<WorkbookModel>) {
    super(context, locate);
  }

  protected listItems(workbook: WorkbookModel): NamedItemTarget[] {
    return workbook.names.map((item) => new NamedItemTarget(workbook, item));
  }

  protected itemProxy(item: NamedItemTarget): StandinNamedItem {
    return new StandinNamedItem(this.context, () => item);
  }

  /** Adds a name for a Range or a formula string; ItemAlreadyExists for a taken name (case-insensitive). */
  add(name: string, reference: StandinRange | string, comment?: string): StandinNamedItem {
    let created: NamedItemTarget | undefined;
    if (this.gate('NamedItemCollection.add')) {
      this.queueAction((workbook, tx) => {
        const validated = validName(name);
        if (workbook.nameByName(validated)) throw standinErrors.itemAlreadyExists('NamedItemCollection.add');
        const item: NamedItemModel = { name: validated, formula: formulaFor(reference, tx, this.context), comment: comment ?? '', visible: true, deleted: false };
        workbook.names.push(item);
        created = new NamedItemTarget(workbook, item);
        tx.touched();
      });
    }
    return new StandinNamedItem(this.context, () => created ?? null);
  }

  getItem(name: string): StandinNamedItem {
    return new StandinNamedItem(this.context, (tx) => {
      const workbook = this.require(tx);
      const item = workbook.nameByName(name);
      return item ? new NamedItemTarget(workbook, item) : null;
    });
  }

  getItemOrNullObject(name: string): StandinNamedItem {
    this.gate('NamedItemCollection.getItemOrNullObject');
    return new StandinNamedItem(
      this.context,
      (tx) => {
        const workbook = this.require(tx);
        const item = workbook.nameByName(name);
        return item ? new NamedItemTarget(workbook, item) : null;
      },
      { nullable: true },
    );
  }

  override getCount(): StandinClientResult<number> {
    this.gate('NamedItemCollection.getCount');
    return super.getCount();
  }
}
