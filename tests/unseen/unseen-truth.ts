/**
 * Truth model of the unseen workbook set and the arithmetic that backs it.
 *
 * Everything here works on raw cell values (what ExcelJS reads from a file),
 * never on the engine in src/core: the point of the set is to test the engine
 * against an independent reading of DOMAIN.md (national profile).
 *
 * A `Basis` says how one expected finding (or one "must stay silent" cell) is
 * derived from other cells of the same sheet. `evaluate` recomputes it with
 * decimal.js (ROUND_HALF_UP) and classifies it:
 *   ok       – the value is exactly what the rule gives (no finding)
 *   mistake  – the rule is broken by more than any rounding of the inputs could
 *              explain (a finding is certain)
 *   slack    – off, but explainable by rounding (only `rounding` info is allowed)
 *   na       – the rule cannot be applied (an input is missing or unreadable)
 *
 * Rounding slack: a reported value printed with d decimals stands for the
 * interval ±½·10^-d; an input printed with d ≥ 1 decimals likewise. Inputs
 * written as whole numbers (scores, weights, head counts, 100 万元) are taken as
 * exact, as DOMAIN.md section 8 does for 万州 (过程 63 vs items 61 is a finding).
 */
import DecimalBase from 'decimal.js';

export const D = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Dec = DecimalBase;

export const TEMPLATE_IDS = ['project-self-eval', 'dept-self-eval', 'dept-basic-data', 'indicator-scoring', 'budget-table'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export const SEVERITY = {
  'missing-reason': 'error',
  'target-not-met': 'warning',
  'target-far-exceeded': 'warning',
  'score-mismatch': 'warning',
  'score-out-of-band': 'error',
  'score-over-weight': 'error',
  'total-mismatch': 'error',
  'rate-mismatch': 'error',
  'weight-mismatch': 'error',
  'grade-mismatch': 'error',
  'missing-value': 'error',
  unparseable: 'error',
  'spent-without-budget': 'error',
} as const;
export type Code = keyof typeof SEVERITY;
export const CODES = Object.keys(SEVERITY) as Code[];

export type Kind = 'pos' | 'rev' | 'eq';

/** How an expectation is recomputed. All cells are A1 addresses on the finding's sheet. */
export type Basis =
  | { op: 'sum'; parts: string[]; total: string }
  | { op: 'partial'; parts: string[]; total: string }
  | { op: 'ratio'; num: string; den: string; reported: string }
  | { op: 'change'; now: string; prev: string; reported: string }
  | { op: 'execScore'; num: string; den: string; weight: string; reported: string }
  | { op: 'score'; kind: Kind; target: string; actual: string; weight: string; reported: string }
  | { op: 'notMet'; kind: Kind; target: string; actual: string }
  | { op: 'farExceeded'; kind: Kind; target: string; actual: string }
  | { op: 'reason'; reason: string; kind: Kind | 'qual'; target?: string; actual?: string; weight: string; score: string }
  | { op: 'fundsReason'; reason: string; num: string; den: string }
  | { op: 'band'; actual: string; weight: string; score: string }
  | { op: 'negative'; score: string }
  | { op: 'overWeight'; score: string; weight: string }
  | { op: 'weight'; parent: string; children: string[]; leaves: string[] }
  | { op: 'grade'; total: string; grade: string }
  | { op: 'empty'; cell: string }
  | { op: 'unparseable'; cell: string }
  | { op: 'spent'; budget: string; spent: string };

export interface PlantedFinding {
  code: Code;
  severity: 'error' | 'warning';
  sheet: string;
  cell: string;
  note: string;
  expected?: string;
  actual?: string;
  basis?: Basis;
}

export interface CorrectCell {
  sheet: string;
  cell: string;
  note: string;
  /** codes tolerated here (only `rounding`, severity info); anything else is a false alarm */
  allowed?: string[];
  basis?: Basis[];
}

export interface UnseenTable {
  sheet: string;
  template: TemplateId;
  range?: string;
}

export interface UnseenCase {
  file: string;
  description: string;
  tables: UnseenTable[];
  planted: PlantedFinding[];
  correctCells: CorrectCell[];
}

export interface RawCell {
  value: unknown;
  numFmt?: string;
}
export type Getter = (addr: string) => RawCell;

export interface Verdict {
  status: 'ok' | 'mistake' | 'slack' | 'na';
  expected?: string;
  actual?: string;
  detail: string;
}

// ---------------------------------------------------------------------------
// Reading values

const PLACEHOLDERS = new Set(['', '—', '-', '/', '无', '——', '－', '―', '--']);
const COMPARATOR = /^(≥|≤|>=|<=|>|<|=|≧|≦|不低于|不少于|不高于|不超过|达到|大于等于|小于等于)/;
const UNITS = new Set([
  '', '%', '百分比', '万元', '万', '亿元', '亿', '元', '次', '家', '个', '人', '户', '笔', '项', '天', '月', '分',
  '台', '座', '公里', '件', '所', '场', '期', '批', '套', 'm²', '平方米', '亩', '名', '篇', '小时',
]);

export function rawText(raw: RawCell): string | number | null {
  const v = raw.value as unknown;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join('');
    if ('result' in o || 'formula' in o || 'sharedFormula' in o) {
      const r = o.result;
      if (typeof r === 'number' || typeof r === 'string') return r;
      return null;
    }
    if (typeof o.text === 'string') return o.text;
  }
  return String(v);
}

export function norm(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

export type Qty =
  | { status: 'ok'; v: Dec; dec: number; unit: string; cmp: string }
  | { status: 'empty' }
  | { status: 'bad'; text: string };

function fmtDecimals(numFmt: string): number | null {
  const m = /0\.(0+)/.exec(numFmt);
  if (m) return m[1].length;
  if (/[0#]/.test(numFmt)) return 0;
  return null;
}

/** A cell as one quantity: number, optional comparator, unit and annotation. */
export function readQty(raw: RawCell): Qty {
  const t = rawText(raw);
  if (t === null) return { status: 'empty' };
  if (typeof t === 'number') {
    const fmt = raw.numFmt ?? '';
    if (fmt.includes('%')) {
      const dec = fmtDecimals(fmt.replace('%', '')) ?? 0;
      const v = new D(t).times(100).toDecimalPlaces(dec);
      return { status: 'ok', v, dec, unit: '%', cmp: '' };
    }
    const fd = fmt && fmt !== 'General' ? fmtDecimals(fmt) : null;
    const s = new D(t).toFixed();
    const dec = fd ?? (s.includes('.') ? s.split('.')[1].length : 0);
    return { status: 'ok', v: new D(t).toDecimalPlaces(dec), dec, unit: '', cmp: '' };
  }
  let s = norm(t);
  if (PLACEHOLDERS.has(s)) return { status: 'empty' };
  let cmp = '';
  const c = COMPARATOR.exec(s);
  if (c) {
    cmp = c[1];
    s = s.slice(c[1].length);
  }
  s = s.replace(/\([^)]*\)$/, '');
  const m = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?)(.*)$/.exec(s);
  if (!m) return { status: 'bad', text: t };
  const unit = m[3];
  if (!UNITS.has(unit)) return { status: 'bad', text: t };
  return { status: 'ok', v: new D(m[1].replace(/,/g, '')), dec: m[2] ? m[2].length : 0, unit, cmp };
}

/** A weight: a number, or a label carrying it ("产出指标（50分）", "B1资金投入（6）"). */
export function readWeight(raw: RawCell): { v: Dec; dec: number } | null {
  const q = readQty(raw);
  if (q.status === 'ok') return { v: q.v, dec: q.dec };
  const t = rawText(raw);
  if (typeof t !== 'string') return null;
  const m = /\((\d+(?:\.(\d+))?)分?\)/.exec(norm(t));
  if (!m) return null;
  return { v: new D(m[1]), dec: m[2] ? m[2].length : 0 };
}

function half(dec: number): Dec {
  return dec === 0 ? new D(0) : new D(5).times(new D(10).pow(-(dec + 1)));
}
function halfReported(dec: number): Dec {
  return new D(5).times(new D(10).pow(-(dec + 1)));
}
function r2(x: Dec): Dec {
  return x.toDecimalPlaces(2, DecimalBase.ROUND_HALF_UP);
}
function show(x: Dec, dp?: number): string {
  return dp === undefined ? x.toFixed() : x.toFixed(dp, DecimalBase.ROUND_HALF_UP);
}
function minD(a: Dec, b: Dec): Dec {
  return a.lessThan(b) ? a : b;
}
function maxD(a: Dec, b: Dec): Dec {
  return a.greaterThan(b) ? a : b;
}

/**
 * Reported value against an exact value and the interval the inputs allow.
 * Truncating the last decimal (15/17 = 88.2353% shown as 88.23%) is only
 * `rounding`; dropping all decimals of a score is not (9.689 reported as 9 is a
 * score-mismatch in DOMAIN.md section 8). `anyTruncation` also treats the latter
 * as rounding: the builder uses it to keep planted mistakes beyond doubt.
 */
let anyTruncation = false;
function compareReported(rep: { v: Dec; dec: number }, exact: Dec, lo: Dec, hi: Dec): 'ok' | 'mistake' | 'slack' {
  if (exact.toDecimalPlaces(rep.dec, DecimalBase.ROUND_HALF_UP).equals(rep.v)) return 'ok';
  if ((rep.dec >= 1 || anyTruncation) && exact.toDecimalPlaces(rep.dec, DecimalBase.ROUND_DOWN).equals(rep.v)) return 'slack';
  const h = halfReported(rep.dec);
  if (hi.lessThan(rep.v.minus(h)) || lo.greaterThan(rep.v.plus(h))) return 'mistake';
  return 'slack';
}

export function gradeOf(total: Dec): string {
  if (total.greaterThanOrEqualTo(90)) return '优';
  if (total.greaterThanOrEqualTo(80)) return '良';
  if (total.greaterThanOrEqualTo(60)) return '中';
  return '差';
}

export function levelOf(text: string): '达成' | '部分达成' | '未达成' | null {
  const s = norm(text);
  if (s.includes('未达成年度指标')) return '未达成';
  if (s.includes('部分达成年度指标')) return '部分达成';
  if (s.includes('达成年度指标')) return '达成';
  return null;
}

function posScore(a: Dec, t: Dec, w: Dec, kind: Kind): Dec {
  if (kind === 'eq' && t.isZero()) return a.lessThanOrEqualTo(0) ? w : new D(0);
  if (a.greaterThanOrEqualTo(t)) return w;
  if (t.lessThanOrEqualTo(0)) return new D(0);
  return maxD(new D(0), a.div(t).times(w));
}
function revScore(a: Dec, t: Dec, w: Dec): Dec {
  if (a.lessThanOrEqualTo(t)) return w;
  if (a.greaterThanOrEqualTo(t.times(2))) return new D(0);
  return new D(1).minus(a.minus(t).div(t)).times(w);
}

// ---------------------------------------------------------------------------

/** `evaluate` with every truncation counted as rounding (the most lenient reading). */
export function evaluateLenient(b: Basis, get: Getter): Verdict {
  const before = anyTruncation;
  anyTruncation = true;
  try {
    return evaluate(b, get);
  } finally {
    anyTruncation = before;
  }
}

export function evaluate(b: Basis, get: Getter): Verdict {
  const q = (a: string) => readQty(get(a));
  const num = (a: string) => {
    const x = q(a);
    return x.status === 'ok' ? x : null;
  };
  switch (b.op) {
    case 'sum':
    case 'partial': {
      let s = new D(0);
      let slack = new D(0);
      let any = false;
      for (const p of b.parts) {
        const x = q(p);
        if (x.status === 'bad') return { status: 'na', detail: `part ${p} unreadable` };
        if (x.status === 'empty') continue;
        any = true;
        s = s.plus(x.v);
        slack = slack.plus(half(x.dec));
      }
      const t = q(b.total);
      if (!any || t.status !== 'ok') return { status: 'na', detail: 'no parts or no total' };
      slack = slack.plus(halfReported(t.dec));
      const diff = s.minus(t.v);
      const detail = `${b.parts.join('+')} = ${show(s)}; reported ${show(t.v)}`;
      if (b.op === 'partial') {
        if (diff.lessThanOrEqualTo(0)) return { status: 'ok', detail };
        return diff.greaterThan(slack)
          ? { status: 'mistake', expected: `≥ ${show(s)}`, actual: show(t.v), detail: `其中 rows sum to ${show(s)}, more than the parent ${show(t.v)}` }
          : { status: 'slack', detail };
      }
      if (diff.isZero()) return { status: 'ok', detail };
      return diff.abs().greaterThan(slack)
        ? { status: 'mistake', expected: show(s), actual: show(t.v), detail }
        : { status: 'slack', expected: show(s), actual: show(t.v), detail };
    }
    case 'ratio': {
      const n = num(b.num);
      const d = readWeight(get(b.den));
      const r = num(b.reported);
      if (!n || !d || !r || d.v.isZero()) return { status: 'na', detail: 'ratio inputs missing' };
      const exact = n.v.div(d.v).times(100);
      const hn = half(n.dec);
      const hd = half(d.dec);
      const lo = n.v.minus(hn).div(d.v.plus(hd)).times(100);
      const hi = n.v.plus(hn).div(d.v.minus(hd)).times(100);
      const st = compareReported(r, exact, lo, hi);
      return { status: st, expected: `${show(exact, r.dec)}%`, actual: `${show(r.v, r.dec)}%`, detail: `${show(n.v)}/${show(d.v)} = ${show(exact, 4)}%` };
    }
    case 'change': {
      const n = num(b.now);
      const p = num(b.prev);
      const r = num(b.reported);
      if (!n || !p || !r || !p.v.greaterThan(0)) return { status: 'na', detail: 'change inputs missing' };
      const f = (a: Dec, c: Dec) => a.div(c).minus(1).times(100);
      const exact = f(n.v, p.v);
      const lo = f(n.v.minus(half(n.dec)), p.v.plus(half(p.dec)));
      const hi = f(n.v.plus(half(n.dec)), p.v.minus(half(p.dec)));
      const st = compareReported(r, exact, lo, hi);
      return { status: st, expected: `${show(exact, r.dec)}%`, actual: `${show(r.v, r.dec)}%`, detail: `(${show(n.v)} − ${show(p.v)})/${show(p.v)}` };
    }
    case 'execScore': {
      const n = num(b.num);
      const d = num(b.den);
      const w = readWeight(get(b.weight));
      const r = num(b.reported);
      if (!n || !d || !w || !r || d.v.isZero()) return { status: 'na', detail: 'score inputs missing' };
      const f = (x: Dec) => minD(x, new D(1)).times(w.v);
      const exact = f(n.v.div(d.v));
      const lo = f(n.v.minus(half(n.dec)).div(d.v.plus(half(d.dec))));
      const hi = f(n.v.plus(half(n.dec)).div(d.v.minus(half(d.dec))));
      const st = compareReported(r, exact, lo, hi);
      return { status: st, expected: show(r2(exact), 2), actual: show(r.v), detail: `执行率 ${show(n.v)}/${show(d.v)} × ${show(w.v)}, capped at ${show(w.v)}` };
    }
    case 'score': {
      const t = num(b.target);
      const a = num(b.actual);
      const w = readWeight(get(b.weight));
      const r = num(b.reported);
      if (!t || !a || !w || !r) return { status: 'na', detail: 'score inputs missing' };
      const ht = half(t.dec);
      const ha = half(a.dec);
      let exact: Dec;
      let lo: Dec;
      let hi: Dec;
      if (b.kind === 'rev') {
        exact = revScore(a.v, t.v, w.v);
        lo = revScore(a.v.plus(ha), t.v.minus(ht), w.v);
        hi = revScore(a.v.minus(ha), t.v.plus(ht), w.v);
      } else {
        exact = posScore(a.v, t.v, w.v, b.kind);
        lo = posScore(a.v.minus(ha), t.v.plus(ht), w.v, b.kind);
        hi = posScore(a.v.plus(ha), t.v.minus(ht), w.v, b.kind);
      }
      const st = compareReported(r, r2(exact), minD(lo, hi), maxD(lo, hi));
      return { status: st, expected: show(r2(exact), 2), actual: show(r.v), detail: `${b.kind} target ${show(t.v)}, actual ${show(a.v)}, weight ${show(w.v)}` };
    }
    case 'notMet': {
      const t = num(b.target);
      const a = num(b.actual);
      if (!t || !a) return { status: 'na', detail: 'target or actual missing' };
      const ht = half(t.dec);
      const ha = half(a.dec);
      const detail = `${b.kind} target ${show(t.v)}, actual ${show(a.v)}`;
      if (b.kind === 'rev') {
        if (a.v.lessThanOrEqualTo(t.v)) return { status: 'ok', detail };
        return a.v.minus(ha).greaterThan(t.v.plus(ht))
          ? { status: 'mistake', expected: `≤ ${show(t.v)}`, actual: show(a.v), detail }
          : { status: 'slack', detail };
      }
      if (a.v.greaterThanOrEqualTo(t.v)) return { status: 'ok', detail };
      return a.v.plus(ha).lessThan(t.v.minus(ht))
        ? { status: 'mistake', expected: `${b.kind === 'eq' ? '=' : '≥'} ${show(t.v)}`, actual: show(a.v), detail }
        : { status: 'slack', detail };
    }
    case 'farExceeded': {
      const t = num(b.target);
      const a = num(b.actual);
      if (!t || !a || b.kind === 'rev') return { status: 'na', detail: 'not applicable' };
      const cap = t.v.times('1.3');
      const detail = `target ${show(t.v)}, actual ${show(a.v)}, +30% = ${show(cap)}`;
      if (a.v.lessThanOrEqualTo(cap)) return { status: 'ok', detail };
      return a.v.minus(half(a.dec)).greaterThan(t.v.plus(half(t.dec)).times('1.3'))
        ? { status: 'mistake', expected: `≤ ${show(cap)} without explanation`, actual: show(a.v), detail }
        : { status: 'slack', detail };
    }
    case 'reason': {
      const reason = rawText(get(b.reason));
      const filled = reason !== null && norm(String(reason)) !== '';
      const w = readWeight(get(b.weight));
      const s = num(b.score);
      const why: string[] = [];
      if (w && s && s.v.lessThan(w.v)) why.push(`得分 ${show(s.v)} < 分值 ${show(w.v)}`);
      if (b.kind !== 'qual' && b.target && b.actual) {
        const off = (v: Verdict) => v.status === 'mistake' || v.status === 'slack';
        if (off(evaluate({ op: 'notMet', kind: b.kind, target: b.target, actual: b.actual }, get))) why.push('target not met');
        if (b.kind !== 'rev' && off(evaluate({ op: 'farExceeded', kind: b.kind, target: b.target, actual: b.actual }, get)))
          why.push('target exceeded by more than 30%');
      }
      if (!why.length || filled) return { status: 'ok', detail: why.length ? 'reason given' : 'no reason needed' };
      return { status: 'mistake', expected: '偏差原因 filled', actual: '(empty)', detail: why.join('; ') };
    }
    case 'fundsReason': {
      const reason = rawText(get(b.reason));
      const filled = reason !== null && norm(String(reason)) !== '';
      const n = num(b.num);
      const d = num(b.den);
      if (!n || !d || d.v.isZero()) return { status: 'na', detail: 'rate inputs missing' };
      const rate = n.v.div(d.v);
      if (rate.greaterThanOrEqualTo('0.9') || filled) return { status: 'ok', detail: `执行率 ${show(rate.times(100), 2)}%` };
      return { status: 'mistake', expected: '原因 filled (执行率 < 90%)', actual: '(empty)', detail: `执行率 ${show(rate.times(100), 2)}%` };
    }
    case 'band': {
      const text = rawText(get(b.actual));
      const level = typeof text === 'string' ? levelOf(text) : null;
      const w = readWeight(get(b.weight));
      const s = num(b.score);
      if (!level || !w || !s || w.v.isZero()) return { status: 'na', detail: 'no level' };
      const p = s.v.div(w.v);
      const [lo, hi, hiIn] = level === '达成' ? [0.8, 1, true] : level === '部分达成' ? [0.6, 0.8, false] : [0, 0.6, false];
      const inBand = p.greaterThanOrEqualTo(lo) && (hiIn ? p.lessThanOrEqualTo(hi) : p.lessThan(hi));
      const band = `${level}: [${lo * 100}%, ${hi * 100}%${hiIn ? ']' : ')'} of ${show(w.v)}`;
      return inBand
        ? { status: 'ok', detail: band }
        : { status: 'mistake', expected: band, actual: `${show(s.v)} (${show(p.times(100), 2)}%)`, detail: band };
    }
    case 'negative': {
      const s = num(b.score);
      if (!s) return { status: 'na', detail: 'no score' };
      return s.v.isNegative() && !s.v.isZero()
        ? { status: 'mistake', expected: '≥ 0', actual: show(s.v), detail: 'negative score' }
        : { status: 'ok', detail: 'score ≥ 0' };
    }
    case 'overWeight': {
      const s = num(b.score);
      const w = readWeight(get(b.weight));
      if (!s || !w) return { status: 'na', detail: 'no score' };
      return s.v.greaterThan(w.v)
        ? { status: 'mistake', expected: `≤ ${show(w.v)}`, actual: show(s.v), detail: 'score above weight' }
        : { status: 'ok', detail: 'score ≤ weight' };
    }
    case 'weight': {
      const p = readWeight(get(b.parent));
      const ch = b.children.map((c) => readWeight(get(c)));
      const lv = b.leaves.map((c) => readWeight(get(c)));
      if (!p || ch.some((x) => !x) || lv.some((x) => !x)) return { status: 'na', detail: 'weights unreadable' };
      const sc = ch.reduce((s, x) => s.plus(x!.v), new D(0));
      const sl = lv.reduce((s, x) => s.plus(x!.v), new D(0));
      const detail = `declared ${show(p.v)}; children declared ${show(sc)}, computed ${show(sl)}`;
      return p.v.equals(sc) || p.v.equals(sl)
        ? { status: 'ok', detail }
        : { status: 'mistake', expected: sc.equals(sl) ? show(sc) : `${show(sc)} or ${show(sl)}`, actual: show(p.v), detail };
    }
    case 'grade': {
      const t = num(b.total);
      const g = rawText(get(b.grade));
      if (!t || g === null) return { status: 'na', detail: 'no total or grade' };
      const want = gradeOf(t.v);
      const have = norm(String(g));
      const ok = have.startsWith(want);
      return ok
        ? { status: 'ok', detail: `total ${show(t.v)} → ${want}` }
        : { status: 'mistake', expected: want, actual: have, detail: `total ${show(t.v)} → ${want}` };
    }
    case 'empty': {
      const x = q(b.cell);
      return x.status === 'empty'
        ? { status: 'mistake', expected: 'a value', actual: '(empty)', detail: 'required input is empty' }
        : { status: 'ok', detail: 'filled' };
    }
    case 'unparseable': {
      const x = q(b.cell);
      return x.status === 'bad' && /\d/.test(x.text)
        ? { status: 'mistake', expected: 'a number', actual: x.text, detail: 'cannot be read as a number' }
        : { status: 'ok', detail: 'readable' };
    }
    case 'spent': {
      const bu = q(b.budget);
      const sp = num(b.spent);
      if (!sp || !sp.v.greaterThan(0) || bu.status === 'bad') return { status: 'ok', detail: 'no spending' };
      if (bu.status === 'empty' || bu.v.isZero())
        return { status: 'mistake', expected: 'a budget > 0', actual: `budget ${bu.status === 'ok' ? show(bu.v) : '(empty)'}, spent ${show(sp.v)}`, detail: 'spending against a zero budget' };
      return { status: 'ok', detail: 'budget > 0' };
    }
  }
}
