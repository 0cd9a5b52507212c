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

function labelNode(text: string, cell: CellRef | null): ScoreNode {
  const lw = splitLabelWeight(text);
  return node(lw.name, { weightCell: lw.weight ? cell : null, declaredWeight: lw.weight });
}

function sectionNodes(evals: IndicatorEval[]): ScoreNode[] {
  const key1 = (e: IndicatorEval) => cellKey(e.binding.level1Cell, e.binding.level1);
  return groupBy(evals, key1).map((rows) => {
    const b: IndicatorBinding = rows[0].binding;
    if (!b.level1) return level2Nodes(rows);
    const section = labelNode(b.level1, b.level1Cell);
    section.children = level2Nodes(rows);
    return [section];
  }).flat();
}

function level2Nodes(evals: IndicatorEval[]): ScoreNode[] {
  const key2 = (e: IndicatorEval) => cellKey(e.binding.level2Cell, e.binding.level2);
  return groupBy(evals, key2).map((rows) => {
    const b = rows[0].binding;
    const leaves = rows.map(leafOf);
    if (!b.level2 || rows.every((r) => normalise(r.binding.name) === normalise(b.level2))) return leaves;
    const lw = splitLabelWeight(b.level2);
    if (!lw.weight) return leaves; // an undeclared 二级 adds nothing to check: its indicators count under the section
    const group = labelNode(b.level2, b.level2Cell);
    group.children = leaves;
    return [group];
  }).flat();
}

/**
 * Indicator evaluations kept between live edits: a row is evaluated again only
 * when one of its bound cells (or its kind override, or the profile) changed.
 */
export type IndicatorCache = Map<number, { key: string; ev: IndicatorEval }>;

function rowKey(grid: Grid, b: IndicatorBinding, profile: Profile): string {
  const parts: string[] = [profile.id, b.kindOverride ?? ''];
  for (const c of [b.target, b.actual, b.weight, b.score, b.reason, b.comparator, b.unit]) {
    if (!c) parts.push('');
    else {
      // The value decides the reading; for numbers the format does too (0.9689 vs 96.89%).
      const v = grid.value(c.row, c.col);
      parts.push(typeof v === 'number' ? `${v}|${grid.numberFormat(c.row, c.col) ?? ''}` : String(v));
    }
  }
  return parts.join('\u0000');
}

function evaluateCached(grid: Grid, b: IndicatorBinding, profile: Profile, cache?: IndicatorCache): IndicatorEval {
  if (!cache) return evaluateIndicator(grid, b, profile);
  const key = rowKey(grid, b, profile);
  const hit = cache.get(b.row);
  if (hit && hit.key === key && hit.ev.binding === b) return hit.ev;
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
  root.children.push(...sectionNodes(indicators));
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
