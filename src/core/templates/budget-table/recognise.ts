import type { Grid } from '../../grid/grid';
import type { AmountColumn, BudgetTableBinding, PartsBinding, RateColumnBinding } from '../../binding/types';
import type { RangeRef } from '../../grid/a1';
import { normalise } from '../../text/normalise';
import { isQuantityAt, parsedAt } from '../../values';
import { isFooterLabel, usedBox } from '../row-scan';
import { readRowLabel, RowLabel } from '../hierarchy/markers';
import { nest, nestByCode, totalParts } from '../hierarchy/tree';
import { bindRateColumns, formulaFor } from '../../rates/library';
import { columnKind, isBudgetHeader } from './columns';

interface Header {
  row: number;
  /** Combined header text per column (a merged top row and the row below). */
  texts: Map<number, string>;
  budgetCols: number[];
}

/** Characters every budget header word contains one of (a cheap first test before normalising). */
const BUDGET_HINT = /[预决算执行支调结余拨原在用账到付年经收]/;

/** A header split over two rows: a top cell merged across the columns below it ("期末账面数" over 原值 | 在用). */
function mergedHeaderAbove(grid: Grid, r: number): boolean {
  if (r === 0) return false;
  for (let c = 0; c < grid.colCount; c++) {
    const m = grid.mergeAt(r - 1, c);
    if (m && m.left !== m.right && m.bottom === r - 1) return true;
  }
  return false;
}

/** Header rows found so far, per grid: a table's scan asks again for every row below its header. */
const HEADERS = new WeakMap<Grid, Map<number, Header | null>>();

function headerAt(grid: Grid, r: number): Header | null {
  let seen = HEADERS.get(grid);
  if (!seen) HEADERS.set(grid, (seen = new Map()));
  let h = seen.get(r);
  if (h === undefined) seen.set(r, (h = findHeaderAt(grid, r)));
  return h;
}

function findHeaderAt(grid: Grid, r: number): Header | null {
  // A header row holds words, not figures: rows with a number are data (and cheap to rule out),
  // and it names at least two budget figures.
  let words = 0;
  for (let c = 0; c < grid.colCount; c++) {
    const v = grid.value(r, c);
    if (typeof v === 'number') return null;
    if (typeof v === 'string' && BUDGET_HINT.test(v)) words++;
  }
  if (words < 2 && !mergedHeaderAbove(grid, r)) return null;
  const texts = new Map<number, string>();
  const budgetCols: number[] = [];
  for (let c = 0; c < grid.colCount; c++) {
    const own = grid.seenText(r, c);
    const above = r > 0 ? grid.seenText(r - 1, c) : '';
    const m = grid.mergeAt(r - 1, c);
    // A top header merged across columns ("期末账面数" over 数量 | 原值 | 在用) qualifies the headers below it.
    const top = m && m.left !== m.right && m.bottom === r - 1 && parsedAt(grid, r - 1, m.left).kind !== 'quantity' ? above : '';
    const text = top && own && top !== own ? `${top}${own}` : own;
    if (!text.trim()) continue;
    texts.set(c, text);
    if (isBudgetHeader(own) && normalise(own).length <= 24) budgetCols.push(c);
  }
  // Header columns have figures below them; a data row whose labels mention 预算 does not.
  if (new Set(budgetCols.map((c) => grid.anchorOf(r, c).col)).size < 2) return null;
  const withFigures = budgetCols.filter((c) => figuresBelow(grid, r, c));
  const distinct = new Set(withFigures.map((c) => grid.anchorOf(r, c).col));
  return distinct.size >= 2 ? { row: r, texts, budgetCols: withFigures } : null;
}

function figuresBelow(grid: Grid, row: number, col: number, depth = 12): boolean {
  const m = grid.mergeAt(row, col);
  const cols = m ? Array.from({ length: m.right - m.left + 1 }, (_, i) => m.left + i) : [col];
  for (let r = row + 1; r <= Math.min(grid.rowCount - 1, row + depth); r++) {
    for (const c of cols) if (isQuantityAt(grid, r, c)) return true;
  }
  return false;
}

function numericCount(grid: Grid, row: number, cols: number[]): number {
  return cols.filter((c) => parsedAt(grid, row, c).kind === 'quantity').length;
}

/** The row-label column: left of the figures, the column most data rows write a label in (rightmost on ties). */
function labelColumn(grid: Grid, header: Header, firstFig: number, rows: number[]): number {
  let best = -1;
  let bestCount = -1;
  for (let c = 0; c < firstFig; c++) {
    const count = rows.filter((r) => !grid.isBlank(r, c) && !grid.inMergeNotAnchor(r, c)).length;
    if (count >= bestCount && count > 0) {
      best = c;
      bestCount = count;
    }
  }
  return best >= 0 ? best : Math.max(0, firstFig - 1);
}

/**
 * A repeat of the header after a page break: budget words in the figure
 * columns and no figures. Whether it repeats *this* table's header (same
 * words in the same columns) decides between skipping it and ending the table.
 */
function headerLike(grid: Grid, r: number, figCols: number[]): boolean {
  const hits = figCols.filter((c) => isBudgetHeader(grid.text(r, c)) && parsedAt(grid, r, c).kind !== 'quantity').length;
  return hits >= 1 && numericCount(grid, r, figCols) === 0;
}

function sameHeader(grid: Grid, r: number, header: Header, figCols: number[]): boolean {
  const budgetHeads = figCols.filter((c) => isBudgetHeader(grid.text(r, c)));
  const same = budgetHeads.filter((c) => normalise(grid.text(r, c)) === normalise(grid.text(header.row, c))).length;
  return same >= Math.max(1, budgetHeads.length - 1);
}

/** A title or caption of the next table: a row with a single text cell (单位：万元, "（2）支出年初预算及年终决算情况"). */
function isTitleRow(grid: Grid, r: number): boolean {
  const cells: string[] = [];
  for (let c = 0; c < grid.colCount; c++) if (!grid.isBlank(r, c) && !grid.inMergeNotAnchor(r, c)) cells.push(normalise(grid.text(r, c)));
  if (cells.length !== 1) return false;
  const t = cells[0];
  if (/表$|表[(（]|情况表|^单位[:：]|^表\d|单位[:：]万元/.test(t)) return true;
  // A caption such as "（2）支出年初预算及年终决算情况。（单位：万元）" is followed by the next table's header.
  return r + 1 < grid.rowCount && !!headerAt(grid, r + 1) && t.length >= 8;
}

export interface BudgetReadOptions {
  /** Unnumbered labels that are top-level headings in this kind of table (the basic-data form's 三公经费, 公用经费 …). */
  headings?: RegExp;
  /** Rows that end the table (the next block of a composite form). */
  stopAt?: (row: number) => boolean;
}

export function recogniseBudgetTables(grid: Grid, claimed: RangeRef[] = []): BudgetTableBinding[] {
  const out: BudgetTableBinding[] = [];
  const inClaimed = (r: number) => claimed.some((x) => r >= x.top && r <= x.bottom);
  for (let r = 0; r < grid.rowCount; r++) {
    if (inClaimed(r)) continue;
    const whole = readBudgetTable(grid, r, { stopAt: inClaimed });
    if (!whole) continue;
    // Only a header row can be two headers side by side.
    const windows = sideBySide(grid, r);
    const split = windows.map((w) => readBudgetTable(grid.window(w.left, w.right), r, { stopAt: inClaimed })).filter((t): t is BudgetTableBinding => !!t);
    const tables = split.length ? split : [whole];
    out.push(...tables);
    r = Math.max(...tables.map((t) => t.range.bottom));
  }
  return out;
}

/**
 * Two budget tables set side by side (支出执行表 in A:E, 三公经费表 in H:L):
 * the header row falls into runs of cells separated by blank columns, and
 * more than one run starts with a label (项目, 功能科目) and names two budget
 * figures. Each table's window reaches to the column before the next run.
 */
function sideBySide(grid: Grid, r: number): { left: number; right: number }[] {
  const runs: { left: number; right: number }[] = [];
  for (let c = 0; c < grid.colCount; c++) {
    if (!grid.seenText(r, c).trim()) continue;
    const left = c;
    while (c + 1 < grid.colCount && grid.seenText(r, c + 1).trim()) c++;
    runs.push({ left, right: c });
  }
  if (runs.length < 2) return [];
  const tables = runs.filter((run) => {
    if (isBudgetHeader(grid.seenText(r, run.left))) return false;
    let budget = 0;
    for (let c = run.left + 1; c <= run.right; c++) if (isBudgetHeader(grid.seenText(r, c))) budget++;
    return budget >= 2;
  });
  if (tables.length < 2) return [];
  return tables.map((t, i) => ({ left: i === 0 ? 0 : t.left, right: (tables[i + 1]?.left ?? grid.colCount) - 1 }));
}

/** The budget table whose header is row `r`, or null when `r` is not such a header. */
export function readBudgetTable(grid: Grid, r: number, opts: BudgetReadOptions = {}): BudgetTableBinding | null {
  const header = headerAt(grid, r);
  if (!header) return null;
  const stop = opts.stopAt ?? (() => false);
  const figCols = [...header.texts.keys()].filter((c) => c >= Math.min(...header.budgetCols) && columnKind(header.texts.get(c)!) !== null);
  // Data rows: until a blank run, a footer, a title of the next table, or a stop row.
  const dataRows: number[] = [];
  let blank = 0;
  let last = r;
  for (let q = r + 1; q < grid.rowCount && !stop(q); q++) {
    if (grid.isRowBlank(q)) {
      if (++blank >= 2) break;
      continue;
    }
    blank = 0;
    const first = grid.text(q, Math.max(0, Math.min(...figCols) - 1));
    if (isFooterLabel(first) || isTitleRow(grid, q)) break;
    if (headerLike(grid, q, figCols) || headerAt(grid, q)) {
      if (!sameHeader(grid, q, header, figCols)) break;
      last = q;
      continue;
    }
    dataRows.push(q);
    last = q;
  }
  if (!dataRows.some((q) => numericCount(grid, q, figCols) > 0)) return null;
  const firstFig = Math.min(...figCols);
  const labelCol = labelColumn(grid, header, firstFig, dataRows);
  const columns: AmountColumn[] = figCols.map((c) => ({ col: c, header: normalise(header.texts.get(c)!), kind: columnKind(header.texts.get(c)!)! }));
  const labelled = dataRows.filter((q) => !grid.isBlank(q, labelCol) || numericCount(grid, q, figCols) > 0);
  const codeCol = codeColumn(grid, header, labelCol, dataRows);
  const labels = labelled.map((q) => {
    const label = rowLabelOf(grid, q, labelCol, firstFig);
    const code = codeCol >= 0 ? codeAt(grid, q, codeCol) : codeAt(grid, q, labelCol);
    return { row: q, code, label: !label.marker && !label.partial && opts.headings?.test(label.name) ? { ...label, marker: 'heading' as const, formHeading: true } : label };
  });
  const parts = partsOf(grid, labels, labelCol, figCols.filter((c) => columnKind(header.texts.get(c)!) === 'amount'));
  return {
    template: 'budget-table',
    sheet: grid.name,
    range: usedBox(grid, headerTop(grid, r), last),
    headerRow: r,
    labelCol,
    columns,
    rows: labels.map((l) => ({ row: l.row, label: l.label.name })),
    parts,
    rates: rateBindings(columns),
  };
}

const CODE = /^(\d{3,9})(?![\d.年月])/;

/** A 科目编码 at the start of a cell ("301", "2010301 行政运行"), or null. */
function codeAt(grid: Grid, row: number, col: number): string | null {
  const m = CODE.exec(normalise(grid.text(row, col)));
  return m ? m[1] : null;
}

/** The 科目编码 column left of the labels: named so in the header, or holding codes in most rows. */
function codeColumn(grid: Grid, header: Header, labelCol: number, rows: number[]): number {
  for (let c = 0; c < labelCol; c++) {
    const h = normalise(header.texts.get(c) ?? '');
    if (/编码|代码|科目编号/.test(h)) return c;
    if (rows.length && rows.filter((r) => codeAt(grid, r, c)).length >= rows.length / 2) return c;
  }
  return -1;
}

/** Label of a data row: the label column, or a total word written further left ("合计" merged across 序号 | 单位 | 项目). */
function rowLabelOf(grid: Grid, row: number, labelCol: number, firstFig: number): RowLabel {
  const own = grid.isBlank(row, labelCol) ? '' : grid.text(row, labelCol);
  if (own.trim()) return readRowLabel(own);
  for (let c = 0; c < firstFig; c++) {
    const t = grid.seenText(row, c);
    const m = grid.mergeAt(row, c);
    if (t.trim() && (!m || m.top === m.bottom)) {
      const l = readRowLabel(t);
      if (l.total) return l;
    }
  }
  return readRowLabel('');
}

/** Rows grouped by a merged category cell left of the labels share its 小计 row as parent. */
function groupKey(grid: Grid, row: number, labelCol: number): string | null {
  for (let c = labelCol - 1; c >= 0; c--) {
    const m = grid.mergeAt(row, c);
    if (m && m.bottom > m.top) return `${m.top}:${m.left}`;
  }
  return null;
}

/**
 * A 其中 group: the 其中 row itself and the unnumbered rows after it, but only
 * as long as their sum stays within the parent — an unnumbered row cannot say
 * whether it is still a part ("公车运行维护") or the next item ("政府采购金额").
 * Rows indented under the 其中 text are not `continued`: their layout says so.
 */
function withinParent(grid: Grid, parentRow: number, kids: { row: number; continued: boolean }[], figCols: number[]): number[] {
  const out: number[] = [];
  const sums = new Map<number, number>();
  for (const k of kids) {
    if (k.continued) {
      const fits = figCols.every((c) => {
        const p = parsedAt(grid, parentRow, c);
        const v = parsedAt(grid, k.row, c);
        if (p.kind !== 'quantity' || v.kind !== 'quantity') return true;
        return (sums.get(c) ?? 0) + v.value.toNumber() <= p.value.toNumber() + 1e-9;
      });
      if (!fits) break;
    }
    out.push(k.row);
    for (const c of figCols) {
      const v = parsedAt(grid, k.row, c);
      if (v.kind === 'quantity') sums.set(c, (sums.get(c) ?? 0) + v.value.toNumber());
    }
  }
  return out;
}

function partsOf(grid: Grid, labels: { row: number; label: RowLabel; code: string | null }[], labelCol: number, figCols: number[]): PartsBinding[] {
  const groups = labels.map((l) => groupKey(grid, l.row, labelCol));
  // Group headers that restart the numbering: a new merged unit cell (机关 / 总合计) starts a new block.
  const blocks: { row: number; label: RowLabel; code: string | null }[][] = [];
  const blockOf = labels.map((l) => unitBlockKey(grid, l.row, labelCol));
  labels.forEach((l, i) => {
    if (i === 0 || blockOf[i] !== blockOf[i - 1]) blocks.push([]);
    blocks[blocks.length - 1].push(l);
  });
  const out: PartsBinding[] = [];
  let offset = 0;
  for (const block of blocks) {
    const coded = block.filter((l) => l.code).length;
    const rows = coded >= 2 && coded >= block.length / 2 ? nestByCode(block) : nest(block);
    const subtotalOf = new Map<string, number>();
    rows.forEach((r, i) => {
      const g = groups[offset + i];
      if (r.label.total === 'subtotal' && g) subtotalOf.set(g, i);
    });
    const children = new Map<number, { idx: number; partial: boolean; continued: boolean }[]>();
    rows.forEach((r, i) => {
      const g = groups[offset + i];
      let parent = r.parent;
      if (g && subtotalOf.has(g) && subtotalOf.get(g) !== i && parent === -1 && !r.label.total) parent = subtotalOf.get(g)!;
      if (parent >= 0) {
        if (!children.has(parent)) children.set(parent, []);
        children.get(parent)!.push({ idx: i, partial: r.label.partial, continued: !!r.continued });
      }
    });
    for (const [p, kids] of children) {
      const complete = kids.filter((k) => !k.partial).map((k) => rows[k.idx].row);
      const partial = withinParent(grid, rows[p].row, kids.filter((k) => k.partial).map((k) => ({ row: rows[k.idx].row, continued: k.continued })), figCols);
      if (complete.length) out.push({ parent: rows[p].row, children: complete, complete: true });
      if (partial.length) out.push({ parent: rows[p].row, children: partial, complete: false });
    }
    const subtotals = new Set(subtotalOf.values());
    const isEmpty = (i: number) => figCols.every((c) => !isQuantityAt(grid, rows[i].row, c));
    for (const [t, ps] of totalParts(rows, isEmpty)) {
      if (rows[t].label.total === 'subtotal' && subtotals.has(t)) continue;
      // With grouped 小计 rows, a total adds the subtotals, not their items.
      const parts = subtotals.size ? ps.filter((i) => subtotals.has(i) || !groups[offset + i] || !subtotalOf.has(groups[offset + i]!)) : ps;
      if (parts.length) out.push({ parent: rows[t].row, children: parts.map((i) => rows[i].row), complete: true });
    }
    offset += block.length;
  }
  return out;
}

/** A vertically merged cell left of the labels spanning a block that restarts numbering (机关 … 合计 / 总合计 …). */
function unitBlockKey(grid: Grid, row: number, labelCol: number): string {
  const keys: string[] = [];
  for (let c = 0; c < labelCol; c++) {
    const m = grid.mergeAt(row, c);
    const t = grid.seenText(row, c);
    if (m && m.bottom > m.top && t.trim() && !/^\d+$/.test(t.trim())) {
      // Only units whose block holds its own total row count as a block; categories (工资福利支出) are groups.
      keys.push(`${m.top}:${m.left}:${m.bottom}`);
    }
  }
  return keys.join('|');
}

function rateBindings(columns: AmountColumn[]): RateColumnBinding[] {
  const out: RateColumnBinding[] = [];
  for (const c of columns.filter((x) => x.kind === 'rate')) {
    const f = formulaFor(c.header);
    if (!f) continue;
    const bound = bindRateColumns(f, c.col, columns.filter((x) => x.kind === 'amount'));
    if (bound) out.push({ col: c.col, formula: f.id, numeratorCol: bound.numerator, denominatorCol: bound.denominator });
  }
  return out;
}

function headerTop(grid: Grid, r: number): number {
  let top = r;
  for (let c = 0; c < grid.colCount; c++) {
    const m = grid.mergeAt(r, c);
    if (m) top = Math.min(top, m.top);
    const up = r > 0 ? grid.mergeAt(r - 1, c) : undefined;
    if (up && up.left !== up.right && up.bottom === r - 1) top = Math.min(top, up.top);
  }
  return top;
}

