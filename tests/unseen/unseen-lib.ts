/**
 * Sheet writing and table builders for the unseen workbook set.
 *
 * Each builder lays a table out at an arbitrary offset and registers the checks
 * that DOMAIN.md's national profile implies for it (one per rule and cell).
 * `CaseBuilder.finalize` evaluates them on the workbook as written: broken
 * rules become the planted findings, intact ones the "must stay silent" cells.
 * A case also declares how many findings of each code it means to plant, so an
 * unintended slip in the data (an unmet target nobody meant, a sum off by a
 * cent) makes the build fail instead of silently changing the truth.
 */
import ExcelJS from 'exceljs';
import {
  Basis,
  Code,
  CorrectCell,
  D,
  Dec,
  evaluate,
  evaluateLenient,
  Getter,
  Kind,
  levelOf,
  PlantedFinding,
  readQty,
  readWeight,
  SEVERITY,
  TemplateId,
  UnseenCase,
  UnseenTable,
} from './unseen-truth';

// ---------------------------------------------------------------------------
// Cells

export type CellV =
  | string
  | number
  | null
  | undefined
  | { n: number | string; fmt: string }
  | { f: string; result: number; fmt?: string };

/** money with two decimals and thousands separators, stored as a number */
export const m = (n: number | string): CellV => ({ n, fmt: '#,##0.00' });
/** a fraction shown as a percentage with two decimals */
export const pct = (n: number | string): CellV => ({ n, fmt: '0.00%' });

export function colName(c: number): string {
  let s = '';
  let n = c;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
export const A1 = (r: number, c: number) => `${colName(c)}${r}`;

const THIN = { style: 'thin' as const };

export class SheetW {
  constructor(public ws: ExcelJS.Worksheet) {}
  get name(): string {
    return this.ws.name;
  }
  set(r: number, c: number, v: CellV, opts: { bold?: boolean; center?: boolean; size?: number } = {}): string {
    const cell = this.ws.getCell(r, c);
    if (v === undefined || v === null || v === '') {
      cell.value = null;
    } else if (typeof v === 'object' && 'f' in v) {
      cell.value = { formula: v.f, result: v.result } as ExcelJS.CellFormulaValue;
      if (v.fmt) cell.numFmt = v.fmt;
    } else if (typeof v === 'object') {
      cell.value = Number(v.n);
      cell.numFmt = v.fmt;
    } else {
      cell.value = v;
    }
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: opts.center ? 'center' : undefined };
    if (opts.bold || opts.size) cell.font = { bold: !!opts.bold, size: opts.size ?? 11 };
    return A1(r, c);
  }
  merge(r1: number, c1: number, r2: number, c2: number): void {
    if (r1 === r2 && c1 === c2) return;
    this.ws.mergeCells(r1, c1, r2, c2);
  }
  /** write v at (r, c) and merge it across `span` columns */
  span(r: number, c: number, span: number, v: CellV, opts: { bold?: boolean; center?: boolean; size?: number } = {}): string {
    const a = this.set(r, c, v, opts);
    this.merge(r, c, r, c + span - 1);
    return a;
  }
  border(r1: number, c1: number, r2: number, c2: number): void {
    for (let r = r1; r <= r2; r++)
      for (let c = c1; c <= c2; c++) this.ws.getCell(r, c).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  }
  widths(from: number, ws: number[]): void {
    ws.forEach((w, i) => (this.ws.getColumn(from + i).width = w));
  }
  raw(addr: string) {
    const c = this.ws.getCell(addr);
    return { value: c.value, numFmt: c.numFmt };
  }
}

/** value a CellV will have once written, for the builders' own arithmetic */
function rawOf(v: CellV) {
  if (v === undefined || v === null) return { value: null };
  if (typeof v === 'object' && 'f' in v) return { value: { formula: v.f, result: v.result }, numFmt: v.fmt };
  if (typeof v === 'object') return { value: Number(v.n), numFmt: v.fmt };
  return { value: v };
}
function qv(v: CellV): Dec | null {
  const q = readQty(rawOf(v));
  return q.status === 'ok' ? q.v : null;
}
const r2 = (x: Dec) => x.toDecimalPlaces(2);
function decNum(x: Dec): number | string {
  return x.toFixed();
}

// ---------------------------------------------------------------------------
// Cases

interface CheckSpec {
  code: Code;
  sheet: string;
  cell: string;
  basis: Basis;
  label: string;
  quiet: boolean;
}

export class CaseBuilder {
  wb = new ExcelJS.Workbook();
  checks: CheckSpec[] = [];
  tables: UnseenTable[] = [];
  extra: CorrectCell[] = [];
  /** how many findings of each code the case means to plant */
  expect: Partial<Record<Code, number>> = {};
  private sheets = new Map<string, SheetW>();
  private rounding = new Set<string>();

  constructor(
    public file: string,
    public description: string,
  ) {
    this.wb.creator = '绩效表格助手 unseen set';
    this.wb.created = new Date('2024-03-15T00:00:00Z');
    this.wb.modified = new Date('2024-03-15T00:00:00Z');
  }

  sheet(name: string): SheetW {
    let s = this.sheets.get(name);
    if (!s) {
      s = new SheetW(this.wb.addWorksheet(name));
      this.sheets.set(name, s);
    }
    return s;
  }

  check(code: Code, sh: SheetW, cell: string, basis: Basis, label: string, quiet = false): void {
    this.checks.push({ code, sheet: sh.name, cell, basis, label, quiet });
  }

  /** a cell where only `rounding` (info) is acceptable */
  allowRounding(sh: SheetW, cell: string): void {
    this.rounding.add(`${sh.name}!${cell}`);
  }

  table(sh: SheetW, template: TemplateId, range?: string): void {
    this.tables.push({ sheet: sh.name, template, range });
  }

  correct(sh: SheetW, cell: string, note: string, basis?: Basis[], allowed?: string[]): void {
    this.extra.push({ sheet: sh.name, cell, note, basis, allowed });
  }

  getter(sheet: string): Getter {
    const sh = this.sheets.get(sheet);
    if (!sh) throw new Error(`${this.file}: no sheet ${sheet}`);
    return (addr) => sh.raw(addr);
  }

  finalize(expect: Partial<Record<Code, number>>): UnseenCase {
    const planted: PlantedFinding[] = [];
    const seen = new Set<string>();
    const cells = new Map<string, { sheet: string; cell: string; notes: string[]; bases: Basis[]; rounding: boolean; loud: boolean; bad: boolean }>();
    for (const ch of this.checks) {
      const v = evaluate(ch.basis, this.getter(ch.sheet));
      const key = `${ch.sheet}!${ch.cell}`;
      let e = cells.get(key);
      if (!e) {
        e = { sheet: ch.sheet, cell: ch.cell, notes: [], bases: [], rounding: false, loud: false, bad: false };
        cells.set(key, e);
      }
      if (v.status === 'mistake') {
        const lenient = evaluateLenient(ch.basis, this.getter(ch.sheet));
        if (lenient.status !== 'mistake') throw new Error(`${this.file} ${key} ${ch.code} (${ch.label}) is a mistake only under a strict reading: ${v.detail}`);
        e.bad = true;
        const k = `${ch.code}@${key}`;
        if (!seen.has(k)) {
          seen.add(k);
          planted.push({
            code: ch.code,
            severity: SEVERITY[ch.code],
            sheet: ch.sheet,
            cell: ch.cell,
            note: `${ch.label}: ${v.detail}`,
            expected: v.expected,
            actual: v.actual,
            basis: ch.basis,
          });
        }
      } else if (v.status === 'slack') {
        if (!this.rounding.has(key)) throw new Error(`${this.file} ${key} ${ch.code} (${ch.label}) is off only within rounding: ${v.detail}`);
        e.rounding = true;
        e.loud = true;
        e.notes.push(`${ch.label}: within rounding (${v.detail}) — at most \`rounding\` info`);
        e.bases.push(ch.basis);
      } else if (v.status === 'ok' && !ch.quiet) {
        e.loud = true;
        e.notes.push(`${ch.label}: ${v.detail}`);
        e.bases.push(ch.basis);
      }
    }
    const correctCells: CorrectCell[] = [];
    for (const e of cells.values()) {
      if (e.bad || !e.loud) continue;
      correctCells.push({
        sheet: e.sheet,
        cell: e.cell,
        note: `no finding: ${[...new Set(e.notes)].join('; ')}`,
        ...(e.rounding ? { allowed: ['rounding'] } : {}),
        basis: e.bases,
      });
    }
    for (const x of this.extra) {
      const key = `${x.sheet}!${x.cell}`;
      if (cells.get(key)?.bad) throw new Error(`${this.file} ${key} is both planted and correct`);
      for (const b of x.basis ?? []) {
        const v = evaluate(b, this.getter(x.sheet));
        if (v.status === 'mistake' || (v.status === 'slack' && !x.allowed?.includes('rounding')))
          throw new Error(`${this.file} ${key}: declared correct but ${b.op} says ${v.status}: ${v.detail}`);
      }
      const i = correctCells.findIndex((c) => c.sheet === x.sheet && c.cell === x.cell);
      if (i >= 0) correctCells.splice(i, 1);
      correctCells.push(x);
    }
    // the intended plants, and nothing else
    const got: Record<string, number> = {};
    for (const p of planted) got[p.code] = (got[p.code] ?? 0) + 1;
    const want: Record<string, number> = {};
    for (const [k, n] of Object.entries(expect)) if (n) want[k] = n;
    const a = JSON.stringify(Object.entries(got).sort());
    const b = JSON.stringify(Object.entries(want).sort());
    if (a !== b)
      throw new Error(
        `${this.file}: planted ${a}, intended ${b}\n` + planted.map((p) => `  ${p.code} ${p.sheet}!${p.cell} ${p.note}`).join('\n'),
      );
    return { file: this.file, description: this.description, tables: this.tables, planted, correctCells };
  }
}

// ---------------------------------------------------------------------------
// Shorthands the case files share

/** 一级指标 names of the national form. */
export const P = '产出指标';
export const E = '效益指标';
export const S = '满意度指标';

/** An indicator row. */
export function row(l1: string, l2: string, name: string, target: CellV, actual: CellV, weight: CellV, kind: IndRow['kind'], more: Partial<IndRow> = {}): IndRow {
  return { l1, l2, name, target, actual, weight, kind, reason: '', ...more };
}

/** A cell value read the way the truth reads it (for totals a clerk typed by hand). */
export function val(v: CellV): Dec {
  const raw =
    v === null || v === undefined ? { value: null } : typeof v === 'object' && 'f' in v ? { value: v.result, numFmt: v.fmt } : typeof v === 'object' ? { value: Number(v.n), numFmt: v.fmt } : { value: v };
  const q = readQty(raw);
  if (q.status !== 'ok') throw new Error(`not a number: ${String(v)}`);
  return q.v;
}

export const num = (x: Dec): number => Number(x.toFixed());

/** A fraction in a percent format (0.953 shown as 95.3%). */
export const pf = (n: number | string, fmt = '0%'): CellV => ({ n, fmt });

// ---------------------------------------------------------------------------
// Self-evaluation form (项目支出 / 部门整体支出绩效自评表)

export type FundCol = 'init' | 'budget' | 'spent' | 'weight' | 'rate' | 'score' | 'reason';
/** `seq` 序号 (1, 2, …), `crit` 指标解释/评分标准 text, `gap` an empty spacer column (may repeat) */
export type IndCol = 'l1' | 'l2' | 'l3' | 'nature' | 'target' | 'unit' | 'actual' | 'weight' | 'score' | 'reason' | 'seq' | 'crit' | 'gap';

export interface IndRow {
  l1: string;
  l2: string;
  name: string;
  target: CellV;
  actual: CellV;
  weight: CellV;
  /** omitted: the national score (quantitative) or full marks (qualitative) */
  score?: CellV;
  reason?: string;
  kind: Kind | 'qual';
  nature?: string;
  unit?: string;
  /** text of the `crit` column (指标解释 / 评分标准) */
  crit?: string;
  /** blank placeholder rows after this one */
  blankAfter?: number;
  /** list the (empty, not needed) reason cell as a must-stay-silent cell */
  probeReason?: boolean;
}

export interface FundsRow {
  label: string;
  init?: CellV;
  budget?: CellV;
  spent?: CellV;
}

export interface SelfEvalSpec {
  template: 'project-self-eval' | 'dept-self-eval';
  top: number;
  left: number;
  title: string;
  subtitle?: string;
  /** rows of (text, column span); spans add up to the table width */
  info: Array<Array<[string, number]>>;
  funds: {
    lead: string;
    cols: FundCol[];
    headers: Partial<Record<FundCol, string>>;
    total: FundsRow & { weight: CellV; rate?: CellV; score?: CellV; reason?: string };
    subs: FundsRow[];
    rateStyle?: 'text' | 'percent' | 'formula';
    /** header above the row labels (资金来源 …); empty when omitted */
    labelHeader?: string;
  };
  goals?: { lead: string; heads: [string, string]; texts: [string, string] };
  /** a 年度主要任务 block after the goals: column spans (adding up to the width − 1), headers, rows */
  tasks?: { lead: string; spans: number[]; heads: string[]; rows: CellV[][] };
  ind: {
    lead?: string;
    cols: IndCol[];
    headers: Partial<Record<IndCol, string>>;
    /**
     * group header rows above the column headers, as (text, span) per row over
     * the indicator columns; a null text leaves the column's own header to be
     * merged upward into that row (headers spanning two or three rows)
     */
    above?: Array<Array<[string | null, number]>>;
    mode: 'merge' | 'carry' | 'repeat';
    l2mode?: 'merge' | 'carry' | 'repeat';
    sections?: Record<string, string>;
    rows: IndRow[];
  };
  total: { label: string; weight: CellV; score?: CellV };
  grade?: { label: string; value?: string };
  footer?: string;
}

export interface SelfEvalRefs {
  range: string;
  next: number;
  fund: Record<string, string>;
  rows: Array<Partial<Record<IndCol, string>>>;
  total: { weight: string; score: string };
  grade?: string;
  sections: Record<string, string>;
  /** cells of the 年度主要任务 rows, per row and column */
  tasks?: string[][];
}

export function nationalScore(row: IndRow): Dec {
  const w = qv(row.weight)!;
  if (row.kind === 'qual') return w;
  const t = qv(row.target);
  const a = qv(row.actual);
  if (!t || !a) return w;
  if (row.kind === 'rev') {
    if (a.lessThanOrEqualTo(t)) return w;
    if (a.greaterThanOrEqualTo(t.times(2))) return new D(0);
    return r2(new D(1).minus(a.minus(t).div(t)).times(w));
  }
  if (a.greaterThanOrEqualTo(t)) return w;
  return r2(a.div(t).times(w));
}

export function selfEval(cb: CaseBuilder, sh: SheetW, spec: SelfEvalSpec): SelfEvalRefs {
  const L = spec.left;
  const indLead = spec.ind.lead ? 1 : 0;
  const W = indLead + spec.ind.cols.length;
  const right = L + W - 1;
  let r = spec.top;
  const top = r;
  sh.span(r, L, W, spec.title, { bold: true, center: true, size: 16 });
  sh.ws.getRow(r).height = 30;
  r++;
  if (spec.subtitle) sh.span(r++, L, W, spec.subtitle, { center: true });
  for (const info of spec.info) {
    let c = L;
    for (const [text, span] of info) {
      sh.span(r, c, span, text, { center: true });
      c += span;
    }
    if (c - L !== W) throw new Error(`info row spans ${c - L}, table is ${W} wide`);
    r++;
  }

  // funds block
  const f = spec.funds;
  const nf = f.cols.length;
  const labelSpan = W - 1 - nf;
  if (labelSpan < 1) throw new Error('funds block wider than the table');
  const fr0 = r;
  const fund: Record<string, string> = {};
  sh.set(r, L, f.lead, { center: true });
  sh.merge(r, L, r + 1 + f.subs.length, L);
  sh.span(r, L + 1, labelSpan, f.labelHeader ?? '', f.labelHeader ? { center: true } : {});
  f.cols.forEach((k, i) => sh.set(r, L + 1 + labelSpan + i, f.headers[k] ?? k, { center: true }));
  r++;
  const colOf = (k: FundCol) => L + 1 + labelSpan + f.cols.indexOf(k);
  const totalRow = r;
  const subRows: number[] = [];
  const rowsF: FundsRow[] = [f.total, ...f.subs];
  rowsF.forEach((fr, i) => {
    sh.span(r, L + 1, labelSpan, fr.label);
    for (const k of ['init', 'budget', 'spent'] as const) if (f.cols.includes(k)) sh.set(r, colOf(k), fr[k]);
    if (i > 0) subRows.push(r);
    r++;
  });
  const ta = (k: FundCol) => A1(totalRow, colOf(k));
  for (const k of f.cols) fund[k] = ta(k);
  // weight, rate, score of the 执行率 line
  const tot = f.total;
  sh.set(totalRow, colOf('weight'), tot.weight);
  const bud = qv(tot.budget);
  const spe = qv(tot.spent);
  const w0 = qv(tot.weight)!;
  const rate = bud && spe && !bud.isZero() ? spe.div(bud) : null;
  if (f.cols.includes('rate')) {
    let rv: CellV = tot.rate;
    if (rv === undefined && rate) {
      const style = f.rateStyle ?? 'text';
      if (style === 'text') rv = `${rate.times(100).toFixed(2)}%`;
      else if (style === 'percent') rv = pct(decNum(rate.toDecimalPlaces(4)));
      else rv = { f: `${ta('spent')}/${ta('budget')}`, result: rate.toNumber(), fmt: '0.00%' };
    }
    sh.set(totalRow, colOf('rate'), rv);
  }
  let sv: CellV = tot.score;
  if (sv === undefined && rate) sv = Number(r2(D.min(rate, 1).times(w0)).toFixed());
  sh.set(totalRow, colOf('score'), sv);
  if (f.cols.includes('reason')) sh.set(totalRow, colOf('reason'), tot.reason ?? null);
  for (const sr of subRows) for (const k of ['weight', 'rate', 'score', 'reason'] as const) if (f.cols.includes(k)) sh.set(sr, colOf(k), null);
  sh.border(fr0, L, r - 1, right);

  // checks on the funds block
  const label = '预算执行率';
  if (f.cols.includes('rate')) {
    cb.check('rate-mismatch', sh, ta('rate'), { op: 'ratio', num: ta('spent'), den: ta('budget'), reported: ta('rate') }, `${label} 执行率`);
    cb.check('unparseable', sh, ta('rate'), { op: 'unparseable', cell: ta('rate') }, `${label} 执行率`, true);
  }
  cb.check('score-mismatch', sh, ta('score'), { op: 'execScore', num: ta('spent'), den: ta('budget'), weight: ta('weight'), reported: ta('score') }, `${label} 得分`);
  cb.check('score-over-weight', sh, ta('score'), { op: 'overWeight', score: ta('score'), weight: ta('weight') }, `${label} 得分`, true);
  for (const k of ['budget', 'spent'] as const) {
    cb.check('missing-value', sh, ta(k), { op: 'empty', cell: ta(k) }, `年度资金总额 ${f.headers[k]}`, true);
    cb.check('unparseable', sh, ta(k), { op: 'unparseable', cell: ta(k) }, `年度资金总额 ${f.headers[k]}`, true);
  }
  cb.check('spent-without-budget', sh, ta('spent'), { op: 'spent', budget: ta('budget'), spent: ta('spent') }, '年度资金总额', true);
  for (const k of ['init', 'budget', 'spent'] as const) {
    if (!f.cols.includes(k)) continue;
    const parts = subRows.map((sr) => A1(sr, colOf(k)));
    cb.check('total-mismatch', sh, ta(k), { op: 'sum', parts, total: ta(k) }, `年度资金总额 ${f.headers[k]} = 其中 rows`);
  }
  if (f.cols.includes('reason'))
    cb.check('missing-reason', sh, ta('reason'), { op: 'fundsReason', reason: ta('reason'), num: ta('spent'), den: ta('budget') }, '执行率未达90%原因');

  // goals
  if (spec.goals) {
    const g = spec.goals;
    const a = Math.floor((W - 1) / 2);
    sh.set(r, L, g.lead, { center: true });
    sh.merge(r, L, r + 1, L);
    sh.span(r, L + 1, a, g.heads[0], { center: true });
    sh.span(r, L + 1 + a, W - 1 - a, g.heads[1], { center: true });
    sh.span(r + 1, L + 1, a, g.texts[0]);
    sh.span(r + 1, L + 1 + a, W - 1 - a, g.texts[1]);
    sh.ws.getRow(r + 1).height = 60;
    sh.border(r, L, r + 1, right);
    r += 2;
  }
  const taskCells = spec.tasks ? tasksBlock(sh, spec.tasks, r, L, W) : undefined;
  if (taskCells) r += 1 + taskCells.length;

  // indicator table
  const ind = spec.ind;
  const ic = (k: IndCol) => {
    const i = ind.cols.indexOf(k);
    return i < 0 ? -1 : L + indLead + i;
  };
  const headRow = r;
  r = indicatorHeader(sh, ind.cols, ind.headers, ind.above ?? [], r, L + indLead);
  const rowRefs: Array<Partial<Record<IndCol, string>>> = [];
  const rowAt: number[] = [];
  const lastRowOf: number[] = [];
  for (const row of ind.rows) {
    const refs: Partial<Record<IndCol, string>> = {};
    const score = row.score !== undefined ? row.score : decNum(nationalScore(row));
    const vals: Record<IndCol, CellV> = {
      seq: rowRefs.length + 1,
      crit: row.crit ?? null,
      gap: null,
      l1: ind.sections?.[row.l1] ?? row.l1,
      l2: row.l2,
      l3: row.name,
      nature: row.nature,
      target: row.target,
      unit: row.unit,
      actual: row.actual,
      weight: row.weight,
      score: typeof score === 'string' && /^-?[\d.]+$/.test(score) ? Number(score) : score,
      reason: row.reason ?? null,
    };
    ind.cols.forEach((k, j) => {
      const a = sh.set(r, L + indLead + j, vals[k]);
      if (k !== 'gap') refs[k] = a;
    });
    rowRefs.push(refs);
    rowAt.push(r);
    r += 1 + (row.blankAfter ?? 0);
    lastRowOf.push(r - 1);
  }
  // 一级 / 二级: merged, carried down (blank below) or repeated
  const sections: Record<string, string> = {};
  const group = (key: (i: number) => string, col: number, mode: 'merge' | 'carry' | 'repeat') => {
    let i = 0;
    while (i < ind.rows.length) {
      let j = i;
      while (j + 1 < ind.rows.length && key(j + 1) === key(i)) j++;
      if (mode !== 'repeat') for (let k = i + 1; k <= j; k++) sh.set(rowAt[k], col, null);
      if (mode === 'merge') sh.merge(rowAt[i], col, lastRowOf[j], col);
      i = j + 1;
    }
  };
  const firstOfSection: Record<string, number> = {};
  ind.rows.forEach((row, i) => {
    if (!(row.l1 in firstOfSection)) firstOfSection[row.l1] = i;
  });
  if (ic('l1') > 0) {
    group((i) => ind.rows[i].l1, ic('l1'), ind.mode);
    for (const [l1, i] of Object.entries(firstOfSection)) sections[l1] = A1(rowAt[i], ic('l1'));
  }
  if (ic('l2') > 0) group((i) => `${ind.rows[i].l1}/${ind.rows[i].l2}`, ic('l2'), ind.l2mode ?? ind.mode);

  // total and grade rows
  const wc = ic('weight');
  const sc = ic('score');
  const totalR = r;
  sh.span(r, L + indLead, wc - L - indLead, spec.total.label, { center: true });
  const totalW = sh.set(r, wc, spec.total.weight);
  let totalScore: CellV = spec.total.score;
  if (totalScore === undefined) {
    let s = qv(sh.raw(ta('score')).value as CellV) ?? new D(0);
    for (const refs of rowRefs) s = s.plus(qv(sh.raw(refs.score!).value as CellV) ?? 0);
    totalScore = Number(s.toFixed());
  }
  const totalS = sh.set(r, sc, totalScore);
  for (let c = sc + 1; c <= right; c++) sh.set(r, c, null);
  r++;
  let gradeCell: string | undefined;
  if (spec.grade) {
    sh.span(r, L + indLead, wc - L - indLead, spec.grade.label, { center: true });
    let gv = spec.grade.value;
    if (gv === undefined) {
      const t = qv(sh.raw(totalS).value as CellV)!;
      gv = t.greaterThanOrEqualTo(90) ? '优' : t.greaterThanOrEqualTo(80) ? '良' : t.greaterThanOrEqualTo(60) ? '中' : '差';
    }
    gradeCell = sh.set(r, wc, gv, { center: true });
    sh.merge(r, wc, r, sc);
    for (let c = sc + 1; c <= right; c++) sh.set(r, c, null);
    r++;
  }
  if (indLead) {
    sh.set(headRow, L, spec.ind.lead!, { center: true });
    sh.merge(headRow, L, r - 1, L);
  }
  sh.border(headRow, L, r - 1, right);
  const lastTableRow = r - 1;
  if (spec.footer) {
    sh.span(r + 1, L, W, spec.footer);
    r += 2;
  }

  // checks on indicator rows
  ind.rows.forEach((row, i) => {
    const x = rowRefs[i];
    const nm = `${row.l1}/${row.l2}/${row.name}`;
    const w = x.weight!;
    const s = x.score!;
    const a = x.actual!;
    const t = x.target!;
    const rs = x.reason;
    cb.check('unparseable', sh, s, { op: 'unparseable', cell: s }, nm, true);
    cb.check('unparseable', sh, w, { op: 'unparseable', cell: w }, nm, true);
    cb.check('score-over-weight', sh, s, { op: 'overWeight', score: s, weight: w }, `${nm} 得分 ≤ 分值`);
    cb.check('score-out-of-band', sh, s, { op: 'negative', score: s }, `${nm} 得分 ≥ 0`, true);
    if (row.kind === 'qual') {
      if (typeof row.actual === 'string' && levelOf(row.actual))
        cb.check('score-out-of-band', sh, s, { op: 'band', actual: a, weight: w, score: s }, `${nm} level band`);
    } else {
      cb.check('missing-value', sh, a, { op: 'empty', cell: a }, `${nm} 实际完成值`, true);
      cb.check('score-mismatch', sh, s, { op: 'score', kind: row.kind, target: t, actual: a, weight: w, reported: s }, `${nm} national score`);
      cb.check('target-not-met', sh, a, { op: 'notMet', kind: row.kind, target: t, actual: a }, `${nm} target`);
      if (row.kind !== 'rev') cb.check('target-far-exceeded', sh, a, { op: 'farExceeded', kind: row.kind, target: t, actual: a }, `${nm} target +30%`);
    }
    if (rs)
      cb.check(
        'missing-reason',
        sh,
        rs,
        { op: 'reason', reason: rs, kind: row.kind, ...(row.kind === 'qual' ? {} : { target: t, actual: a }), weight: w, score: s },
        `${nm} 偏差原因`,
        !row.probeReason,
      );
  });

  // weights: declared section weights, and the total 100
  const execW = ta('weight');
  const totalChildren: string[] = [execW];
  const allLeaves: string[] = [execW];
  for (const [l1, cell] of Object.entries(sections)) {
    const members = ind.rows.map((rw, i) => (rw.l1 === l1 ? rowRefs[i].weight! : '')).filter(Boolean);
    allLeaves.push(...members);
    const label = spec.ind.sections?.[l1];
    if (label && readWeight({ value: label })) {
      if (ind.mode === 'repeat') throw new Error('section weight in a repeated label is ambiguous');
      cb.check('weight-mismatch', sh, cell, { op: 'weight', parent: cell, children: members, leaves: members }, `${l1} section weight`);
      totalChildren.push(cell);
    } else totalChildren.push(...members);
  }
  cb.check('weight-mismatch', sh, totalW, { op: 'weight', parent: totalW, children: totalChildren, leaves: allLeaves }, '总分 weight 100');
  cb.check('total-mismatch', sh, totalS, { op: 'sum', parts: [ta('score'), ...rowRefs.map((x) => x.score!)], total: totalS }, '总分 = 执行率得分 + indicator scores');
  if (gradeCell) cb.check('grade-mismatch', sh, gradeCell, { op: 'grade', total: totalS, grade: gradeCell }, spec.grade!.label);

  const range = `${A1(top, L)}:${A1(lastTableRow, right)}`;
  cb.table(sh, spec.template, range);
  return { range, next: r, fund, rows: rowRefs, total: { weight: totalW, score: totalS }, grade: gradeCell, sections, ...(taskCells ? { tasks: taskCells } : {}) };
}

/**
 * Column headers of the indicator table at row `r`, under optional group rows.
 * A column whose group cells are null from some row down gets its own header
 * there, merged down to the last header row. Returns the first data row.
 */
function indicatorHeader(
  sh: SheetW,
  cols: IndCol[],
  headers: Partial<Record<IndCol, string>>,
  above: Array<Array<[string | null, number]>>,
  r: number,
  c0: number,
): number {
  const textAt = (row: Array<[string | null, number]>, i: number): string | null => {
    let c = 0;
    for (const [text, span] of row) {
      if (i < c + span) return text;
      c += span;
    }
    throw new Error(`group header row covers ${c} columns, table has ${cols.length}`);
  };
  above.forEach((row, k) => {
    let c = 0;
    for (const [text, span] of row) {
      if (text !== null) sh.span(r + k, c0 + c, span, text, { center: true, bold: true });
      c += span;
    }
    if (c !== cols.length) throw new Error(`group header row covers ${c} columns, table has ${cols.length}`);
  });
  const leafRow = r + above.length;
  cols.forEach((k, i) => {
    let t = above.length;
    while (t > 0 && textAt(above[t - 1], i) === null) t--;
    sh.set(r + t, c0 + i, k === 'gap' ? null : (headers[k] ?? k), { center: true, bold: true });
    sh.merge(r + t, c0 + i, leafRow, c0 + i);
  });
  return leafRow + 1;
}

/** 年度主要任务 block: lead cell, a header row and one row per task; returns the task cells */
function tasksBlock(sh: SheetW, t: NonNullable<SelfEvalSpec['tasks']>, r: number, L: number, W: number): string[][] {
  if (t.spans.reduce((a, b) => a + b, 0) !== W - 1) throw new Error('task block spans do not fill the table width');
  sh.set(r, L, t.lead, { center: true });
  sh.merge(r, L, r + t.rows.length, L);
  const put = (row: number, vals: CellV[], center: boolean) => {
    let c = L + 1;
    return vals.map((v, i) => {
      const a = sh.span(row, c, t.spans[i], v, { center });
      c += t.spans[i];
      return a;
    });
  };
  put(r, t.heads, true);
  const cells = t.rows.map((vals, i) => put(r + 1 + i, vals, false));
  sh.border(r, L, r + t.rows.length, L + W - 1);
  return cells;
}

// ---------------------------------------------------------------------------
// Indicator scoring table (指标评分表 / 评价得分表)

export interface SNode {
  label: string;
  /** own weight cell (omit when the label carries it, e.g. "B1资金投入（6）") */
  w?: CellV;
  /** reported score (leaf) or subtotal (parent, when the layout has a cell for it) */
  s?: CellV;
  /** reported 得分率; omitted: computed */
  rate?: CellV;
  crit?: string;
  reason?: string;
  kids?: SNode[];
  /** outline code shown in the `seq` column (A, A1, A11 …), for parents too */
  code?: string;
  /** 指标解释 text (the `explain` column) */
  explain?: string;
}

export interface ScoringSpec {
  top: number;
  left: number;
  title: string;
  subtitle?: string;
  layout: 'grid' | 'outline';
  /** grid: per level, [label header, weight header or null, subtotal header or null] for parents; the leaf level's label header */
  levels?: Array<[string, string | null, string | null]>;
  leaf: { weight: string; score: string; crit?: string; rate?: string; reason?: string; seq?: string; label?: string; explain?: string };
  /** 指标解释 / 评分标准 columns before the 分值 column instead of after it */
  textFirst?: boolean;
  /** outline labels without full-width indentation */
  noIndent?: boolean;
  tree: SNode[];
  total: { label: string; weight: CellV; score?: CellV; rate?: CellV; weightUnder?: 'first' | 'leaf' };
  grade?: { label: string; value?: string };
  /** carry-down (blank) instead of merged cells for parent labels */
  carry?: boolean;
  footer?: string;
}

interface NodeRef {
  node: SNode;
  label: string;
  w?: string;
  s?: string;
  rate?: string;
  kids: NodeRef[];
}

function leafSum(n: SNode): Dec {
  if (!n.kids?.length) return qv(n.s) ?? new D(0);
  return n.kids.reduce((s, k) => s.plus(k.s !== undefined && k.kids?.length ? (qv(k.s) ?? 0) : leafSum(k)), new D(0));
}

export function scoring(cb: CaseBuilder, sh: SheetW, spec: ScoringSpec): { range: string; next: number; total: { weight: string; score: string }; grade?: string } {
  const L = spec.left;
  let r = spec.top;
  const top = r;
  // columns
  type ColKey = string;
  const cols: ColKey[] = [];
  const heads: string[] = [];
  const depth = spec.layout === 'grid' ? (spec.levels?.length ?? 0) : 0;
  if (spec.layout === 'grid') {
    spec.levels!.forEach(([lh, wh, sh2], i) => {
      cols.push(`l${i}`);
      heads.push(lh);
      if (wh) {
        cols.push(`w${i}`);
        heads.push(wh);
      }
      if (sh2) {
        cols.push(`s${i}`);
        heads.push(sh2);
      }
    });
    cols.push('leaf');
    heads.push(spec.leaf.label ?? '三级指标');
  } else {
    if (spec.leaf.seq) {
      cols.push('seq');
      heads.push(spec.leaf.seq);
    }
    cols.push('leaf');
    heads.push(spec.leaf.label ?? '评价指标');
  }
  const texts = () => {
    if (spec.leaf.explain) {
      cols.push('explain');
      heads.push(spec.leaf.explain);
    }
    if (spec.leaf.crit) {
      cols.push('crit');
      heads.push(spec.leaf.crit);
    }
  };
  if (spec.textFirst) texts();
  cols.push('w');
  heads.push(spec.leaf.weight);
  if (!spec.textFirst) texts();
  cols.push('s');
  heads.push(spec.leaf.score);
  if (spec.leaf.rate) {
    cols.push('rate');
    heads.push(spec.leaf.rate);
  }
  if (spec.leaf.reason) {
    cols.push('reason');
    heads.push(spec.leaf.reason);
  }
  const W = cols.length;
  const right = L + W - 1;
  const cOf = (k: string) => {
    const i = cols.indexOf(k);
    if (i < 0) throw new Error(`no column ${k}`);
    return L + i;
  };
  const has = (k: string) => cols.includes(k);
  sh.span(r++, L, W, spec.title, { bold: true, center: true, size: 15 });
  if (spec.subtitle) sh.span(r++, L, W, spec.subtitle);
  const headRow = r;
  heads.forEach((h, i) => sh.set(r, L + i, h, { center: true, bold: true }));
  r++;

  const rateText = (num: Dec, den: Dec) => `${num.div(den).times(100).toFixed(2)}%`;
  const weightOf = (n: SNode): Dec | null => (n.w !== undefined ? qv(n.w) : (readWeight({ value: n.label })?.v ?? null));

  let seq = 0;
  const place = (n: SNode, level: number): NodeRef => {
    const ref: NodeRef = { node: n, label: '', kids: [] };
    const isLeaf = !n.kids?.length;
    if (spec.layout === 'outline') {
      const row = r++;
      if (has('seq')) sh.set(row, cOf('seq'), n.code ?? (isLeaf ? ++seq : null), { center: true });
      ref.label = sh.set(row, cOf('leaf'), `${spec.noIndent ? '' : '　'.repeat(level)}${n.label}`, { bold: !isLeaf });
      if (n.w !== undefined) ref.w = sh.set(row, cOf('w'), n.w, { center: true });
      ref.s = sh.set(row, cOf('s'), n.s ?? Number(decNum(leafSum(n))), { center: true });
      if (has('explain')) sh.set(row, cOf('explain'), n.explain ?? null);
      if (has('crit')) sh.set(row, cOf('crit'), n.crit ?? null);
      if (has('reason')) sh.set(row, cOf('reason'), n.reason ?? null);
      for (const k of n.kids ?? []) ref.kids.push(place(k, level + 1));
    } else if (isLeaf) {
      const row = r++;
      ref.label = sh.set(row, cOf('leaf'), n.label);
      ref.w = sh.set(row, cOf('w'), n.w, { center: true });
      ref.s = sh.set(row, cOf('s'), n.s, { center: true });
      if (has('explain')) sh.set(row, cOf('explain'), n.explain ?? null);
      if (has('crit')) sh.set(row, cOf('crit'), n.crit ?? null);
      if (has('reason')) sh.set(row, cOf('reason'), n.reason ?? null);
    } else {
      const first = r;
      for (const k of n.kids!) ref.kids.push(place(k, level + 1));
      const last = r - 1;
      const put = (key: string, v: CellV) => {
        const a = sh.set(first, cOf(key), v, { center: key !== `l${level}` });
        if (spec.carry) for (let rr = first + 1; rr <= last; rr++) sh.set(rr, cOf(key), null);
        else sh.merge(first, cOf(key), last, cOf(key));
        return a;
      };
      ref.label = put(`l${level}`, n.label);
      if (has(`w${level}`) && n.w !== undefined) ref.w = put(`w${level}`, n.w);
      if (has(`s${level}`)) ref.s = put(`s${level}`, n.s ?? Number(decNum(leafSum(n))));
    }
    if (has('rate') && ref.s && (ref.w || weightOf(n)) && (spec.layout === 'outline' || isLeaf)) {
      const row = Number(/\d+$/.exec(ref.s)![0]);
      const sVal = qv(sh.raw(ref.s).value as CellV);
      const wVal = weightOf(n);
      const rv = n.rate !== undefined ? n.rate : sVal && wVal ? rateText(sVal, wVal) : null;
      ref.rate = sh.set(row, cOf('rate'), rv, { center: true });
    }
    return ref;
  };
  if (spec.layout === 'grid') {
    for (const n of spec.tree) if (!n.kids?.length && depth > 0) throw new Error('grid leaves must sit at the leaf level');
  }
  const refs = spec.tree.map((n) => place(n, 0));
  // pad the grid: leaves at shallower depth are not supported; fill empty cells
  // total row
  const totalRow = r;
  const wCol = spec.total.weightUnder === 'first' && has('w0') ? cOf('w0') : cOf('w');
  sh.span(totalRow, L, wCol - L, spec.total.label, { center: true, bold: true });
  const totalW = sh.set(totalRow, wCol, spec.total.weight, { center: true });
  for (let c = wCol + 1; c < cOf('s'); c++) sh.set(totalRow, c, null);
  const topScore = (x: NodeRef): string[] => (x.s ? [x.s] : x.kids.flatMap(topScore));
  const partsTotal = refs.flatMap(topScore);
  let ts: CellV = spec.total.score;
  if (ts === undefined) ts = Number(partsTotal.reduce((s, a) => s.plus(qv(sh.raw(a).value as CellV) ?? 0), new D(0)).toFixed());
  const totalS = sh.set(totalRow, cOf('s'), ts, { center: true, bold: true });
  let totalRate: string | undefined;
  if (has('rate')) {
    const tv = qv(ts);
    const wv = qv(spec.total.weight);
    totalRate = sh.set(totalRow, cOf('rate'), spec.total.rate !== undefined ? spec.total.rate : tv && wv ? rateText(tv, wv) : null, { center: true });
  }
  for (let c = cOf('s') + (has('rate') ? 2 : 1); c <= right; c++) sh.set(totalRow, c, null);
  r++;
  let gradeCell: string | undefined;
  if (spec.grade) {
    sh.span(r, L, wCol - L, spec.grade.label, { center: true });
    let gv = spec.grade.value;
    if (gv === undefined) {
      const t = qv(sh.raw(totalS).value as CellV)!;
      gv = t.greaterThanOrEqualTo(90) ? '优' : t.greaterThanOrEqualTo(80) ? '良' : t.greaterThanOrEqualTo(60) ? '中' : '差';
    }
    gradeCell = sh.set(r, wCol, gv, { center: true });
    sh.merge(r, wCol, r, right);
    r++;
  }
  sh.border(headRow, L, r - 1, right);
  const last = r - 1;
  if (spec.footer) {
    sh.span(r + 1, L, W, spec.footer);
    r += 2;
  }

  // checks
  const wLeaves = (x: NodeRef): string[] => (x.kids.length ? x.kids.flatMap(wLeaves) : x.w ? [x.w] : []);
  const wCell = (x: NodeRef): string | undefined => x.w ?? (readWeight({ value: x.node.label }) ? x.label : undefined);
  const wDecl = (x: NodeRef): string[] => {
    const c = wCell(x);
    return c ? [c] : x.kids.flatMap(wDecl);
  };
  const visit = (x: NodeRef, path: string) => {
    const nm = path ? `${path}/${x.node.label}` : x.node.label;
    if (x.kids.length) {
      const wc = wCell(x);
      if (wc) cb.check('weight-mismatch', sh, wc, { op: 'weight', parent: wc, children: x.kids.flatMap(wDecl), leaves: wLeaves(x) }, `${nm} weight`);
      if (x.s) cb.check('total-mismatch', sh, x.s, { op: 'sum', parts: x.kids.flatMap(topScore), total: x.s }, `${nm} subtotal`);
      for (const k of x.kids) visit(k, nm);
    } else {
      cb.check('score-over-weight', sh, x.s!, { op: 'overWeight', score: x.s!, weight: x.w! }, `${nm} 得分 ≤ 分值`);
      cb.check('score-out-of-band', sh, x.s!, { op: 'negative', score: x.s! }, `${nm} 得分 ≥ 0`, true);
      cb.check('unparseable', sh, x.s!, { op: 'unparseable', cell: x.s! }, nm, true);
      cb.check('unparseable', sh, x.w!, { op: 'unparseable', cell: x.w! }, nm, true);
    }
    if (x.rate && x.s) {
      const den = wCell(x)!;
      cb.check('rate-mismatch', sh, x.rate, { op: 'ratio', num: x.s, den, reported: x.rate }, `${nm} 得分率`);
    }
  };
  refs.forEach((x) => visit(x, ''));
  cb.check('weight-mismatch', sh, totalW, { op: 'weight', parent: totalW, children: refs.flatMap(wDecl), leaves: refs.flatMap(wLeaves) }, `${spec.total.label} weight`);
  cb.check('total-mismatch', sh, totalS, { op: 'sum', parts: partsTotal, total: totalS }, `${spec.total.label} score`);
  if (totalRate) cb.check('rate-mismatch', sh, totalRate, { op: 'ratio', num: totalS, den: totalW, reported: totalRate }, `${spec.total.label} 得分率`);
  if (gradeCell) cb.check('grade-mismatch', sh, gradeCell, { op: 'grade', total: totalS, grade: gradeCell }, spec.grade!.label);
  const range = `${A1(top, L)}:${A1(last, right)}`;
  cb.table(sh, 'indicator-scoring', range);
  return { range, next: r, total: { weight: totalW, score: totalS }, grade: gradeCell };
}

// ---------------------------------------------------------------------------
// Budget table (收支预决算表 / 三公经费表 / 支出明细表)

export interface BRow {
  label: string;
  code?: string;
  vals: CellV[];
  /** index of the parent row in `rows` */
  parent?: number;
  /** a 其中 row: part of a partial breakdown of its parent */
  partial?: boolean;
}

export interface BudgetSpec {
  top: number;
  left: number;
  title: string;
  unitNote?: string;
  codeHeader?: string;
  labelHeader: string;
  headers: string[];
  /** indices of summable amount columns in vals */
  sumCols: number[];
  /** rate columns: vals index of the rate, numerator and denominator; omitted rate values are computed */
  rates?: Array<{ col: number; num: number; den: number }>;
  /** spending-against-budget pairs (vals indices) */
  spent?: { budget: number; spent: number };
  rows: BRow[];
  template?: TemplateId;
  footer?: string;
  /** computed rates as text "95.20%" (default) or as fractions in a 0.00% format */
  rateStyle?: 'text' | 'percent';
}

export function budget(cb: CaseBuilder, sh: SheetW, spec: BudgetSpec): { range: string; next: number; cells: string[][] } {
  const L = spec.left;
  let r = spec.top;
  const top = r;
  const codeCols = spec.codeHeader ? 1 : 0;
  const W = codeCols + 1 + spec.headers.length;
  const right = L + W - 1;
  sh.span(r++, L, W, spec.title, { bold: true, center: true, size: 14 });
  if (spec.unitNote) {
    sh.set(r, right, spec.unitNote);
    r++;
  }
  const headRow = r;
  if (codeCols) sh.set(r, L, spec.codeHeader!, { center: true, bold: true });
  sh.set(r, L + codeCols, spec.labelHeader, { center: true, bold: true });
  spec.headers.forEach((h, i) => sh.set(r, L + codeCols + 1 + i, h, { center: true, bold: true }));
  r++;
  const cells: string[][] = [];
  const vc = (i: number) => L + codeCols + 1 + i;
  for (const row of spec.rows) {
    if (codeCols) sh.set(r, L, row.code ?? null);
    sh.set(r, L + codeCols, row.label);
    const rc: string[] = [];
    spec.headers.forEach((_, i) => {
      let v = row.vals[i];
      const rate = spec.rates?.find((x) => x.col === i);
      if (v === undefined && rate) {
        const n = qv(row.vals[rate.num]);
        const d = qv(row.vals[rate.den]);
        if (!n || !d || d.isZero()) v = '—';
        else v = spec.rateStyle === 'percent' ? pct(decNum(n.div(d).toDecimalPlaces(4))) : `${n.div(d).times(100).toFixed(2)}%`;
      }
      rc.push(sh.set(r, vc(i), v));
    });
    cells.push(rc);
    r++;
  }
  sh.border(headRow, L, r - 1, right);
  const last = r - 1;
  if (spec.footer) {
    sh.span(r + 1, L, W, spec.footer);
    r += 2;
  }
  // checks
  spec.rows.forEach((row, i) => {
    const kids = spec.rows.map((k, j) => (k.parent === i ? j : -1)).filter((j) => j >= 0);
    const full = kids.filter((j) => !spec.rows[j].partial);
    const part = kids.filter((j) => spec.rows[j].partial);
    for (const c of spec.sumCols) {
      if (full.length)
        cb.check('total-mismatch', sh, cells[i][c], { op: 'sum', parts: full.map((j) => cells[j][c]), total: cells[i][c] }, `${row.label} ${spec.headers[c]} = sum of its items`);
      if (part.length)
        cb.check('total-mismatch', sh, cells[i][c], { op: 'partial', parts: part.map((j) => cells[j][c]), total: cells[i][c] }, `${row.label} ${spec.headers[c]} ≥ its 其中 rows`);
      cb.check('unparseable', sh, cells[i][c], { op: 'unparseable', cell: cells[i][c] }, `${row.label} ${spec.headers[c]}`, true);
    }
    for (const rt of spec.rates ?? [])
      cb.check('rate-mismatch', sh, cells[i][rt.col], { op: 'ratio', num: cells[i][rt.num], den: cells[i][rt.den], reported: cells[i][rt.col] }, `${row.label} ${spec.headers[rt.col]}`);
    if (spec.spent)
      cb.check(
        'spent-without-budget',
        sh,
        cells[i][spec.spent.spent],
        { op: 'spent', budget: cells[i][spec.spent.budget], spent: cells[i][spec.spent.spent] },
        `${row.label} ${spec.headers[spec.spent.spent]} against ${spec.headers[spec.spent.budget]}`,
      );
  });
  const range = `${A1(top, L)}:${A1(last, right)}`;
  cb.table(sh, spec.template ?? 'budget-table', range);
  return { range, next: r, cells };
}
