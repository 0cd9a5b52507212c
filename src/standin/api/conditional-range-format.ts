import { normalizeColor } from '../colors';
import { standinErrors } from '../errors';
import { type Locator, type ScalarSpecs, StandinClientObject } from '../runtime/client-object';
import type { StandinRequestContext } from '../runtime/request-context';
import type { ConditionalFormatTarget } from './conditional-formats';

/** Unset parts of a conditional format's style read back as null. */
const FORMAT_SCALARS: ScalarSpecs<ConditionalFormatTarget> = {
  numberFormat: {
    get: (t) => t.format.format.numberFormat,
    set: (t, v, tx) => {
      if (typeof v !== 'string') throw standinErrors.invalidArgument('ConditionalRangeFormat.numberFormat');
      t.format.format.numberFormat = v;
      tx.touched();
    },
  },
};

const FILL_SCALARS: ScalarSpecs<ConditionalFormatTarget> = {
  color: {
    get: (t) => t.format.format.fillColor,
    set: (t, v, tx) => {
      t.format.format.fillColor = normalizeColor(v, 'ConditionalRangeFill.color');
      tx.touched();
    },
  },
};

function booleanSpec(key: 'bold' | 'italic') {
  return {
    get: (t: ConditionalFormatTarget) => t.format.format[key],
    set: (t: ConditionalFormatTarget, v: unknown, tx: { touched(): void }) => {
      if (typeof v !== 'boolean') throw standinErrors.invalidArgument(`ConditionalRangeFont.${key}`);
      t.format.format[key] = v;
      tx.touched();
    },
  };
}

const FONT_SCALARS: ScalarSpecs<ConditionalFormatTarget> = {
  color: {
    get: (t) => t.format.format.fontColor,
    set: (t, v, tx) => {
      t.format.format.fontColor = normalizeColor(v, 'ConditionalRangeFont.color');
      tx.touched();
    },
  },
  bold: booleanSpec('bold'),
  italic: booleanSpec('italic'),
};

/** Excel.ConditionalRangeFill. */
export class StandinConditionalRangeFill extends StandinClientObject<ConditionalFormatTarget> {
  protected readonly entityName = 'ConditionalRangeFill';

  constructor(context: StandinRequestContext, locate: Locator<ConditionalFormatTarget>) {
    super(context, locate);
  }

  protected scalarSpecs(): ScalarSpecs<ConditionalFormatTarget> {
    return FILL_SCALARS;
  }

  get color(): string | null {
    return this.readProperty('color');
  }
  set color(value: string | null) {
    this.writeProperty('color', value);
  }

  clear(): void {
    this.queueAction((target, tx) => {
      target.format.format.fillColor = null;
      tx.touched();
    });
  }
}

/** Excel.ConditionalRangeFont (color, bold, italic). */
export class StandinConditionalRangeFont extends StandinClientObject<ConditionalFormatTarget> {
  protected readonly entityName = 'ConditionalRangeFont';

  constructor(context: StandinRequestContext, locate: Locator<ConditionalFormatTarget>) {
    super(context, locate);
  }

  protected scalarSpecs(): ScalarSpecs<ConditionalFormatTarget> {
    return FONT_SCALARS;
  }

  get color(): string | null {
    return this.readProperty('color');
  }
  set color(value: string | null) {
    this.writeProperty('color', value);
  }
  get bold(): boolean | null {
    return this.readProperty('bold');
  }
  set bold(value: boolean | null) {
    this.writeProperty('bold', value);
  }
  get italic(): boolean | null {
    return this.readProperty('italic');
  }
  set italic(value: boolean | null) {
    this.writeProperty('italic', value);
  }

  clear(): void {
    this.queueAction((target, tx) => {
      Object.assign(target.format.format, { fontColor: null, bold: null, italic: null });
      tx.touched();
    });
  }
}

/** Excel.ConditionalRangeFormat: fill, font and number format applied when the rule matches. */
export class StandinConditionalRangeFormat extends StandinClientObject<ConditionalFormatTarget> {
  protected readonly entityName = 'ConditionalRangeFormat';

  constructor(context: StandinRequestContext, locate: Locator<ConditionalFormatTarget>) {
    super(context, locate);
  }

  protected scalarSpecs(): ScalarSpecs<ConditionalFormatTarget> {
    return FORMAT_SCALARS;
  }

  protected override navigationNames(): readonly string[] {
    return ['fill', 'font'];
  }

  get numberFormat(): string | null {
    return this.readProperty('numberFormat');
  }
  set numberFormat(value: string | null) {
    this.writeProperty('numberFormat', value);
  }

  get fill(): StandinConditionalRangeFill {
    return this.navigation('fill', () => new StandinConditionalRangeFill(this.context, (tx) => this.require(tx)));
  }

  get font(): StandinConditionalRangeFont {
    return this.navigation('font', () => new StandinConditionalRangeFont(this.context, (tx) => this.require(tx)));
  }
}
