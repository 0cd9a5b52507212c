import { type Rect, qualifiedAddress, rectCellCount } from '../address';
import { RangeTarget } from '../model/range-target';
import type { SheetModel } from '../model/sheet';
import { type Locator, type ProxyOptions, type ScalarSpecs, StandinClientObject, StandinCollectionObject } from '../runtime/client-object';
import type { StandinRequestContext } from '../runtime/request-context';
import { StandinRange } from './range';

/** Several rectangles of one sheet (what getMergedAreasOrNullObject returns). */
export interface AreasTarget {
  sheet: SheetModel;
  rects: Rect[];
}

/** Areas are joined with ", " as in the API reference example ("Sheet1!A1:B4, Sheet1!D1:D4"). */
const AREAS_SCALARS: ScalarSpecs<AreasTarget> = {
  address: { get: (t) => t.rects.map((rect) => qualifiedAddress(t.sheet.name, rect)).join(', ') },
  addressLocal: { get: (t) => t.rects.map((rect) => qualifiedAddress(t.sheet.name, rect)).join(', ') },
  areaCount: { get: (t) => t.rects.length },
  cellCount: { get: (t) => t.rects.reduce((sum, rect) => sum + rectCellCount(rect), 0) },
};

/** Excel.RangeAreas (read-only subset: addresses, counts and `areas`). */
export class StandinRangeAreas extends StandinClientObject<AreasTarget> {
  protected readonly entityName = 'RangeAreas';

  constructor(context: StandinRequestContext, locate: Locator<AreasTarget>, options: ProxyOptions = {}) {
    super(context, locate, options);
  }

  protected scalarSpecs(): ScalarSpecs<AreasTarget> {
    return AREAS_SCALARS;
  }

  protected override navigationNames(): readonly string[] {
    return ['areas'];
  }

  get address(): string {
    return this.readProperty('address');
  }
  get addressLocal(): string {
    return this.readProperty('addressLocal');
  }
  get areaCount(): number {
    return this.readProperty('areaCount');
  }
  get cellCount(): number {
    return this.readProperty('cellCount');
  }

  get areas(): StandinRangeCollection {
    return this.navigation('areas', () => new StandinRangeCollection(this.context, (tx) => this.require(tx)));
  }
}

/** Excel.RangeCollection: the rectangles of a RangeAreas as Range objects. */
export class StandinRangeCollection extends StandinCollectionObject<AreasTarget, RangeTarget, StandinRange> {
  protected readonly entityName = 'RangeCollection';

  constructor(context: StandinRequestContext, locate: Locator<AreasTarget>) {
    super(context, locate);
  }

  protected listItems(target: AreasTarget): RangeTarget[] {
    return target.rects.map((rect) => new RangeTarget(target.sheet, rect));
  }

  protected itemProxy(item: RangeTarget): StandinRange {
    return new StandinRange(this.context, () => item);
  }

  getItemAt(index: number): StandinRange {
    return new StandinRange(this.context, (tx) => {
      const items = this.listItems(this.require(tx));
      return items[index] ?? null;
    });
  }
}
