import type { Finding } from '../model/finding';
import type { CheckContext, Rule } from './types';
import { toA1 } from '../grid/a1';
import { missingReason } from './rules/missing-reason';
import { targetNotMet } from './rules/target-not-met';
import { targetFarExceeded } from './rules/target-far-exceeded';
import { scoreMismatch } from './rules/score-mismatch';
import { scoreOutOfBand } from './rules/score-out-of-band';
import { scoreOverWeight } from './rules/score-over-weight';
import { totalMismatch } from './rules/total-mismatch';
import { rateMismatch } from './rules/rate-mismatch';
import { weightMismatch } from './rules/weight-mismatch';
import { gradeMismatch } from './rules/grade-mismatch';
import { missingValue } from './rules/missing-value';
import { unparseable } from './rules/unparseable';
import { spentWithoutBudget } from './rules/spent-without-budget';
import { rounding } from './rules/rounding';

export type { Rule, CheckContext, RuleFinding } from './types';
import type { RuleFinding } from './types';

/** Every rule, one per finding code (DOMAIN.md section 5). */
export const RULES: Rule[] = [
  missingReason,
  targetNotMet,
  targetFarExceeded,
  scoreMismatch,
  scoreOutOfBand,
  scoreOverWeight,
  totalMismatch,
  rateMismatch,
  weightMismatch,
  gradeMismatch,
  missingValue,
  unparseable,
  spentWithoutBudget,
  rounding,
];

/** Per row evaluation, per rule, sheet and profile: the findings checkIndicator gave. */
const ROW_FINDINGS = new WeakMap<object, Map<string, RuleFinding[]>>();

function indicatorFindings(rule: Rule, ctx: CheckContext): RuleFinding[] {
  if (!rule.checkIndicator) return [];
  const out: RuleFinding[] = [];
  const key = `${rule.code}|${ctx.profile.id}`;
  for (const ind of ctx.table.indicators) {
    let memo = ROW_FINDINGS.get(ind);
    if (!memo) ROW_FINDINGS.set(ind, (memo = new Map()));
    let found = memo.get(key);
    if (!found) memo.set(key, (found = rule.checkIndicator(ind, ctx)));
    out.push(...found);
  }
  return out;
}

/** A rule's finding in the report's shape; remembered per (cached) rule finding and sheet. */
const AS_FINDING = new WeakMap<RuleFinding, { sheet: string; finding: Finding }>();

function toFinding(rule: Rule, f: RuleFinding, sheet: string): Finding {
  const hit = AS_FINDING.get(f);
  if (hit && hit.sheet === sheet) return hit.finding;
  const finding: Finding = {
    code: rule.code,
    severity: rule.severity,
    sheet,
    cell: toA1(f.cell.row, f.cell.col),
    message: f.message,
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    ...(f.actual !== undefined ? { actual: f.actual } : {}),
  };
  AS_FINDING.set(f, { sheet, finding });
  return finding;
}

function ruleFindings(rule: Rule, ctx: CheckContext): RuleFinding[] {
  return [...indicatorFindings(rule, ctx), ...rule.check(ctx)];
}

export function runRule(rule: Rule, ctx: CheckContext): Finding[] {
  return ruleFindings(rule, ctx).map((f) => toFinding(rule, f, ctx.table.sheet));
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** All findings of a table, in sheet order (row, then column), errors first within a cell. */
export function runChecks(ctx: CheckContext, rules: Rule[] = RULES): Finding[] {
  const keyed: { rule: Rule; f: RuleFinding; key: number }[] = [];
  for (const rule of rules) {
    for (const f of ruleFindings(rule, ctx)) keyed.push({ rule, f, key: (f.cell.row * 20000 + f.cell.col) * 4 + SEVERITY_ORDER[rule.severity] });
  }
  return keyed.sort((a, b) => a.key - b.key).map((x) => toFinding(x.rule, x.f, ctx.table.sheet));
}
