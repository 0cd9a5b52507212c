import type { CellRef, RangeRef } from '../core/grid/a1';
import type { BudgetTableBinding, FigureBlockBinding, FundsBinding, ListBinding, RateColumnBinding, TableBinding } from '../core/binding/types';

/** Where a saved row or column is now (rows inserted or deleted since the binding was saved). */
export interface Shift {
  row(r: number): number;
  col(c: number): number;
}

/**
 * A shift from anchors (saved position → current position, read from named
 * ranges): each row moves like the nearest anchor at or above it, each column
 * like the nearest anchor at or left of it.
 */
export function shiftFromAnchors(anchors: { from: CellRef; to: CellRef }[]): Shift {
  const byRow = [...anchors].sort((a, b) => a.from.row - b.from.row);
  const byCol = [...anchors].sort((a, b) => a.from.col - b.from.col);
  const pick = <K extends 'row' | 'col'>(list: typeof anchors, k: K, x: number) => {
    let best = list[0];
    for (const a of list) if (a.from[k] <= x) best = a;
    return best ? x + best.to[k] - best.from[k] : x;
  };
  return { row: (r) => pick(byRow, 'row', r), col: (c) => pick(byCol, 'col', c) };
}

/** The same binding at its current place. ScoringNodeBinding.parent is an index, not a row: it is kept. */
export function remapBinding(b: TableBinding, shift: Shift): TableBinding {
  const s = { row: (r: number) => shift.row(r), col: (c: number) => shift.col(c) };
  const cell = (c: CellRef): CellRef => ({ row: s.row(c.row), col: s.col(c.col) });
  const opt = (c: CellRef | null): CellRef | null => (c ? cell(c) : null);
  const range = (r: RangeRef): RangeRef => ({ top: s.row(r.top), left: s.col(r.left), bottom: s.row(r.bottom), right: s.col(r.right) });
  const rates = (rs: RateColumnBinding[]): RateColumnBinding[] =>
    rs.map((r) => ({ ...r, col: s.col(r.col), numeratorCol: s.col(r.numeratorCol), denominatorCol: s.col(r.denominatorCol) }));
  const budget = (t: BudgetTableBinding): BudgetTableBinding => ({
    ...t,
    range: range(t.range),
    headerRow: s.row(t.headerRow),
    labelCol: s.col(t.labelCol),
    columns: t.columns.map((c) => ({ ...c, col: s.col(c.col) })),
    rows: t.rows.map((r) => ({ ...r, row: s.row(r.row) })),
    parts: t.parts.map((p) => ({ ...p, parent: s.row(p.parent), children: p.children.map(s.row) })),
    rates: rates(t.rates),
  });
  const block = (f: FigureBlockBinding | null): FigureBlockBinding | null =>
    f ? { headerRow: s.row(f.headerRow), valueRows: f.valueRows.map(s.row), columns: f.columns.map((c) => ({ ...c, col: s.col(c.col) })), rates: rates(f.rates) } : null;
  const list = (l: ListBinding | null): ListBinding | null =>
    l
      ? {
          headerRow: s.row(l.headerRow),
          labelCol: s.col(l.labelCol),
          valueCol: s.col(l.valueCol),
          rows: l.rows.map((r) => ({ ...r, row: s.row(r.row) })),
          rates: l.rates.map((r) => ({ ...r, row: s.row(r.row), numeratorRow: s.row(r.numeratorRow), denominatorRow: s.row(r.denominatorRow) })),
          spending: l.spending.map((x) => ({ ...x, budgetRow: s.row(x.budgetRow), spentRow: s.row(x.spentRow) })),
        }
      : null;

  switch (b.template) {
    case 'project-self-eval':
    case 'dept-self-eval': {
      const columns: FundsBinding['columns'] = {};
      if (b.funds) for (const [k, v] of Object.entries(b.funds.columns)) if (v !== undefined) columns[k as keyof typeof columns] = s.col(v);
      return {
        ...b,
        range: range(b.range),
        fields: b.fields.map((f) => ({ ...f, labelCell: cell(f.labelCell), valueCell: opt(f.valueCell) })),
        funds: b.funds ? { headerRow: s.row(b.funds.headerRow), columns, totalRow: s.row(b.funds.totalRow), partRows: b.funds.partRows.map(s.row) } : null,
        indicatorHeaderRow: s.row(b.indicatorHeaderRow),
        indicators: b.indicators.map((i) => ({
          ...i,
          row: s.row(i.row),
          level1Cell: opt(i.level1Cell),
          level2Cell: opt(i.level2Cell),
          nameCell: opt(i.nameCell),
          target: opt(i.target),
          actual: opt(i.actual),
          weight: opt(i.weight),
          score: opt(i.score),
          reason: opt(i.reason),
          comparator: opt(i.comparator),
          unit: opt(i.unit),
        })),
        total: b.total ? { row: s.row(b.total.row), labelCell: cell(b.total.labelCell), weight: opt(b.total.weight), score: opt(b.total.score) } : null,
        grade: b.grade ? { labelCell: cell(b.grade.labelCell), cell: cell(b.grade.cell) } : null,
      };
    }
    case 'indicator-scoring':
      return {
        ...b,
        range: range(b.range),
        headerRow: s.row(b.headerRow),
        nodes: b.nodes.map((n) => ({ ...n, labelCell: cell(n.labelCell), weightCell: opt(n.weightCell), scoreCell: opt(n.scoreCell), scoreRateCell: opt(n.scoreRateCell) })),
        total: b.total
          ? { row: s.row(b.total.row), labelCell: cell(b.total.labelCell), weight: opt(b.total.weight), score: opt(b.total.score), scoreRate: opt(b.total.scoreRate) }
          : null,
        grade: b.grade ? { labelCell: cell(b.grade.labelCell), cell: cell(b.grade.cell) } : null,
      };
    case 'budget-table':
      return budget(b);
    case 'dept-basic-data':
      return {
        ...b,
        range: range(b.range),
        people: block(b.people),
        funds: b.funds ? budget(b.funds) : null,
        spending: b.spending ? { budgetCol: s.col(b.spending.budgetCol), spentCol: s.col(b.spending.spentCol) } : null,
        buildings: block(b.buildings),
        list: list(b.list),
      };
  }
}
