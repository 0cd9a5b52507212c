import type { CellRef } from '../grid/a1';
import type { Decimal } from '../decimal';
import type { ScoreNode } from './types';
import { ZERO, sum } from '../decimal';

export function node(label: string, init: Partial<ScoreNode> = {}): ScoreNode {
  return {
    label,
    weightCell: null,
    declaredWeight: null,
    scoreCell: null,
    reportedScore: null,
    reportedDecimals: 0,
    children: [],
    computedScore: null,
    ...init,
  };
}

/** A parent's computed weight is the sum of its children's computed weights; a leaf's is its own. */
export function computedWeight(n: ScoreNode): Decimal {
  if (n.children.length === 0) return n.declaredWeight ?? ZERO;
  const memo = (n.memo ??= {});
  return (memo.weight ??= sum(n.children.map(computedWeight)));
}

/** A child's declared weight, or its computed one when it declares none. */
export function declaredOrComputedWeight(n: ScoreNode): Decimal {
  return n.declaredWeight ?? computedWeight(n);
}

/** The score a parent is checked against: the child's reported score, or (when it reports none) what its own children report. */
export function reportedOrDerived(n: ScoreNode): Decimal | null {
  if (n.reportedScore) return n.reportedScore;
  if (n.children.length === 0) return null;
  const memo = (n.memo ??= {});
  if (memo.derived !== undefined) return memo.derived;
  const parts = n.children.map(reportedOrDerived).filter((v): v is Decimal => v !== null);
  return (memo.derived = parts.length ? sum(parts) : null);
}

/** The total if every computable score followed the profile; other leaves keep their reported score. */
/** Call once the profile's scores are set on the leaves: the sums are remembered. */
export function rescored(n: ScoreNode): Decimal {
  if (n.children.length === 0) return n.computedScore ?? n.reportedScore ?? ZERO;
  const memo = (n.memo ??= {});
  return (memo.rescored ??= sum(n.children.map(rescored)));
}

export function walk(n: ScoreNode, visit: (n: ScoreNode, parent: ScoreNode | null) => void, parent: ScoreNode | null = null): void {
  visit(n, parent);
  for (const c of n.children) walk(c, visit, n);
}

export function sameCell(a: CellRef | null, b: CellRef | null): boolean {
  return !!a && !!b && a.row === b.row && a.col === b.col;
}

/** A part whose score cannot be read, directly or inside an unreported subtotal. */
export function hasUnreadable(n: ScoreNode): boolean {
  return !!n.unreadable || (!n.reportedScore && n.children.some(hasUnreadable));
}
