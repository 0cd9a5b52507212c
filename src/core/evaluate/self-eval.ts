import type { Grid } from '../grid/grid';
import type { CellRef } from '../grid/a1';
import type { IndicatorBinding, SelfEvalBinding } from '../binding/types';
import type { Profile } from '../profiles/types';
import type { IndicatorEval, ScoreNode, SelfEvalResult } from './types';
import { ZERO, sum } from '../decimal';
import { normalise } from '../text/normalise';
import { splitLabelWeight } from '../templates/label-weight';
import { evaluateIndicator } from './indicator';
import { evaluateExecution } from './execution';
import { gradeOf } from './grade';
import { readCell, quantityOf } from './read';
import { computedWeight, node, reportedOrDerived, rescored } from './score-tree';

function leafOf(ev: IndicatorEval): ScoreNode {
  const w = quantityOf(ev.weight);
  const s = quantityOf(ev.score);
  return node(ev.binding.name, {
    unreadable: ev.score?.parsed.kind === 'text',
    weightCell: ev.binding.weight,
    declaredWeight: w?.value ?? null,
    scoreCell: ev.binding.score,
    reportedScore: s?.value ?? null,
    reportedDecimals: s?.decimals ?? 0,
    computedScore: ev.computed,
  });
}

/** Groups consecutive rows by the cell their label comes from (one merged 一级 cell = one section). */
function groupBy<T>(items: T[], key: (t: T) => string): T[][] {
  const groups: T[][] = [];
  let last: string | null = null;
  for (const it of items) {
    const k = key(it);
    if (k !== last || groups.length === 0) groups.push([]);
    groups[groups.length - 1].push(it);
    last = k;
  }
  return groups;
}

const cellKey = (c: CellRef | null, text: string) => (c ? `${c.row}:${c.col}` : `t:${text}`);

/**
 * The shape of a form's weight tree (sections, declared 二级 groups, which
 * rows sit where) depends on its binding alone, so it is worked out once per
 * binding; each evaluation only hangs the rows' current leaves on it.
 */
type Shape = { index: number } | { label: string; weight: ReturnType<typeof splitLabelWeight>; cell: CellRef | null; children: Shape[] };
const SHAPES = new WeakMap<IndicatorBinding[], Shape[]>();

function shapeOf(bindings: IndicatorBinding[]): Shape[] {
  let shape = SHAPES.get(bindings);
  if (shape) return shape;
  const rows = bindings.map((b, index) => ({ b, index }));
  const level2 = (group: typeof rows): Shape[] =>
    groupBy(group, (r) => cellKey(r.b.level2Cell, r.b.level2)).flatMap((g) => {
      const b = g[0].b;
      const leaves: Shape[] = g.map((r) => ({ index: r.index }));
      if (!b.level2 || g.every((r) => normalise(r.b.name) === normalise(b.level2))) return leaves;
      const lw = splitLabelWeight(b.level2);
      if (!lw.weight) return leaves; // an undeclared 二级 adds nothing to check: its indicators count under the section
      return [{ label: b.level2, weight: lw, cell: b.level2Cell, children: leaves }];
    });
  shape = groupBy(rows, (r) => cellKey(r.b.level1Cell, r.b.level1)).flatMap((g): Shape[] => {
    const b = g[0].b;
    if (!b.level1) return level2(g);
    return [{ label: b.level1, weight: splitLabelWeight(b.level1), cell: b.level1Cell, children: level2(g) }];
  });
  SHAPES.set(bindings, shape);
  return shape;
}

function instantiate(shape: Shape[], evals: IndicatorEval[]): ScoreNode[] {
  return shape.map((s) => {
    if ('index' in s) return (evals[s.index].leaf ??= leafOf(evals[s.index]));
    const n = node(s.weight.name, { weightCell: s.weight.weight ? s.cell : null, declaredWeight: s.weight.weight });
    n.children = instantiate(s.children, evals);
    return n;
  });
}

function sectionNodes(bindings: IndicatorBinding[], evals: IndicatorEval[]): ScoreNode[] {
  return instantiate(shapeOf(bindings), evals);
}

/**
 * Indicator evaluations kept between live edits: a row is evaluated again only
 * when one of its bound cells (or its kind override, or the profile) changed.
 */
export type IndicatorCache = Map<number, { key: unknown[]; ev: IndicatorEval }>;

/** What a row's evaluation depends on: the profile, its kind override and its bound cells' values (and formats, for numbers). */
function rowKey(grid: Grid, b: IndicatorBinding, profile: Profile): unknown[] {
  const key: unknown[] = [profile, b.kindOverride];
  for (const c of [b.target, b.actual, b.weight, b.score, b.reason, b.comparator, b.unit]) {
    if (!c) {
      key.push(null, null);
      continue;
    }
    const v = grid.value(c.row, c.col);
    key.push(v, typeof v === 'number' ? grid.numberFormat(c.row, c.col) : null);
  }
  return key;
}

function sameKey(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function evaluateCached(grid: Grid, b: IndicatorBinding, profile: Profile, cache?: IndicatorCache): IndicatorEval {
  if (!cache) return evaluateIndicator(grid, b, profile);
  const key = rowKey(grid, b, profile);
  const hit = cache.get(b.row);
  if (hit && hit.ev.binding === b && sameKey(hit.key, key)) return hit.ev;
  const ev = evaluateIndicator(grid, b, profile);
  cache.set(b.row, { key, ev });
  return ev;
}

export function evaluateSelfEval(grid: Grid, binding: SelfEvalBinding, profile: Profile, cache?: IndicatorCache): SelfEvalResult {
  const execution = binding.funds ? evaluateExecution(grid, binding.funds, profile) : null;
  const indicators = binding.indicators.map((b) => evaluateCached(grid, b, profile, cache));
  const totalWeight = quantityOf(readCell(grid, binding.total?.weight ?? null));
  const totalScore = quantityOf(readCell(grid, binding.total?.score ?? null));
  const root = node('总分', {
    weightCell: binding.total?.weight ?? null,
    declaredWeight: totalWeight?.value ?? null,
    scoreCell: binding.total?.score ?? null,
    reportedScore: totalScore?.value ?? null,
    reportedDecimals: totalScore?.decimals ?? 0,
  });
  if (execution && (execution.weight || execution.score)) {
    const s = quantityOf(execution.score);
    root.children.push(
      node('预算执行率', {
        weightCell: execution.weight?.cell ?? null,
        declaredWeight: quantityOf(execution.weight)?.value ?? null,
        scoreCell: execution.score?.cell ?? null,
        reportedScore: s?.value ?? null,
        reportedDecimals: s?.decimals ?? 0,
        computedScore: execution.computedScore,
      }),
    );
  }
  root.children.push(...sectionNodes(binding.indicators, indicators));
  const computed = sum(root.children.map((c) => reportedOrDerived(c) ?? ZERO));
  const total = {
    cell: binding.total?.score ?? null,
    reported: root.reportedScore,
    reportedDecimals: root.reportedDecimals,
    computed,
    rescored: rescored(root),
    max: root.declaredWeight ?? computedWeight(root),
  };
  const gradeCell = binding.grade?.cell ?? null;
  const gradeText = gradeCell ? normalise(grid.text(gradeCell.row, gradeCell.col)) : '';
  return {
    binding,
    execution,
    indicators,
    tree: root,
    total,
    grade: { cell: gradeCell, reported: gradeText || null, computed: gradeOf(total.reported ?? computed, profile) },
  };
}
