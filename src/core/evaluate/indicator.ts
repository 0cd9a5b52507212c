import type { Grid } from '../grid/grid';
import type { IndicatorBinding, IndicatorKind } from '../binding/types';
import type { Profile } from '../profiles/types';
import type { Quantity } from '../values/types';
import type { IndicatorEval } from './types';
import { Decimal, round } from '../decimal';
import { normalise } from '../text/normalise';
import { parseText, convertible, toUnit } from '../values';
import { readCell, quantityOf, ReadCell } from './read';

/** 指标性质 written as a word: 正向 is ≥, 反向 ≤, 等于 =; 定性 has no comparator. */
function comparatorOf(text: string): string {
  const t = normalise(text);
  if (/^正向/.test(t)) return '≥';
  if (/^反向/.test(t)) return '≤';
  if (/^(等于|相等|等向)/.test(t)) return '=';
  if (/^定性/.test(t)) return '';
  return text.trim();
}

/** A target split over 指标性质 | 指标值 | 度量单位 columns is read as one quantity ("≥" "90" "%"). */
function combinedTarget(grid: Grid, b: IndicatorBinding, target: ReadCell | null): ReadCell | null {
  if (!target || (!b.comparator && !b.unit)) return target;
  const cmp = b.comparator ? comparatorOf(grid.text(b.comparator.row, b.comparator.col)) : '';
  const unit = b.unit ? grid.text(b.unit.row, b.unit.col).trim() : '';
  if (!cmp && !unit) return target;
  if (target.parsed.kind !== 'quantity' && target.parsed.kind !== 'text') return target;
  const text = `${cmp}${target.text.trim()}${target.parsed.kind === 'quantity' && target.parsed.unit ? '' : unit}`;
  return { ...target, parsed: parseText(text) };
}

function withUnit(grid: Grid, b: IndicatorBinding, actual: ReadCell | null): ReadCell | null {
  if (!actual || !b.unit || actual.parsed.kind !== 'quantity' || actual.parsed.unit) return actual;
  const unit = grid.text(b.unit.row, b.unit.col).trim();
  return unit ? { ...actual, parsed: parseText(`${actual.text.trim()}${unit}`) } : actual;
}

function inferKind(target: Quantity, level2: string, profile: Profile): IndicatorKind {
  switch (target.comparator) {
    case '<=':
    case '<':
      return 'reverse';
    case '=':
      return 'equal';
    case '>=':
    case '>':
      return 'positive';
    default:
      return profile.indicators.reverseLevel2Words.some((w) => level2.includes(w)) ? 'reverse' : 'positive';
  }
}

/** Profile score for a quantitative indicator (DOMAIN.md section 4), before rounding. */
export function quantitativeScore(kind: IndicatorKind, target: Decimal, actual: Decimal, weight: Decimal, profile: Profile): Decimal {
  if (kind === 'reverse') {
    if (actual.lte(target)) return weight;
    if (target.lte(0)) return new Decimal(0);
    if (profile.indicators.reverseFormula === 'ratio') return target.div(actual).times(weight);
    if (actual.gte(target.times(2))) return new Decimal(0);
    return new Decimal(1).minus(actual.minus(target).div(target)).times(weight);
  }
  if (kind === 'equal' && target.isZero()) return actual.lte(0) ? weight : new Decimal(0);
  if (actual.gte(target)) return weight;
  if (target.lte(0)) return weight;
  return Decimal.max(0, actual.div(target).times(weight));
}

function outcomeOf(kind: IndicatorKind, t: Quantity, a: Quantity, profile: Profile): IndicatorEval['outcome'] {
  const strict = t.comparator === '>' || t.comparator === '<';
  if (kind === 'reverse') return (strict ? a.value.gte(t.value) : a.value.gt(t.value)) ? 'not-met' : 'met';
  if (strict ? a.value.lte(t.value) : a.value.lt(t.value)) return 'not-met';
  if (t.value.gt(0)) {
    const limit = t.value.times(new Decimal(1).plus(new Decimal(profile.indicators.farExceededPercent).div(100)));
    if (a.value.gt(limit)) return 'far-exceeded';
  }
  return 'met';
}

function statedLevel(actual: ReadCell | null, profile: Profile): string | null {
  if (!actual || actual.parsed.kind !== 'text') return null;
  const t = normalise(actual.text);
  for (const band of profile.qualitativeBands) if (band.words.some((w) => t.includes(w))) return band.level;
  return null;
}

export function evaluateIndicator(grid: Grid, b: IndicatorBinding, profile: Profile): IndicatorEval {
  const target = combinedTarget(grid, b, readCell(grid, b.target));
  const actual = withUnit(grid, b, readCell(grid, b.actual));
  const weight = readCell(grid, b.weight);
  const score = readCell(grid, b.score);
  const reason = readCell(grid, b.reason);
  const t = quantityOf(target);
  const aRaw = quantityOf(actual);
  const w = quantityOf(weight);
  const base: IndicatorEval = {
    binding: b, target, actual, weight, score, reason,
    kind: 'qualitative', targetQ: null, actualQ: null, computed: null, outcome: null,
    statedLevel: statedLevel(actual, profile),
  };
  if (!t || b.kindOverride === 'qualitative') return base;
  const kind = b.kindOverride ?? inferKind(t, b.level2, profile);
  if (!aRaw) {
    // An empty actual keeps the row quantitative (its value is missing); a sentence makes it qualitative.
    return actual && actual.parsed.kind === 'empty' ? { ...base, kind, targetQ: t } : base;
  }
  if (!convertible(t.unit, aRaw.unit)) return base;
  const a = toUnit(aRaw, t.unit || aRaw.unit) ?? aRaw;
  const tq = t.unit ? t : (toUnit(t, a.unit) ?? t);
  const computed = w ? round(quantitativeScore(kind, tq.value, a.value, w.value, profile), profile.scoreDecimals) : null;
  return { ...base, kind, targetQ: tq, actualQ: a, computed, outcome: outcomeOf(kind, tq, a, profile) };
}
