import { normalizeColor } from '../colors';
import { standinErrors } from '../errors';
import type { BorderSide, CellBorder, CellModel } from '../model/cell';
import type { RangeTarget } from '../model/range-target';
import { type Locator, type ScalarSpecs, StandinClientObject, StandinCollectionObject } from '../runtime/client-object';
import type { StandinRequestContext } from '../runtime/request-context';

const SIDES: BorderSide[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];
const STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
const WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'];
const NO_BORDER: CellBorder = { style: 'None', color: '#000000', weight: 'Thin' };

/** One side of a range's borders, kept on the cells along that side. */
export class BorderTarget {
  constructor(
    readonly range: RangeTarget,
    readonly side: BorderSide,
  ) {}

  get deleted(): boolean {
    return this.range.deleted;
  }

  /** The cells carrying this side and the cell-level side they store it under. */
  cells(create: boolean): Array<{ cell: CellModel | undefined; stored: BorderSide }> {
    const { sheet, rect } = this.range;
    const out: Array<{ cell: CellModel | undefined; stored: BorderSide }> = [];
    const add = (r: number, c: number, stored: BorderSide) => out.push({ cell: create ? sheet.ensureCell(r, c) : sheet.cell(r, c), stored });
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        if (this.side === 'EdgeTop' && r === rect.top) add(r, c, 'EdgeTop');
        else if (this.side === 'EdgeBottom' && r === rect.bottom) add(r, c, 'EdgeBottom');
        else if (this.side === 'EdgeLeft' && c === rect.left) add(r, c, 'EdgeLeft');
        else if (this.side === 'EdgeRight' && c === rect.right) add(r, c, 'EdgeRight');
        else if (this.side === 'InsideHorizontal' && r < rect.bottom) add(r, c, 'EdgeBottom');
        else if (this.side === 'InsideVertical' && c < rect.right) add(r, c, 'EdgeRight');
        else if (this.side === 'DiagonalDown' || this.side === 'DiagonalUp') add(r, c, this.side);
      }
    }
    return out;
  }

  read(key: keyof CellBorder): string | null {
    const values = new Set(this.cells(false).map(({ cell, stored }) => (cell?.borders[stored] ?? NO_BORDER)[key]));
    if (values.size === 0) return NO_BORDER[key];
    return values.size === 1 ? [...values][0] : null;
  }

  write(key: keyof CellBorder, value: string): void {
    for (const { cell, stored } of this.cells(true)) {
      if (!cell) continue;
      const current = cell.borders[stored] ?? { ...NO_BORDER };
      const next = { ...current, [key]: value };
      if (next.style === 'None') delete cell.borders[stored];
      else cell.borders[stored] = next;
    }
  }
}

const BORDER_SCALARS: ScalarSpecs<BorderTarget> = {
  sideIndex: { get: (t) => t.side },
  style: {
    get: (t) => t.read('style'),
    set: (t, v, tx) => {
      if (typeof v !== 'string' || !STYLES.includes(v)) throw standinErrors.invalidArgument('RangeBorder.style');
      t.write('style', v);
      tx.touched();
    },
  },
  color: {
    get: (t) => t.read('color'),
    set: (t, v, tx) => {
      const color = normalizeColor(v, 'RangeBorder.color');
      if (t.read('style') === 'None') t.write('style', 'Continuous');
      t.write('color', color);
      tx.touched();
    },
  },
  weight: {
    get: (t) => t.read('weight'),
    set: (t, v, tx) => {
      if (typeof v !== 'string' || !WEIGHTS.includes(v)) throw standinErrors.invalidArgument('RangeBorder.weight');
      if (t.read('style') === 'None') t.write('style', 'Continuous');
      t.write('weight', v);
      tx.touched();
    },
  },
};

/** Excel.RangeBorder (minimal: style, color, weight, sideIndex). */
export class StandinRangeBorder extends StandinClientObject<BorderTarget> {
  protected readonly entityName = 'RangeBorder';

  constructor(context: StandinRequestContext, locate: Locator<BorderTarget>) {
    super(context, locate);
  }

  protected scalarSpecs(): ScalarSpecs<BorderTarget> {
    return BORDER_SCALARS;
  }

  get sideIndex(): string {
    return this.readProperty('sideIndex');
  }
  get style(): string | null {
    return this.readProperty('style');
  }
  set style(value: string | null) {
    this.writeProperty('style', value);
  }
  get color(): string | null {
    return this.readProperty('color');
  }
  set color(value: string | null) {
    this.writeProperty('color', value);
  }
  get weight(): string | null {
    return this.readProperty('weight');
  }
  set weight(value: string | null) {
    this.writeProperty('weight', value);
  }
}

/** Excel.RangeBorderCollection: getItem(side), getItemAt(index), items. */
export class StandinRangeBorderCollection extends StandinCollectionObject<RangeTarget, BorderTarget, StandinRangeBorder> {
  protected readonly entityName = 'RangeBorderCollection';

  constructor(context: StandinRequestContext, locate: Locator<RangeTarget>) {
    super(context, locate);
  }

  protected listItems(target: RangeTarget): BorderTarget[] {
    return SIDES.map((side) => new BorderTarget(target, side));
  }

  protected itemProxy(item: BorderTarget): StandinRangeBorder {
    return new StandinRangeBorder(this.context, () => item);
  }

  getItem(index: string): StandinRangeBorder {
    return new StandinRangeBorder(this.context, (tx) => {
      if (!SIDES.includes(index as BorderSide)) throw standinErrors.invalidArgument('RangeBorderCollection.getItem');
      return new BorderTarget(this.require(tx), index as BorderSide);
    });
  }

  getItemAt(index: number): StandinRangeBorder {
    return new StandinRangeBorder(this.context, (tx) => {
      const side = SIDES[index];
      if (!side) throw standinErrors.invalidArgument('RangeBorderCollection.getItemAt');
      return new BorderTarget(this.require(tx), side);
    });
  }
}
