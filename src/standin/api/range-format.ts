import { standinErrors } from '../errors';
import { autofitColumns, autofitRows } from '../model/range-edits';
import type { RangeTarget } from '../model/range-target';
import { type Locator, type ScalarSpecs, StandinClientObject } from '../runtime/client-object';
import type { StandinRequestContext } from '../runtime/request-context';
import { StandinRangeBorderCollection } from './range-borders';
import { StandinRangeFill, StandinRangeFont } from './range-fill-font';

const HORIZONTAL = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

function positiveNumber(value: unknown, location: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw standinErrors.invalidArgument(location);
  return value;
}

function oneOf(value: unknown, allowed: string[], location: string): string {
  if (typeof value !== 'string' || !allowed.includes(value)) throw standinErrors.invalidArgument(location);
  return value;
}

const FORMAT_SCALARS: ScalarSpecs<RangeTarget> = {
  columnWidth: {
    get: (t) => {
      const widths = new Set<number>();
      for (let c = t.rect.left; c <= t.rect.right && widths.size < 2; c++) widths.add(t.sheet.columnWidth(c));
      return widths.size === 1 ? [...widths][0] : null;
    },
    set: (t, v, tx) => {
      const width = positiveNumber(v, 'RangeFormat.columnWidth');
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, width);
      tx.touched();
    },
  },
  rowHeight: {
    get: (t) => {
      const heights = new Set<number>();
      for (let r = t.rect.top; r <= t.rect.bottom && heights.size < 2; r++) heights.add(t.sheet.rowHeight(r));
      return heights.size === 1 ? [...heights][0] : null;
    },
    set: (t, v, tx) => {
      const height = positiveNumber(v, 'RangeFormat.rowHeight');
      for (let r = t.rect.top; r <= t.rect.bottom; r++) t.sheet.rowHeights.set(r, height);
      tx.touched();
    },
  },
  wrapText: {
    get: (t) => t.uniform((cell) => cell?.wrapText ?? false),
    set: (t, v, tx) => {
      if (typeof v !== 'boolean') throw standinErrors.invalidArgument('RangeFormat.wrapText');
      t.updateCells((cell) => {
        cell.wrapText = v;
      });
      tx.touched();
    },
  },
  horizontalAlignment: {
    get: (t) => t.uniform((cell) => cell?.horizontalAlignment ?? 'General'),
    set: (t, v, tx) => {
      const alignment = oneOf(v, HORIZONTAL, 'RangeFormat.horizontalAlignment');
      t.updateCells((cell) => {
        cell.horizontalAlignment = alignment;
      });
      tx.touched();
    },
  },
  verticalAlignment: {
    get: (t) => t.uniform((cell) => cell?.verticalAlignment ?? 'Bottom'),
    set: (t, v, tx) => {
      const alignment = oneOf(v, VERTICAL, 'RangeFormat.verticalAlignment');
      t.updateCells((cell) => {
        cell.verticalAlignment = alignment;
      });
      tx.touched();
    },
  },
};

/** Excel.RangeFormat: fill, font, borders, alignment, wrapping, sizes and autofit. */
export class StandinRangeFormat extends StandinClientObject<RangeTarget> {
  protected readonly entityName = 'RangeFormat';

  constructor(context: StandinRequestContext, locate: Locator<RangeTarget>) {
    super(context, locate);
  }

  protected scalarSpecs(): ScalarSpecs<RangeTarget> {
    return FORMAT_SCALARS;
  }

  protected override navigationNames(): readonly string[] {
    return ['fill', 'font', 'borders'];
  }

  get fill(): StandinRangeFill {
    return this.navigation('fill', () => new StandinRangeFill(this.context, (tx) => this.require(tx)));
  }

  get font(): StandinRangeFont {
    return this.navigation('font', () => new StandinRangeFont(this.context, (tx) => this.require(tx)));
  }

  get borders(): StandinRangeBorderCollection {
    return this.navigation('borders', () => new StandinRangeBorderCollection(this.context, (tx) => this.require(tx)));
  }

  get columnWidth(): number | null {
    return this.readProperty('columnWidth');
  }
  set columnWidth(value: number | null) {
    this.writeProperty('columnWidth', value);
  }
  get rowHeight(): number | null {
    return this.readProperty('rowHeight');
  }
  set rowHeight(value: number | null) {
    this.writeProperty('rowHeight', value);
  }
  get wrapText(): boolean | null {
    return this.readProperty('wrapText');
  }
  set wrapText(value: boolean | null) {
    this.writeProperty('wrapText', value);
  }
  get horizontalAlignment(): string | null {
    return this.readProperty('horizontalAlignment');
  }
  set horizontalAlignment(value: string | null) {
    this.writeProperty('horizontalAlignment', value);
  }
  get verticalAlignment(): string | null {
    return this.readProperty('verticalAlignment');
  }
  set verticalAlignment(value: string | null) {
    this.writeProperty('verticalAlignment', value);
  }

  autofitColumns(): void {
    if (!this.gate('RangeFormat.autofitColumns')) return;
    this.queueAction((target, tx) => autofitColumns(target, tx));
  }

  autofitRows(): void {
    if (!this.gate('RangeFormat.autofitRows')) return;
    this.queueAction((target, tx) => autofitRows(target, tx));
  }
}
