import type { Rect } from '../address';

/** An embedded chart: its type, source range and placement. No rendering. */
export interface ChartModel {
  id: string;
  name: string;
  chartType: string;
  sourceSheetId: string;
  source: Rect;
  seriesBy: string;
  title: string;
  titleVisible: boolean;
  left: number;
  top: number;
  width: number;
  height: number;
  deleted: boolean;
}
