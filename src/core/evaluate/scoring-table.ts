import type { Grid } from '../grid/grid';
import type { ScoringTableBinding } from '../binding/types';
import type { Profile } from '../profiles/types';
import { evaluated } from './table';
import type { EvaluatedTable, NumericCell } from './table';
import type { Comparison } from './comparisons';
import type { ScoreNode } from './types';
import { ZERO, sum } from '../decimal';
import { normalise } from '../text/normalise';
import { splitLabelWeight } from '../templates/label-weight';
import { readCell, quantityOf } from './read';
import { node, computedWeight, reportedOrDerived, rescored, walk } from './score-tree';
import { treeTotals, asPercent, fmt } from './comparisons';
import { computeRate } from './rates';
import { verdict } from './interval';
import { gradeOf } from './grade';
import { applyProfileRules } from './profile-rules';
import type { Facts } from '../facts/extract';

/** The weight/score tree of a scoring table, leaves carrying the profile's computed score where it has a rule. */
export function scoringTree(grid: Grid, b: ScoringTableBinding): { root: ScoreNode; nodes: ScoreNode[] } {
  const root = node('总分');
  if (b.total) {
    const w = quantityOf(readCell(grid, b.total.weight));
    const s = quantityOf(readCell(grid, b.total.score));
    Object.assign(root, { weightCell: w ? b.total.weight : null, declaredWeight: w?.value ?? null, scoreCell: b.total.score, reportedScore: s?.value ?? null, reportedDecimals: s?.decimals ?? 0 });
  }
  const nodes = b.nodes.map((n) => {
    const weight = n.weightInLabel
      ? splitLabelWeight(grid.text(n.labelCell.row, n.labelCell.col)).weight
      : quantityOf(readCell(grid, n.weightCell))?.value ?? null;
    const read = readCell(grid, n.scoreCell);
    const s = quantityOf(read);
    return node(splitLabelWeight(n.label).name, {
      unreadable: read?.parsed.kind === 'text',
      weightCell: weight ? n.weightCell : null,
      declaredWeight: weight,
      scoreCell: n.scoreCell,
      reportedScore: s?.value ?? null,
      reportedDecimals: s?.decimals ?? 0,
    });
  });
  b.nodes.forEach((n, i) => (n.parent >= 0 ? nodes[n.parent] : root).children.push(nodes[i]));
  return { root, nodes };
}

function scoreRates(grid: Grid, b: ScoringTableBinding, nodes: ScoreNode[], root: ScoreNode): Comparison[] {
  const out: Comparison[] = [];
  const pairs: [ScoreNode, ScoringTableBinding['nodes'][number]['scoreRateCell']][] = b.nodes.map((n, i) => [nodes[i], n.scoreRateCell]);
  if (b.total) pairs.push([root, b.total.scoreRate]);
  for (const [n, cell] of pairs) {
    const reported = quantityOf(readCell(grid, cell));
    const weight = n.declaredWeight ?? (n.children.length ? computedWeight(n) : null);
    const score = n.reportedScore ?? reportedOrDerived(n);
    if (!cell || !reported || !weight || !score) continue;
    const v = computeRate('得分率', { kind: 'quantity', raw: '', value: score, unit: '', writtenUnit: '', comparator: null, decimals: 0, annotation: null }, { kind: 'quantity', raw: '', value: weight, unit: '', writtenUnit: '', comparator: null, decimals: 0, annotation: null });
    if (!v) continue;
    const p = asPercent(reported);
    out.push({ kind: 'rate', cell, what: `${n.label} 得分率`, reported: `${fmt(p.value)}%`, expected: `${fmt(v.point, 2)}%`, verdict: verdict(p, v.exact) });
  }
  return out;
}

export function evaluateScoringTable(grid: Grid, b: ScoringTableBinding, profile: Profile, facts: Facts): EvaluatedTable {
  const { root, nodes } = scoringTree(grid, b);
  const rules = applyProfileRules(grid, profile, nodes, facts);
  const comparisons: Comparison[] = [...scoreRates(grid, b, nodes, root), ...rules.comparisons];
  treeTotals(root, comparisons);
  const cells: NumericCell[] = [];
  walk(root, (n) => {
    if (n.weightCell && n.declaredWeight === null) {
      const r = readCell(grid, n.weightCell);
      if (r) cells.push({ read: r, what: `${n.label} 分值`, required: false, strictness: 'strict' });
    }
    const s = readCell(grid, n.scoreCell);
    if (s) cells.push({ read: s, what: `${n.label} 得分`, required: n.children.length === 0 && n.declaredWeight !== null && n !== root, strictness: 'strict' });
  });
  const computed = sum(root.children.map((c) => reportedOrDerived(c) ?? ZERO));
  const total = { cell: root.scoreCell, reported: root.reportedScore, reportedDecimals: root.reportedDecimals, computed, rescored: rescored(root), max: root.declaredWeight ?? computedWeight(root) };
  const gradeText = b.grade ? normalise(grid.text(b.grade.cell.row, b.grade.cell.col)) : '';
  return evaluated('indicator-scoring', b.sheet, b.range, {
    scoreTree: root,
    comparisons,
    numericCells: cells,
    grade: { cell: b.grade?.cell ?? null, reported: gradeText || null, computed: gradeOf(total.reported ?? computed, profile) },
    total,
  });
}
