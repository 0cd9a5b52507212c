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

export type TableBinding = SelfEvalBinding;
