import type { CellRef, RangeRef } from '../grid/a1';

export type TemplateId = 'project-self-eval' | 'dept-self-eval' | 'dept-basic-data' | 'indicator-scoring' | 'budget-table';

export type IndicatorKind = 'positive' | 'reverse' | 'equal' | 'qualitative';

/** A named field of the form and the cell holding its value ("项目名称" → B3). */
export interface FieldBinding {
  label: string;
  labelCell: CellRef;
  valueCell: CellRef | null;
}

/** The 年度资金总额 block: one row per source of funds, one column per figure. */
export interface FundsBinding {
  headerRow: number;
  columns: Partial<Record<'initialBudget' | 'budget' | 'executed' | 'weight' | 'rate' | 'score' | 'reason', number>>;
  totalRow: number;
  /** 其中 rows (当年财政拨款, 上年结转资金, 其他资金): a complete breakdown of the total. */
  partRows: number[];
}

export interface IndicatorBinding {
  row: number;
  level1: string;
  level2: string;
  name: string;
  /** Cells of the 一级 / 二级 labels this row falls under (anchors of merged areas, or the cells carried down from). */
  level1Cell: CellRef | null;
  level2Cell: CellRef | null;
  nameCell: CellRef | null;
  target: CellRef | null;
  actual: CellRef | null;
  weight: CellRef | null;
  score: CellRef | null;
  reason: CellRef | null;
  comparator: CellRef | null;
  unit: CellRef | null;
  /** Set by a person in the task pane: overrides the kind the engine infers. */
  kindOverride?: IndicatorKind;
}

/** A self-evaluation form (项目支出 or 部门整体): funds block, indicator table, 总分, 等次. */
export interface SelfEvalBinding {
  template: 'project-self-eval' | 'dept-self-eval';
  sheet: string;
  range: RangeRef;
  fields: FieldBinding[];
  funds: FundsBinding | null;
  indicatorHeaderRow: number;
  indicators: IndicatorBinding[];
  total: { row: number; labelCell: CellRef; weight: CellRef | null; score: CellRef | null } | null;
  grade: { labelCell: CellRef; cell: CellRef } | null;
}

export type TableBinding = SelfEvalBinding | BudgetTableBinding | ScoringTableBinding | BasicDataBinding;

/** A column of figures in a budget-like table. */
export interface AmountColumn {
  col: number;
  header: string;
  /** amount: adds up down the rows; rate: a ratio of other columns; share: a percentage of a total (not added up). */
  kind: 'amount' | 'rate' | 'share';
}

/** A parent row and the rows that break it down: complete (numbered, total rows) or partial (其中). */
export interface PartsBinding {
  parent: number;
  children: number[];
  complete: boolean;
}

/** A rate cell's formula, bound to the columns it divides. */
export interface RateColumnBinding {
  col: number;
  formula: string;
  numeratorCol: number;
  denominatorCol: number;
}

/** 收支预决算表, 三公经费表, 支出明细表, 固定资产表 …: labelled rows of amounts with 合计 / 小计 / 其中. */
export interface BudgetTableBinding {
  template: 'budget-table';
  sheet: string;
  range: RangeRef;
  headerRow: number;
  labelCol: number;
  columns: AmountColumn[];
  rows: { row: number; label: string }[];
  parts: PartsBinding[];
  rates: RateColumnBinding[];
}

/** One indicator of a scoring table and where it hangs. */
export interface ScoringNodeBinding {
  label: string;
  labelCell: CellRef;
  /** 1 = 一级 …; numbering depth + 1 in a single-label-column table. */
  level: number;
  /** Index of the parent node in `nodes`, or -1 under the total. */
  parent: number;
  /** The weight: a 分值 / 权重 cell, or the label cell when written in the label ("部门决策（11）"). */
  weightCell: CellRef | null;
  weightInLabel: boolean;
  scoreCell: CellRef | null;
  scoreRateCell: CellRef | null;
}

/** 指标评分表 / 评价得分表 / 共性指标体系框架: indicators with weights and scores, a total and a grade. */
export interface ScoringTableBinding {
  template: 'indicator-scoring';
  sheet: string;
  range: RangeRef;
  headerRow: number;
  nodes: ScoringNodeBinding[];
  total: { row: number; labelCell: CellRef; weight: CellRef | null; score: CellRef | null; scoreRate: CellRef | null } | null;
  grade: { labelCell: CellRef; cell: CellRef } | null;
}

/** A header row over one or more rows of figures (人员情况: 编制数 | 实际在职人数 | 控制率; 楼堂馆所). */
export interface FigureBlockBinding {
  headerRow: number;
  valueRows: number[];
  columns: { col: number; header: string }[];
  rates: RateColumnBinding[];
}

/** 部门整体支出绩效评价基础数据表: staffing, 经费控制情况 (上年决算 / 本年预算 / 本年决算), 楼堂馆所. */
export interface BasicDataBinding {
  template: 'dept-basic-data';
  sheet: string;
  range: RangeRef;
  people: FigureBlockBinding | null;
  funds: BudgetTableBinding | null;
  /** This year's budget and spending columns of the funds block. */
  spending: { budgetCol: number; spentCol: number } | null;
  buildings: FigureBlockBinding | null;
  /** The same form written as a list (指标名称 | 计量单位 | 数值), one figure per row. */
  list: ListBinding | null;
}

/** A list of named figures, one per row, with the rates and budget/spending pairs found among them. */
export interface ListBinding {
  headerRow: number;
  labelCol: number;
  valueCol: number;
  rows: { row: number; label: string }[];
  rates: { row: number; formula: string; numeratorRow: number; denominatorRow: number }[];
  spending: { label: string; budgetRow: number; spentRow: number }[];
}
