import type { Grid } from '../grid/grid';
import type { Profile } from '../profiles/types';
import type { ScoreNode } from './types';
import type { Comparison } from './comparisons';

/** Regional scoring rules bound to scoring-table indicators (filled in by the profile rules engine). */
export function applyProfileRules(_grid: Grid, _profile: Profile, _nodes: ScoreNode[]): { comparisons: Comparison[] } {
  return { comparisons: [] };
}
