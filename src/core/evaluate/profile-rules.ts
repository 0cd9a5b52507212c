import type { Grid } from '../grid/grid';
import type { Band, Profile, RateFactId, ScoreRule } from '../profiles/types';
import type { ScoreNode } from './types';
import type { Comparison } from './comparisons';
import type { Facts } from '../facts/extract';
import { Decimal, HUNDRED, round } from '../decimal';
import { normalise } from '../text/normalise';
import { fmt, scoreVerdict } from './comparisons';

/** A rate (percent) from the workbook's facts; null when an input is missing or a denominator is 0. */
export function factRate(facts: Facts, id: RateFactId): Decimal | null {
  const v = (k: string) => facts.get(k)?.value.value ?? null;
  const ratio = (n: Decimal | null, d: Decimal | null) => (n && d && d.gt(0) ? n.div(d).times(HUNDRED) : null);
  switch (id) {
    case '三公经费控制率':
      return ratio(v('三公经费.决算'), v('三公经费.预算'));
    case '公用经费控制率':
      return ratio(v('公用经费.决算'), v('公用经费.预算'));
    case '在职人员控制率':
      return ratio(v('人员.在职'), v('人员.编制'));
    case '编外人员控制率': {
      const out = v('人员.编外');
      const staff = v('人员.在职');
      return out && staff ? ratio(out, staff.plus(out)) : null;
    }
    case '固定资产利用率':
      return ratio(v('固定资产.在用'), v('固定资产.原值'));
    case '预算执行率':
      return ratio(v('支出进度.Q4'), v('支出进度.全年预算'));
  }
}

function bandScore(rate: Decimal, bands: Band[]): Decimal | null {
  for (const b of bands) {
    const ok =
      (b.lt === undefined || rate.lt(b.lt)) &&
      (b.lte === undefined || rate.lte(b.lte)) &&
      (b.gt === undefined || rate.gt(b.gt)) &&
      (b.gte === undefined || rate.gte(b.gte));
    if (ok) return new Decimal(b.score);
  }
  return null;
}

/** The score a rule gives from the facts, unrounded; null when the workbook lacks its inputs. */
export function ruleScore(rule: ScoreRule, facts: Facts): Decimal | null {
  switch (rule.type) {
    case 'bands': {
      const r = factRate(facts, rule.rate);
      return r ? bandScore(r, rule.bands) : null;
    }
    case 'per-point': {
      const r = factRate(facts, rule.rate);
      if (!r) return null;
      const over = rule.direction === 'above' ? r.minus(rule.threshold) : new Decimal(rule.threshold).minus(r);
      const lost = Decimal.max(0, over).times(rule.perPoint);
      return Decimal.max(new Decimal(rule.floor ?? '0'), new Decimal(rule.max).minus(lost));
    }
    case 'quarterly-progress': {
      const annual = facts.get('支出进度.全年预算')?.value.value;
      if (!annual || annual.lte(0)) return null;
      const spent = [1, 2, 3, 4].map((i) => facts.get(`支出进度.Q${i}`)?.value.value);
      if (spent.some((x) => x === undefined)) return null;
      const progress = spent.map((x) => (x as Decimal).div(annual));
      const quarters = progress.map((p, i) => Decimal.min(p.div(new Decimal(rule.schedule[i]).div(100)), 1).times(rule.perQuarter));
      const average = progress.reduce((sum, p) => sum.plus(p), new Decimal(0)).div(4);
      const annualScore = Decimal.min(average.times(rule.annualAverage), new Decimal(rule.annualAverage));
      return quarters.reduce((s, x) => s.plus(x), annualScore);
    }
    case 'rate-times': {
      const r = factRate(facts, rule.rate);
      if (!r) return null;
      const s = r.div(100).times(rule.factor);
      return rule.cap ? Decimal.min(s, new Decimal(rule.cap)) : s;
    }
    case 'sum': {
      let total = new Decimal(0);
      for (const part of rule.parts) {
        const s = ruleScore(part, facts);
        if (s === null) return null;
        total = total.plus(s);
      }
      return total;
    }
  }
}

function matchesIndicator(label: string, names: string[]): boolean {
  const t = normalise(label).replace(/^[\d.、()（）①-⑳]+/, '');
  return names.some((n) => t === n || t.endsWith(n));
}

/** Regional scoring rules applied to the leaves of a scoring table: each computable leaf gets its profile score. */
export function applyProfileRules(_grid: Grid, profile: Profile, nodes: ScoreNode[], facts: Facts): { comparisons: Comparison[] } {
  const comparisons: Comparison[] = [];
  for (const rule of profile.rules ?? []) {
    for (const n of nodes) {
      if (n.children.length || !matchesIndicator(n.label, rule.indicator)) continue;
      const s = ruleScore(rule.rule, facts);
      if (s === null) continue;
      n.computedScore = round(s, profile.scoreDecimals);
      if (n.reportedScore && n.scoreCell) {
        const reported = { kind: 'quantity' as const, raw: '', value: n.reportedScore, unit: '', writtenUnit: '', comparator: null, decimals: n.reportedDecimals, annotation: null };
        comparisons.push({ kind: 'score', cell: n.scoreCell, what: `${n.label} 得分`, reported: fmt(n.reportedScore), expected: fmt(n.computedScore, profile.scoreDecimals), verdict: scoreVerdict(reported, s, profile.scoreDecimals) });
      }
    }
  }
  return { comparisons };
}

