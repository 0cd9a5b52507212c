import type { CellRef } from '../core/grid/a1';
import type { FundsBinding, IndicatorBinding, IndicatorKind, ScoringNodeBinding, TableBinding } from '../core/binding/types';

/**
 * Corrections a person makes in the task pane, kept apart from what the engine
 * recognised so that they can be re-applied after a new recognition.
 * Rows are 0-based sheet rows, as in the binding.
 */
export interface Overrides {
  kinds: { row: number; kind: IndicatorKind }[];
  cells: { role: string; row: number | null; cell: CellRef }[];
}

export const noOverrides = (): Overrides => ({ kinds: [], cells: [] });

export const hasOverrides = (o: Overrides): boolean => o.kinds.length > 0 || o.cells.length > 0;

const INDICATOR_ROLES = { name: 'nameCell', target: 'target', actual: 'actual', weight: 'weight', score: 'score', reason: 'reason', comparator: 'comparator', unit: 'unit' } as const;
const NODE_ROLES = { label: 'labelCell', weight: 'weightCell', score: 'scoreCell', scoreRate: 'scoreRateCell' } as const;
const FUNDS_ROLES = { 年初预算数: 'initialBudget', 全年预算数: 'budget', 全年执行数: 'executed', 执行率分值: 'weight', 执行率: 'rate', 执行率得分: 'score', 执行率偏差原因: 'reason' } as const;

type FundsKey = (typeof FUNDS_ROLES)[keyof typeof FUNDS_ROLES];

/** A cell bound to a table as a whole (a field of the form, a funds figure, 总分, 等次), by role. */
export interface TableCell {
  role: string;
  cell: CellRef | null;
}

export function tableCells(b: TableBinding): TableCell[] {
  const out: TableCell[] = [];
  if (b.template === 'project-self-eval' || b.template === 'dept-self-eval') {
    for (const f of b.fields) out.push({ role: f.label, cell: f.valueCell });
    if (b.funds) {
      for (const [role, key] of Object.entries(FUNDS_ROLES)) {
        const col = b.funds.columns[key];
        if (col !== undefined) out.push({ role, cell: { row: b.funds.totalRow, col } });
      }
    }
    if (b.total) out.push({ role: '总分', cell: b.total.score }, { role: '总分分值', cell: b.total.weight });
    if (b.grade) out.push({ role: '等次', cell: b.grade.cell });
  } else if (b.template === 'indicator-scoring') {
    if (b.total) out.push({ role: '总分', cell: b.total.score }, { role: '总分分值', cell: b.total.weight }, { role: '总分得分率', cell: b.total.scoreRate });
    if (b.grade) out.push({ role: '等次', cell: b.grade.cell });
  }
  return out;
}

/** The cells of one indicator row by role (self-evaluation forms). */
export function indicatorCells(i: IndicatorBinding): { role: string; cell: CellRef }[] {
  const out: { role: string; cell: CellRef }[] = [];
  for (const [role, key] of Object.entries(INDICATOR_ROLES)) {
    const c = i[key];
    if (c) out.push({ role, cell: c });
  }
  return out;
}

/** The binding with one indicator's kind set (or returned to the engine's when `kind` is null). */
export function withKind(b: TableBinding, row: number, kind: IndicatorKind | null): TableBinding | null {
  if (b.template !== 'project-self-eval' && b.template !== 'dept-self-eval') return null;
  const idx = b.indicators.findIndex((i) => i.row === row);
  if (idx < 0) return null;
  const { kindOverride: _old, ...rest } = b.indicators[idx];
  const next: IndicatorBinding = kind ? { ...rest, kindOverride: kind } : rest;
  return { ...b, indicators: b.indicators.map((i, k) => (k === idx ? next : i)) };
}

/** The binding with the cell of `role` moved to `cell`; null when the role does not exist on this table. */
export function withCell(b: TableBinding, role: string, row: number | null, cell: CellRef): TableBinding | null {
  if (b.template === 'project-self-eval' || b.template === 'dept-self-eval') {
    if (row !== null) {
      if (!(role in INDICATOR_ROLES)) return null;
      const key = INDICATOR_ROLES[role as keyof typeof INDICATOR_ROLES];
      const idx = b.indicators.findIndex((i) => i.row === row);
      if (idx < 0) return null;
      return { ...b, indicators: b.indicators.map((i, k) => (k === idx ? { ...i, [key]: cell } : i)) };
    }
    const field = b.fields.findIndex((f) => f.label === role);
    if (field >= 0) return { ...b, fields: b.fields.map((f, k) => (k === field ? { ...f, valueCell: cell } : f)) };
    if (role in FUNDS_ROLES) {
      if (!b.funds) return null;
      const key: FundsKey = FUNDS_ROLES[role as keyof typeof FUNDS_ROLES];
      const funds: FundsBinding = { ...b.funds, columns: { ...b.funds.columns, [key]: cell.col }, totalRow: cell.row };
      return { ...b, funds };
    }
    if (role === '总分' || role === '总分分值') {
      const total = b.total ?? { row: cell.row, labelCell: cell, weight: null, score: null };
      return { ...b, total: role === '总分' ? { ...total, score: cell } : { ...total, weight: cell } };
    }
    if (role === '等次') return { ...b, grade: { labelCell: b.grade?.labelCell ?? cell, cell } };
    return null;
  }
  if (b.template === 'indicator-scoring') {
    if (row !== null) {
      if (!(role in NODE_ROLES)) return null;
      const key = NODE_ROLES[role as keyof typeof NODE_ROLES];
      const idx = b.nodes.findIndex((n) => n.labelCell.row === row);
      if (idx < 0) return null;
      const patch: Partial<ScoringNodeBinding> = key === 'weightCell' ? { weightCell: cell, weightInLabel: false } : { [key]: cell };
      return { ...b, nodes: b.nodes.map((n, k) => (k === idx ? { ...n, ...patch } : n)) };
    }
    if (role === '总分' || role === '总分分值' || role === '总分得分率') {
      const total = b.total ?? { row: cell.row, labelCell: cell, weight: null, score: null, scoreRate: null };
      const key = role === '总分' ? 'score' : role === '总分分值' ? 'weight' : 'scoreRate';
      return { ...b, total: { ...total, [key]: cell } };
    }
    if (role === '等次') return { ...b, grade: { labelCell: b.grade?.labelCell ?? cell, cell } };
  }
  return null;
}

/** Re-applies a person's corrections to a (freshly recognised) binding; corrections that no longer fit are dropped. */
export function applyOverrides(b: TableBinding, o: Overrides): { binding: TableBinding; kept: Overrides } {
  let binding = b;
  const kept: Overrides = { kinds: [], cells: [] };
  for (const c of o.cells) {
    const next = withCell(binding, c.role, c.row, c.cell);
    if (next) {
      binding = next;
      kept.cells.push(c);
    }
  }
  for (const k of o.kinds) {
    const next = withKind(binding, k.row, k.kind);
    if (next) {
      binding = next;
      kept.kinds.push(k);
    }
  }
  return { binding, kept };
}

/** Replaces (or adds) one correction. */
export function recordCell(o: Overrides, role: string, row: number | null, cell: CellRef): Overrides {
  return { kinds: o.kinds, cells: [...o.cells.filter((c) => !(c.role === role && c.row === row)), { role, row, cell }] };
}

export function recordKind(o: Overrides, row: number, kind: IndicatorKind | null): Overrides {
  const kinds = o.kinds.filter((k) => k.row !== row);
  return { kinds: kind ? [...kinds, { row, kind }] : kinds, cells: o.cells };
}
