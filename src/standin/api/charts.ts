import { parseAddress } from '../address';
import { ChartSeriesBy, ChartType } from '../enums';
import { standinErrors } from '../errors';
import type { ChartModel } from '../model/chart';
import type { SheetModel } from '../model/sheet';
import { type Locator, type ProxyOptions, type ScalarSpecs, StandinClientObject, StandinCollectionObject } from '../runtime/client-object';
import type { StandinClientResult } from '../runtime/client-result';
import type { StandinRequestContext } from '../runtime/request-context';
import type { BatchTransaction } from '../runtime/transaction';
import { StandinRange } from './range';

const CHART_TYPES = new Set<string>(Object.values(ChartType as unknown as Record<string, string>));
const SERIES_BY = new Set<string>(Object.values(ChartSeriesBy as unknown as Record<string, string>));

export class ChartTarget {
  constructor(
    readonly sheet: SheetModel,
    readonly chart: ChartModel,
  ) {}

  get deleted(): boolean {
    return this.chart.deleted || this.sheet.deleted;
  }
}

function finiteNumber(value: unknown, location: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw standinErrors.invalidArgument(location);
  return value;
}

function sizeSpec(key: 'left' | 'top' | 'width' | 'height') {
  return {
    get: (t: ChartTarget) => t.chart[key],
    set: (t: ChartTarget, v: unknown, tx: BatchTransaction) => {
      t.chart[key] = finiteNumber(v, `Chart.${key}`);
      tx.touched();
    },
  };
}

const CHART_SCALARS: ScalarSpecs<ChartTarget> = {
  id: { get: (t) => t.chart.id },
  name: {
    get: (t) => t.chart.name,
    set: (t, v, tx) => {
      if (typeof v !== 'string' || v === '') throw standinErrors.invalidArgument('Chart.name');
      t.chart.name = v;
      tx.touched();
    },
  },
  chartType: {
    get: (t) => t.chart.chartType,
    set: (t, v, tx) => {
      if (typeof v !== 'string' || !CHART_TYPES.has(v) || v === 'Invalid') throw standinErrors.invalidArgument('Chart.chartType');
      t.chart.chartType = v;
      tx.touched();
    },
  },
  left: sizeSpec('left'),
  top: sizeSpec('top'),
  width: sizeSpec('width'),
  height: sizeSpec('height'),
};

const TITLE_SCALARS: ScalarSpecs<ChartTarget> = {
  text: {
    get: (t) => t.chart.title,
    set: (t, v, tx) => {
      if (typeof v !== 'string') throw standinErrors.invalidArgument('ChartTitle.text');
      t.chart.title = v;
      t.chart.titleVisible = v !== '';
      tx.touched();
    },
  },
  visible: {
    get: (t) => t.chart.titleVisible,
    set: (t, v, tx) => {
      if (typeof v !== 'boolean') throw standinErrors.invalidArgument('ChartTitle.visible');
      t.chart.titleVisible = v;
      tx.touched();
    },
  },
};

/** Excel.ChartTitle (text and visibility). */
export class StandinChartTitle extends StandinClientObject<ChartTarget> {
  protected readonly entityName = 'ChartTitle';

  constructor(context: StandinRequestContext, locate: Locator<ChartTarget>) {
    super(context, locate);
  }

  protected scalarSpecs(): ScalarSpecs<ChartTarget> {
    return TITLE_SCALARS;
  }

  get text(): string {
    return this.readProperty('text');
  }
  set text(value: string) {
    this.writeProperty('text', value);
  }
  get visible(): boolean {
    return this.readProperty('visible');
  }
  set visible(value: boolean) {
    this.writeProperty('visible', value);
  }
}

function columnLeft(sheet: SheetModel, column: number): number {
  let left = 0;
  for (let c = 0; c < column; c++) left += sheet.columnWidth(c);
  return left;
}

function rowTop(sheet: SheetModel, row: number): number {
  let top = 0;
  for (let r = 0; r < row; r++) top += sheet.rowHeight(r);
  return top;
}

/** Excel.Chart: type, name, title, placement; no rendering, series or axes. */
export class StandinChart extends StandinClientObject<ChartTarget> {
  protected readonly entityName = 'Chart';

  constructor(context: StandinRequestContext, locate: Locator<ChartTarget>, options: ProxyOptions = {}) {
    super(context, locate, options);
  }

  protected scalarSpecs(): ScalarSpecs<ChartTarget> {
    return CHART_SCALARS;
  }

  protected override navigationNames(): readonly string[] {
    return ['title'];
  }

  get id(): string {
    return this.readProperty('id');
  }
  get name(): string {
    return this.readProperty('name');
  }
  set name(value: string) {
    this.writeProperty('name', value);
  }
  get chartType(): string {
    return this.readProperty('chartType');
  }
  set chartType(value: string) {
    this.writeProperty('chartType', value);
  }
  get left(): number {
    return this.readProperty('left');
  }
  set left(value: number) {
    this.writeProperty('left', value);
  }
  get top(): number {
    return this.readProperty('top');
  }
  set top(value: number) {
    this.writeProperty('top', value);
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

  get title(): StandinChartTitle {
    return this.navigation('title', () => new StandinChartTitle(this.context, (tx) => this.require(tx)));
  }

  /** Places the chart over startCell (to endCell when given); cells are ranges or addresses on its sheet. */
  setPosition(startCell: StandinRange | string, endCell?: StandinRange | string): void {
    this.sameContext(startCell);
    this.sameContext(endCell);
    this.queueAction((target, tx) => {
      const cellRect = (cell: StandinRange | string) => {
        if (cell instanceof StandinRange) return cell.require(tx).rect;
        const parsed = typeof cell === 'string' ? parseAddress(cell) : undefined;
        if (!parsed) throw standinErrors.invalidArgument('Chart.setPosition');
        return parsed.rect;
      };
      const start = cellRect(startCell);
      const { sheet, chart } = target;
      chart.left = columnLeft(sheet, start.left);
      chart.top = rowTop(sheet, start.top);
      if (endCell !== undefined) {
        const end = cellRect(endCell);
        chart.width = columnLeft(sheet, end.right + 1) - chart.left;
        chart.height = rowTop(sheet, end.bottom + 1) - chart.top;
      }
      tx.touched();
    });
  }

  setData(sourceData: StandinRange, seriesBy?: string): void {
    this.sameContext(sourceData);
    this.queueAction((target, tx) => {
      const source = sourceData.require(tx);
      if (seriesBy !== undefined && !SERIES_BY.has(seriesBy)) throw standinErrors.invalidArgument('Chart.setData');
      target.chart.sourceSheetId = source.sheet.id;
      target.chart.source = { ...source.rect };
      if (seriesBy !== undefined) target.chart.seriesBy = seriesBy;
      tx.touched();
    });
  }

  delete(): void {
    this.queueAction((target, tx) => {
      target.chart.deleted = true;
      target.sheet.charts = target.sheet.charts.filter((chart) => chart !== target.chart);
      tx.touched();
    });
  }
}

/** Excel.ChartCollection of a worksheet. New charts are named "Chart N" and sized 360 × 216 points. */
export class StandinChartCollection extends StandinCollectionObject<SheetModel, ChartTarget, StandinChart> {
  protected readonly entityName = 'ChartCollection';

  constructor(context: StandinRequestContext, locate: Locator<SheetModel>) {
    super(context, locate);
  }

  protected listItems(sheet: SheetModel): ChartTarget[] {
    return sheet.liveCharts().map((chart) => new ChartTarget(sheet, chart));
  }

  protected itemProxy(item: ChartTarget): StandinChart {
    return new StandinChart(this.context, () => item);
  }

  add(type: string, sourceData: StandinRange, seriesBy?: string): StandinChart {
    this.sameContext(sourceData);
    let created: ChartTarget | undefined;
    this.queueAction((sheet, tx) => {
      if (!CHART_TYPES.has(type) || type === 'Invalid') throw standinErrors.invalidArgument('ChartCollection.add');
      if (seriesBy !== undefined && !SERIES_BY.has(seriesBy)) throw standinErrors.invalidArgument('ChartCollection.add');
      if (!(sourceData instanceof StandinRange)) throw standinErrors.invalidArgument('ChartCollection.add');
      const source = sourceData.require(tx);
      let n = 1;
      while (sheet.charts.some((chart) => chart.name === `Chart ${n}`)) n++;
      const chart: ChartModel = {
        id: tx.workbook.nextId('chart'),
        name: `Chart ${n}`,
        chartType: type,
        sourceSheetId: source.sheet.id,
        source: { ...source.rect },
        seriesBy: seriesBy ?? 'Auto',
        title: '',
        titleVisible: false,
        left: 0,
        top: 0,
        width: 360,
        height: 216,
        deleted: false,
      };
      sheet.charts.push(chart);
      created = new ChartTarget(sheet, chart);
      tx.touched();
    });
    return new StandinChart(this.context, () => created ?? null);
  }

  getItem(name: string): StandinChart {
    return new StandinChart(this.context, (tx) => this.listItems(this.require(tx)).find((item) => item.chart.name === name) ?? null);
  }

  getItemOrNullObject(name: string): StandinChart {
    this.gate('ChartCollection.getItemOrNullObject');
    return new StandinChart(this.context, (tx) => this.listItems(this.require(tx)).find((item) => item.chart.name === name) ?? null, { nullable: true });
  }

  getItemAt(index: number): StandinChart {
    return new StandinChart(this.context, (tx) => this.listItems(this.require(tx))[index] ?? null);
  }

  override getCount(): StandinClientResult<number> {
    this.gate('ChartCollection.getCount');
    return super.getCount();
  }
}
