import { intersectRects } from '../address';
import { standinErrors } from '../errors';
import { clearConditionalFormats } from '../model/range-edits';
import { RangeTarget } from '../model/range-target';
import type { SheetModel } from '../model/sheet';
import { type ConditionalFormatModel, emptyConditionalStyle } from '../model/conditional-format';
import { type Locator, type ProxyOptions, type ScalarSpecs, StandinClientObject, StandinCollectionObject } from '../runtime/client-object';
import type { StandinRequestContext } from '../runtime/request-context';
import { StandinConditionalRangeFormat } from './conditional-range-format';
import { StandinRange } from './range';

const TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];
const OPERATORS = ['Invalid', 'Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqual', 'LessThanOrEqual'];

/** A conditional format together with the sheet it lives on. */
export class ConditionalFormatTarget {
  constructor(
    readonly sheet: SheetModel,
    readonly format: ConditionalFormatModel,
  ) {}

  get deleted(): boolean {
    return this.format.deleted || this.sheet.deleted;
  }
}

const CONDITIONAL_FORMAT_SCALARS: ScalarSpecs<ConditionalFormatTarget> = {
  id: { get: (t) => t.format.id },
  type: { get: (t) => t.format.type },
  priority: {
    get: (t) => t.sheet.conditionalFormats.indexOf(t.format),
    set: (t, v, tx) => {
      const list = t.sheet.conditionalFormats;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw standinErrors.invalidArgument('ConditionalFormat.priority');
      list.splice(list.indexOf(t.format), 1);
      list.splice(Math.min(v, list.length), 0, t.format);
      tx.touched();
    },
  },
  stopIfTrue: {
    get: (t) => t.format.stopIfTrue,
    set: (t, v, tx) => {
      if (typeof v !== 'boolean') throw standinErrors.invalidArgument('ConditionalFormat.stopIfTrue');
      t.format.stopIfTrue = v;
      tx.touched();
    },
  },
};

function validFormula(value: unknown, location: string, recalculationCheck: (formula: string) => boolean): string {
  if (typeof value !== 'string' || value.trim() === '') throw standinErrors.invalidArgument(location);
  const formula = value.startsWith('=') ? value : `=${value}`;
  if (!recalculationCheck(formula)) throw standinErrors.invalidArgument(location);
  return value;
}

const RULE_SCALARS: ScalarSpecs<ConditionalFormatTarget> = {
  formula: {
    get: (t) => t.format.rule.formula ?? '',
    set: (t, v, tx) => {
      t.format.rule.formula = validFormula(v, 'ConditionalFormatRule.formula', (f) => tx.recalculation.isValidFormula(f));
      tx.touched();
    },
  },
  formulaLocal: {
    get: (t) => t.format.rule.formula ?? '',
    set: (t, v, tx) => {
      t.format.rule.formula = validFormula(v, 'ConditionalFormatRule.formulaLocal', (f) => tx.recalculation.isValidFormula(f));
      tx.touched();
    },
  },
};

/** Excel.ConditionalFormatRule (custom formula rule). */
export class StandinConditionalFormatRule extends StandinClientObject<ConditionalFormatTarget> {
  protected readonly entityName = 'ConditionalFormatRule';

  constructor(context: StandinRequestContext, locate: Locator<ConditionalFormatTarget>) {
    super(context, locate);
  }

  protected scalarSpecs(): ScalarSpecs<ConditionalFormatTarget> {
    return RULE_SCALARS;
  }

  get formula(): string {
    return this.readProperty('formula');
  }
  set formula(value: string) {
    this.writeProperty('formula', value);
  }
  get formulaLocal(): string {
    return this.readProperty('formulaLocal');
  }
  set formulaLocal(value: string) {
    this.writeProperty('formulaLocal', value);
  }
}

/** Excel.CustomConditionalFormat: `rule.formula` plus `format`. */
export class StandinCustomConditionalFormat extends StandinClientObject<ConditionalFormatTarget> {
  protected readonly entityName = 'CustomConditionalFormat';

  constructor(context: StandinRequestContext, locate: Locator<ConditionalFormatTarget>, options: ProxyOptions = {}) {
    super(context, locate, options);
  }

  protected scalarSpecs(): ScalarSpecs<ConditionalFormatTarget> {
    return {};
  }

  protected override navigationNames(): readonly string[] {
    return ['rule', 'format'];
  }

  get rule(): StandinConditionalFormatRule {
    return this.navigation('rule', () => new StandinConditionalFormatRule(this.context, (tx) => this.require(tx)));
  }

  get format(): StandinConditionalRangeFormat {
    return this.navigation('format', () => new StandinConditionalRangeFormat(this.context, (tx) => this.require(tx)));
  }
}

const CELL_VALUE_SCALARS: ScalarSpecs<ConditionalFormatTarget> = {
  rule: {
    get: (t) => ({ ...t.format.rule }),
    set: (t, v, tx) => {
      const rule = v as { formula1?: unknown; formula2?: unknown; operator?: unknown } | null;
      if (!rule || typeof rule.formula1 !== 'string' || typeof rule.operator !== 'string' || !OPERATORS.includes(rule.operator)) {
        throw standinErrors.invalidArgument('CellValueConditionalFormat.rule');
      }
      t.format.rule = { formula1: rule.formula1, operator: rule.operator, ...(typeof rule.formula2 === 'string' ? { formula2: rule.formula2 } : {}) };
      tx.touched();
    },
  },
};

/** Excel.CellValueConditionalFormat: `rule` ({ formula1, formula2?, operator }) plus `format`. */
export class StandinCellValueConditionalFormat extends StandinClientObject<ConditionalFormatTarget> {
  protected readonly entityName = 'CellValueConditionalFormat';

  constructor(context: StandinRequestContext, locate: Locator<ConditionalFormatTarget>, options: ProxyOptions = {}) {
    super(context, locate, options);
  }

  protected scalarSpecs(): ScalarSpecs<ConditionalFormatTarget> {
    return CELL_VALUE_SCALARS;
  }

  protected override navigationNames(): readonly string[] {
    return ['format'];
  }

  get rule(): Record<string, string> {
    return this.readProperty('rule');
  }
  set rule(value: Record<string, string>) {
    this.writeProperty('rule', value);
  }

  get format(): StandinConditionalRangeFormat {
    return this.navigation('format', () => new StandinConditionalRangeFormat(this.context, (tx) => this.require(tx)));
  }
}

/** Excel.ConditionalFormat: type-specific parts through `custom` / `cellValue` (and their *OrNullObject forms). */
export class StandinConditionalFormat extends StandinClientObject<ConditionalFormatTarget> {
  protected readonly entityName = 'ConditionalFormat';

  constructor(context: StandinRequestContext, locate: Locator<ConditionalFormatTarget>, options: ProxyOptions = {}) {
    super(context, locate, options);
  }

  protected scalarSpecs(): ScalarSpecs<ConditionalFormatTarget> {
    return CONDITIONAL_FORMAT_SCALARS;
  }

  protected override navigationNames(): readonly string[] {
    return ['custom', 'cellValue'];
  }

  get id(): string {
    return this.readProperty('id');
  }
  get type(): string {
    return this.readProperty('type');
  }
  get priority(): number {
    return this.readProperty('priority');
  }
  set priority(value: number) {
    this.writeProperty('priority', value);
  }
  get stopIfTrue(): boolean {
    return this.readProperty('stopIfTrue');
  }
  set stopIfTrue(value: boolean) {
    this.writeProperty('stopIfTrue', value);
  }

  private ofType(type: string, nullable: boolean): Locator<ConditionalFormatTarget> {
    return (tx) => {
      const target = nullable ? this.resolve(tx) : this.require(tx);
      return target && target.format.type === type ? target : null;
    };
  }

  get custom(): StandinCustomConditionalFormat {
    return this.navigation('custom', () => new StandinCustomConditionalFormat(this.context, this.ofType('Custom', false)));
  }

  get customOrNullObject(): StandinCustomConditionalFormat {
    return this.navigation('customOrNullObject', () => new StandinCustomConditionalFormat(this.context, this.ofType('Custom', true), { nullable: true }));
  }

  get cellValue(): StandinCellValueConditionalFormat {
    return this.navigation('cellValue', () => new StandinCellValueConditionalFormat(this.context, this.ofType('CellValue', false)));
  }

  get cellValueOrNullObject(): StandinCellValueConditionalFormat {
    return this.navigation('cellValueOrNullObject', () => new StandinCellValueConditionalFormat(this.context, this.ofType('CellValue', true), { nullable: true }));
  }

  delete(): void {
    this.queueAction((target, tx) => {
      target.format.deleted = true;
      target.sheet.conditionalFormats = target.sheet.conditionalFormats.filter((format) => format !== target.format);
      tx.touched();
    });
  }

  /** The range it applies to; InvalidArgument when it applies to several areas. */
  getRange(): StandinRange {
    return new StandinRange(this.context, (tx) => {
      const target = this.require(tx);
      if (target.format.ranges.length !== 1) throw standinErrors.invalidArgument('ConditionalFormat.getRange');
      return new RangeTarget(target.sheet, target.format.ranges[0]);
    });
  }

  getRangeOrNullObject(): StandinRange {
    return new StandinRange(
      this.context,
      (tx) => {
        const target = this.resolve(tx);
        return target && target.format.ranges.length === 1 ? new RangeTarget(target.sheet, target.format.ranges[0]) : null;
      },
      { nullable: true },
    );
  }
}

/** Excel.ConditionalFormatCollection of a range: the formats intersecting it; add() puts a new one on top. */
export class StandinConditionalFormatCollection extends StandinCollectionObject<RangeTarget, ConditionalFormatTarget, StandinConditionalFormat> {
  protected readonly entityName = 'ConditionalFormatCollection';

  constructor(context: StandinRequestContext, locate: Locator<RangeTarget>) {
    super(context, locate);
  }

  protected listItems(target: RangeTarget): ConditionalFormatTarget[] {
    return target.sheet.conditionalFormats
      .filter((format) => format.ranges.some((area) => intersectRects(area, target.rect)))
      .map((format) => new ConditionalFormatTarget(target.sheet, format));
  }

  protected itemProxy(item: ConditionalFormatTarget): StandinConditionalFormat {
    return new StandinConditionalFormat(this.context, () => item);
  }

  add(type: string): StandinConditionalFormat {
    let created: ConditionalFormatTarget | undefined;
    this.queueAction((target, tx) => {
      if (!TYPES.includes(type)) throw standinErrors.invalidArgument('ConditionalFormatCollection.add');
      const format: ConditionalFormatModel = {
        id: tx.workbook.nextId('conditionalFormat'),
        type,
        ranges: [{ ...target.rect }],
        stopIfTrue: false,
        rule: {},
        format: emptyConditionalStyle(),
        deleted: false,
      };
      target.sheet.conditionalFormats.unshift(format);
      created = new ConditionalFormatTarget(target.sheet, format);
      tx.touched();
    });
    return new StandinConditionalFormat(this.context, () => created ?? null);
  }

  getItem(id: string): StandinConditionalFormat {
    return new StandinConditionalFormat(this.context, (tx) => this.listItems(this.require(tx)).find((item) => item.format.id === id) ?? null);
  }

  getItemOrNullObject(id: string): StandinConditionalFormat {
    this.gate('ConditionalFormatCollection.getItemOrNullObject');
    return new StandinConditionalFormat(this.context, (tx) => this.listItems(this.require(tx)).find((item) => item.format.id === id) ?? null, { nullable: true });
  }

  getItemAt(index: number): StandinConditionalFormat {
    return new StandinConditionalFormat(this.context, (tx) => this.listItems(this.require(tx))[index] ?? null);
  }

  /** Clears conditional formatting from this range (formats reaching beyond it are trimmed). */
  clearAll(): void {
    this.queueAction((target, tx) => {
      clearConditionalFormats(target.sheet, target.rect);
      tx.touched();
    });
  }
}
