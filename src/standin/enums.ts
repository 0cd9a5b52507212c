/**
 * Excel enum-like constants (string enums) that the stand-in exposes on its `Excel` object.
 * Member names and values follow the Excel JavaScript API type declarations; each object is typed
 * as the matching `Excel.*` enum so adapter code can use them interchangeably.
 */

export const ErrorCodes = {
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  conflict: 'Conflict',
  dirtySupportingFormula: 'DirtySupportingFormula',
  emptyChartSeries: 'EmptyChartSeries',
  filteredRangeConflict: 'FilteredRangeConflict',
  formulaLengthExceedsLimit: 'FormulaLengthExceedsLimit',
  generalException: 'GeneralException',
  inactiveWorkbook: 'InactiveWorkbook',
  insertDeleteConflict: 'InsertDeleteConflict',
  invalidArgument: 'InvalidArgument',
  invalidBinding: 'InvalidBinding',
  invalidOperation: 'InvalidOperation',
  invalidReference: 'InvalidReference',
  invalidSelection: 'InvalidSelection',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  mergedRangeConflict: 'MergedRangeConflict',
  nonBlankCellOffSheet: 'NonBlankCellOffSheet',
  notImplemented: 'NotImplemented',
  openWorkbookLinksBlocked: 'OpenWorkbookLinksBlocked',
  operationCellsExceedLimit: 'OperationCellsExceedLimit',
  pivotTableRangeConflict: 'PivotTableRangeConflict',
  powerQueryRefreshResourceChallenge: 'PowerQueryRefreshResourceChallenge',
  rangeExceedsLimit: 'RangeExceedsLimit',
  rangeImageExceedsLimit: 'RangeImageExceedsLimit',
  refreshWorkbookLinksBlocked: 'RefreshWorkbookLinksBlocked',
  requestAborted: 'RequestAborted',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  unsupportedFeature: 'UnsupportedFeature',
  unsupportedFillType: 'UnsupportedFillType',
  unsupportedOperation: 'UnsupportedOperation',
  unsupportedSheet: 'UnsupportedSheet',
  invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
} as const as unknown as typeof Excel.ErrorCodes;

export const EventTriggerSource = {
  unknown: 'Unknown',
  thisLocalAddin: 'ThisLocalAddin',
} as const as unknown as typeof Excel.EventTriggerSource;

export const ConditionalFormatType = {
  custom: 'Custom',
  dataBar: 'DataBar',
  colorScale: 'ColorScale',
  iconSet: 'IconSet',
  topBottom: 'TopBottom',
  presetCriteria: 'PresetCriteria',
  containsText: 'ContainsText',
  cellValue: 'CellValue',
} as const as unknown as typeof Excel.ConditionalFormatType;

export const ChartType = {
  invalid: 'Invalid',
  columnClustered: 'ColumnClustered',
  columnStacked: 'ColumnStacked',
  columnStacked100: 'ColumnStacked100',
  _3DColumnClustered: '3DColumnClustered',
  _3DColumnStacked: '3DColumnStacked',
  _3DColumnStacked100: '3DColumnStacked100',
  barClustered: 'BarClustered',
  barStacked: 'BarStacked',
  barStacked100: 'BarStacked100',
  _3DBarClustered: '3DBarClustered',
  _3DBarStacked: '3DBarStacked',
  _3DBarStacked100: '3DBarStacked100',
  lineStacked: 'LineStacked',
  lineStacked100: 'LineStacked100',
  lineMarkers: 'LineMarkers',
  lineMarkersStacked: 'LineMarkersStacked',
  lineMarkersStacked100: 'LineMarkersStacked100',
  pieOfPie: 'PieOfPie',
  pieExploded: 'PieExploded',
  _3DPieExploded: '3DPieExploded',
  barOfPie: 'BarOfPie',
  xyscatterSmooth: 'XYScatterSmooth',
  xyscatterSmoothNoMarkers: 'XYScatterSmoothNoMarkers',
  xyscatterLines: 'XYScatterLines',
  xyscatterLinesNoMarkers: 'XYScatterLinesNoMarkers',
  areaStacked: 'AreaStacked',
  areaStacked100: 'AreaStacked100',
  _3DAreaStacked: '3DAreaStacked',
  _3DAreaStacked100: '3DAreaStacked100',
  doughnutExploded: 'DoughnutExploded',
  radarMarkers: 'RadarMarkers',
  radarFilled: 'RadarFilled',
  surface: 'Surface',
  surfaceWireframe: 'SurfaceWireframe',
  surfaceTopView: 'SurfaceTopView',
  surfaceTopViewWireframe: 'SurfaceTopViewWireframe',
  bubble: 'Bubble',
  bubble3DEffect: 'Bubble3DEffect',
  stockHLC: 'StockHLC',
  stockOHLC: 'StockOHLC',
  stockVHLC: 'StockVHLC',
  stockVOHLC: 'StockVOHLC',
  cylinderColClustered: 'CylinderColClustered',
  cylinderColStacked: 'CylinderColStacked',
  cylinderColStacked100: 'CylinderColStacked100',
  cylinderBarClustered: 'CylinderBarClustered',
  cylinderBarStacked: 'CylinderBarStacked',
  cylinderBarStacked100: 'CylinderBarStacked100',
  cylinderCol: 'CylinderCol',
  coneColClustered: 'ConeColClustered',
  coneColStacked: 'ConeColStacked',
  coneColStacked100: 'ConeColStacked100',
  coneBarClustered: 'ConeBarClustered',
  coneBarStacked: 'ConeBarStacked',
  coneBarStacked100: 'ConeBarStacked100',
  coneCol: 'ConeCol',
  pyramidColClustered: 'PyramidColClustered',
  pyramidColStacked: 'PyramidColStacked',
  pyramidColStacked100: 'PyramidColStacked100',
  pyramidBarClustered: 'PyramidBarClustered',
  pyramidBarStacked: 'PyramidBarStacked',
  pyramidBarStacked100: 'PyramidBarStacked100',
  pyramidCol: 'PyramidCol',
  _3DColumn: '3DColumn',
  line: 'Line',
  _3DLine: '3DLine',
  _3DPie: '3DPie',
  pie: 'Pie',
  xyscatter: 'XYScatter',
  _3DArea: '3DArea',
  area: 'Area',
  doughnut: 'Doughnut',
  radar: 'Radar',
  histogram: 'Histogram',
  boxwhisker: 'Boxwhisker',
  pareto: 'Pareto',
  regionMap: 'RegionMap',
  treemap: 'Treemap',
  waterfall: 'Waterfall',
  sunburst: 'Sunburst',
  funnel: 'Funnel',
} as const as unknown as typeof Excel.ChartType;

export const ChartSeriesBy = {
  auto: 'Auto',
  columns: 'Columns',
  rows: 'Rows',
} as const as unknown as typeof Excel.ChartSeriesBy;

export const DataChangeType = {
  unknown: 'Unknown',
  rangeEdited: 'RangeEdited',
  rowInserted: 'RowInserted',
  rowDeleted: 'RowDeleted',
  columnInserted: 'ColumnInserted',
  columnDeleted: 'ColumnDeleted',
  cellInserted: 'CellInserted',
  cellDeleted: 'CellDeleted',
} as const as unknown as typeof Excel.DataChangeType;

export const InsertShiftDirection = {
  down: 'Down',
  right: 'Right',
} as const as unknown as typeof Excel.InsertShiftDirection;

export const DeleteShiftDirection = {
  up: 'Up',
  left: 'Left',
} as const as unknown as typeof Excel.DeleteShiftDirection;

export const EventSource = {
  local: 'Local',
  remote: 'Remote',
} as const as unknown as typeof Excel.EventSource;

export const EventType = {
  worksheetChanged: 'WorksheetChanged',
  worksheetSelectionChanged: 'WorksheetSelectionChanged',
  worksheetAdded: 'WorksheetAdded',
  worksheetActivated: 'WorksheetActivated',
  worksheetDeactivated: 'WorksheetDeactivated',
  tableChanged: 'TableChanged',
  tableSelectionChanged: 'TableSelectionChanged',
  worksheetDeleted: 'WorksheetDeleted',
  chartAdded: 'ChartAdded',
  chartActivated: 'ChartActivated',
  chartDeactivated: 'ChartDeactivated',
  chartDeleted: 'ChartDeleted',
  worksheetCalculated: 'WorksheetCalculated',
  visualSelectionChanged: 'VisualSelectionChanged',
  tableAdded: 'TableAdded',
  tableDeleted: 'TableDeleted',
  tableFiltered: 'TableFiltered',
  worksheetFiltered: 'WorksheetFiltered',
  shapeActivated: 'ShapeActivated',
  shapeDeactivated: 'ShapeDeactivated',
  visualChange: 'VisualChange',
  workbookAutoSaveSettingChanged: 'WorkbookAutoSaveSettingChanged',
  worksheetFormatChanged: 'WorksheetFormatChanged',
  ribbonCommandExecuted: 'RibbonCommandExecuted',
  worksheetRowSorted: 'WorksheetRowSorted',
  worksheetColumnSorted: 'WorksheetColumnSorted',
  worksheetSingleClicked: 'WorksheetSingleClicked',
  worksheetRowHiddenChanged: 'WorksheetRowHiddenChanged',
  commentAdded: 'CommentAdded',
  commentDeleted: 'CommentDeleted',
  commentChanged: 'CommentChanged',
  worksheetFormulaChanged: 'WorksheetFormulaChanged',
  workbookActivated: 'WorkbookActivated',
  linkedWorkbookWorkbookLinksChanged: 'LinkedWorkbookWorkbookLinksChanged',
  linkedWorkbookRefreshCompleted: 'LinkedWorkbookRefreshCompleted',
  worksheetProtectionChanged: 'WorksheetProtectionChanged',
  worksheetNameChanged: 'WorksheetNameChanged',
  worksheetVisibilityChanged: 'WorksheetVisibilityChanged',
  worksheetMoved: 'WorksheetMoved',
  linkedEntityDataDomainLinkedEntityDataDomainAdded: 'LinkedEntityDataDomainLinkedEntityDataDomainAdded',
  linkedEntityDataDomainRefreshCompleted: 'LinkedEntityDataDomainRefreshCompleted',
  linkedEntityDataDomainRefreshModeChanged: 'LinkedEntityDataDomainRefreshModeChanged',
  linkedEntityDataDomainLinkedEntityCellValueLoaded: 'LinkedEntityDataDomainLinkedEntityCellValueLoaded',
} as const as unknown as typeof Excel.EventType;

export const ClearApplyTo = {
  all: 'All',
  formats: 'Formats',
  contents: 'Contents',
  hyperlinks: 'Hyperlinks',
  removeHyperlinks: 'RemoveHyperlinks',
  resetContents: 'ResetContents',
} as const as unknown as typeof Excel.ClearApplyTo;

export const RangeValueType = {
  unknown: 'Unknown',
  empty: 'Empty',
  string: 'String',
  integer: 'Integer',
  double: 'Double',
  boolean: 'Boolean',
  error: 'Error',
  richValue: 'RichValue',
} as const as unknown as typeof Excel.RangeValueType;

export const SheetVisibility = {
  visible: 'Visible',
  hidden: 'Hidden',
  veryHidden: 'VeryHidden',
} as const as unknown as typeof Excel.SheetVisibility;

export const HorizontalAlignment = {
  general: 'General',
  left: 'Left',
  center: 'Center',
  right: 'Right',
  fill: 'Fill',
  justify: 'Justify',
  centerAcrossSelection: 'CenterAcrossSelection',
  distributed: 'Distributed',
} as const as unknown as typeof Excel.HorizontalAlignment;

export const VerticalAlignment = {
  top: 'Top',
  center: 'Center',
  bottom: 'Bottom',
  justify: 'Justify',
  distributed: 'Distributed',
} as const as unknown as typeof Excel.VerticalAlignment;

export const BorderIndex = {
  edgeTop: 'EdgeTop',
  edgeBottom: 'EdgeBottom',
  edgeLeft: 'EdgeLeft',
  edgeRight: 'EdgeRight',
  insideVertical: 'InsideVertical',
  insideHorizontal: 'InsideHorizontal',
  diagonalDown: 'DiagonalDown',
  diagonalUp: 'DiagonalUp',
} as const as unknown as typeof Excel.BorderIndex;

export const BorderLineStyle = {
  none: 'None',
  continuous: 'Continuous',
  dash: 'Dash',
  dashDot: 'DashDot',
  dashDotDot: 'DashDotDot',
  dot: 'Dot',
  double: 'Double',
  slantDashDot: 'SlantDashDot',
} as const as unknown as typeof Excel.BorderLineStyle;

export const BorderWeight = {
  hairline: 'Hairline',
  thin: 'Thin',
  medium: 'Medium',
  thick: 'Thick',
} as const as unknown as typeof Excel.BorderWeight;

export const NamedItemType = {
  string: 'String',
  integer: 'Integer',
  double: 'Double',
  boolean: 'Boolean',
  range: 'Range',
  error: 'Error',
  array: 'Array',
} as const as unknown as typeof Excel.NamedItemType;

export const NamedItemScope = {
  worksheet: 'Worksheet',
  workbook: 'Workbook',
} as const as unknown as typeof Excel.NamedItemScope;

export const ConditionalCellValueOperator = {
  invalid: 'Invalid',
  between: 'Between',
  notBetween: 'NotBetween',
  equalTo: 'EqualTo',
  notEqualTo: 'NotEqualTo',
  greaterThan: 'GreaterThan',
  lessThan: 'LessThan',
  greaterThanOrEqual: 'GreaterThanOrEqual',
  lessThanOrEqual: 'LessThanOrEqual',
} as const as unknown as typeof Excel.ConditionalCellValueOperator;

export const ContentType = {
  plain: 'Plain',
  mention: 'Mention',
} as const as unknown as typeof Excel.ContentType;
