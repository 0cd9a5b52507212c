import { normalizeColor } from '../colors';
import { standinErrors } from '../errors';
import { DEFAULT_FONT_COLOR, DEFAULT_FONT_NAME, DEFAULT_FONT_SIZE, NO_FILL_REPORTED_COLOR } from '../model/cell';
import type { RangeTarget } from '../model/range-target';
import { type Locator, type ScalarSpecs, StandinClientObject } from '../runtime/client-object';
import type { StandinRequestContext } from '../runtime/request-context';

/**
 * Colours read back as "#RRGGBB"; a cell without fill reports "#FFFFFF" (as Excel does), and a range whose
 * cells differ reports null. Writes take "#RRGGBB", "RRGGBB" or a CSS colour name.
 */
const FILL_SCALARS: ScalarSpecs<RangeTarget> = {
  color: {
    get: (t) => t.uniform((cell) => cell?.fill ?? NO_FILL_REPORTED_COLOR),
    set: (t, v, tx) => {
      const color = normalizeColor(v, 'RangeFill.color');
      t.updateCells((cell) => {
        cell.fill = color;
      });
      tx.touched();
    },
  },
};

export class StandinRangeFill extends StandinClientObject<RangeTarget> {
  protected readonly entityName = 'RangeFill';

  constructor(context: StandinRequestContext, locate: Locator<RangeTarget>) {
    super(context, locate);
  }

  protected scalarSpecs(): ScalarSpecs<RangeTarget> {
    return FILL_SCALARS;
  }

  get color(): string | null {
    return this.readProperty('color');
  }
  set color(value: string | null) {
    this.writeProperty('color', value);
  }

  /** Removes the fill (back to "no fill"). */
  clear(): void {
    this.queueAction((target, tx) => {
      target.sheet.forEachStoredCell(target.rect, (cell) => {
        cell.fill = null;
      });
      tx.touched();
    });
  }
}

function booleanSetter(key: 'bold' | 'italic', location: string) {
  return (t: RangeTarget, v: unknown, tx: { touched(): void }) => {
    if (typeof v !== 'boolean') throw standinErrors.invalidArgument(location);
    t.updateCells((cell) => {
      cell[key] = v;
    });
    tx.touched();
  };
}

const FONT_SCALARS: ScalarSpecs<RangeTarget> = {
  color: {
    get: (t) => t.uniform((cell) => cell?.fontColor ?? DEFAULT_FONT_COLOR),
    set: (t, v, tx) => {
      const color = normalizeColor(v, 'RangeFont.color');
      t.updateCells((cell) => {
        cell.fontColor = color;
      });
      tx.touched();
    },
  },
  bold: { get: (t) => t.uniform((cell) => cell?.bold ?? false), set: booleanSetter('bold', 'RangeFont.bold') },
  italic: { get: (t) => t.uniform((cell) => cell?.italic ?? false), set: booleanSetter('italic', 'RangeFont.italic') },
  name: {
    get: (t) => t.uniform((cell) => cell?.fontName ?? DEFAULT_FONT_NAME),
    set: (t, v, tx) => {
      if (typeof v !== 'string' || v === '') throw standinErrors.invalidArgument('RangeFont.name');
      t.updateCells((cell) => {
        cell.fontName = v === DEFAULT_FONT_NAME ? null : v;
      });
      tx.touched();
    },
  },
  size: {
    get: (t) => t.uniform((cell) => cell?.fontSize ?? DEFAULT_FONT_SIZE),
    set: (t, v, tx) => {
      if (typeof v !== 'number' || !(v >= 1 && v <= 409)) throw standinErrors.invalidArgument('RangeFont.size');
      t.updateCells((cell) => {
        cell.fontSize = v === DEFAULT_FONT_SIZE ? null : v;
      });
      tx.touched();
    },
  },
};

export class StandinRangeFont extends StandinClientObject<RangeTarget> {
  protected readonly entityName = 'RangeFont';

  constructor(context: StandinRequestContext, locate: Locator<RangeTarget>) {
    super(context, locate);
  }

  protected scalarSpecs(): ScalarSpecs<RangeTarget> {
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
  get name(): string | null {
    return this.readProperty('name');
  }
  set name(value: string | null) {
    this.writeProperty('name', value);
  }
  get size(): number | null {
    return this.readProperty('size');
  }
  set size(value: number | null) {
    this.writeProperty('size', value);
  }
}
