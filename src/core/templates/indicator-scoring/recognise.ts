import type { Grid } from '../../grid/grid';
import type { CellRef, RangeRef } from '../../grid/a1';
import type { ScoringNodeBinding, ScoringTableBinding } from '../../binding/types';
import { normalise } from '../../text/normalise';
import { splitLabelWeight } from '../label-weight';
import { isFooterLabel, isTotalLabel, usedBox } from '../row-scan';
import { findGrade } from '../self-eval/indicators';
import { readRowLabel } from '../hierarchy/markers';
import { nest, nestByIndent } from '../hierarchy/tree';
import { codesNest, codesStructure, leadingDottedCode, nestByOutline, outlineCode } from '../hierarchy/outline-codes';
import { classify, columnStack, ScoringColumn } from './columns';

interface Header {
  top: number;
  row: number;
  columns: ScoringColumn[];
}

function hasNumber(grid: Grid, row: number): boolean {
  for (let c = 0; c < grid.colCount; c++) if (typeof grid.value(row, c) === 'number') return true;
  return false;
}

function classifyBand(grid: Grid, top: number, row: number): ScoringColumn[] {
  const cols: ScoringColumn[] = [];
  for (let c = 0; c < grid.colCount; c++) {
    const k = classify(columnStack(grid, top, row, c));
    if (k) cols.push({ col: c, ...k });
  }
  // "一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值": each bare 分值 belongs to the level named on its left.
  const levelOnLeft = (k: ScoringColumn) => cols.filter((c) => c.role === 'name' && c.col < k.col && c.level !== null).pop()?.level ?? null;
  const bare = cols.filter((c) => c.role === 'weight' && c.level === null);
  if (bare.length > 1) for (const w of bare) w.level = levelOnLeft(w);
  // "一级指标 | 分值 | 小计 | 二级指标 …": a 小计 column holds the scores of the level named on its left.
  for (const s of cols.filter((c) => c.subtotal && c.level === null)) s.level = levelOnLeft(s);
  // Without a level a 小计 column is not a score column of this table.
  return cols.filter((c) => !c.subtotal || c.level !== null);
}

function qualifies(cols: ScoringColumn[]): boolean {
  const names = cols.filter((c) => c.role === 'name');
  return cols.some((c) => c.role === 'score' && !c.subtotal) && names.length > 0;
}

/** The header band ending at `row`: one to three rows with no figures in them (003's 评价指标 / 一级指标 / 名称 | 参考分值). */
const SCORE_WORD = /得分|评分|自评分/;

function headerAt(grid: Grid, row: number): Header | null {
  if (hasNumber(grid, row)) return null;
  // Cheap first: a scoring header names its score column on this row (directly or through a merge).
  let named = false;
  for (let c = 0; c < grid.colCount && !named; c++) {
    const t = grid.seenText(row, c);
    named = SCORE_WORD.test(t) || (/\s/.test(t) && SCORE_WORD.test(normalise(t)));
  }
  if (!named) return null;
  let best: Header | null = null;
  for (let k = 0; k <= 2 && row - k >= 0; k++) {
    const top = row - k;
    if (k > 0 && hasNumber(grid, top)) break;
    const cols = classifyBand(grid, top, row);
    if (!qualifies(cols)) continue;
    if (!best || cols.length > best.columns.length) best = { top, row, columns: cols };
  }
  return best;
}

/** A page-break repeat of the header: the same roles read from this row alone or with the row(s) above. */
function isRepeat(grid: Grid, row: number): boolean {
  const h = headerAt(grid, row);
  return !!h && h.columns.filter((c) => c.role !== 'criteria').length >= 2;
}

interface Open {
  key: string;
  index: number;
}

export function recogniseScoringTables(grid: Grid, claimed: RangeRef[] = []): ScoringTableBinding[] {
  const out: ScoringTableBinding[] = [];
  const inClaimed = (r: number) => claimed.some((x) => r >= x.top && r <= x.bottom);
  for (let r = 0; r < grid.rowCount; r++) {
    if (inClaimed(r)) continue;
    const header = headerAt(grid, r);
    if (!header) continue;
    // Prefer the last row of a multi-row header.
    const next = r + 1 < grid.rowCount ? headerAt(grid, r + 1) : null;
    if (next && next.columns.length >= header.columns.length) continue;
    const table = readTable(grid, header, inClaimed);
    if (table) {
      out.push(table);
      r = table.range.bottom;
    }
  }
  return out;
}

function readTable(grid: Grid, header: Header, inClaimed: (r: number) => boolean): ScoringTableBinding | null {
  const cols = header.columns;
  const nameCols = cols.filter((c) => c.role === 'name').sort((a, b) => (a.level ?? 0) - (b.level ?? 0));
  const leveled = nameCols.length > 1 || nameCols[0].level !== null;
  const scoreCol = cols.find((c) => c.role === 'score' && !c.subtotal)?.col ?? -1;
  const levelScoreCol = (level: number) => cols.find((c) => c.role === 'score' && c.subtotal && c.level === level)?.col ?? -1;
  const rateCol = cols.find((c) => c.role === 'scoreRate')?.col ?? -1;
  const leafWeightCol = cols.find((c) => c.role === 'weight' && c.level === null)?.col ?? -1;
  const levelWeightCol = (level: number) => cols.find((c) => c.role === 'weight' && c.level === level)?.col ?? -1;
  const maxLevel = leveled ? Math.max(...nameCols.map((c) => c.level ?? 1)) : 0;
  const firstFigure = Math.min(...cols.filter((c) => c.role !== 'name').map((c) => c.col));

  const nodes: ScoringNodeBinding[] = [];
  const open: (Open | undefined)[] = [];
  const single: { row: number; text: string; cell: CellRef }[] = [];
  let total: ScoringTableBinding['total'] = null;
  let grade: ScoringTableBinding['grade'] = null;
  let last = header.row;
  let blank = 0;
  let afterBreak = false;

  const node = (label: string, cell: CellRef, level: number, parent: number): number => {
    nodes.push({ label: normalise(label), labelCell: cell, level, parent, weightCell: null, weightInLabel: false, scoreCell: null, scoreRateCell: null });
    return nodes.length - 1;
  };
  const anchorValue = (row: number, col: number): CellRef | null => {
    if (col < 0 || grid.isBlank(row, col) || grid.inMergeNotAnchor(row, col)) return null;
    return { row, col };
  };

  for (let q = header.row + 1; q < grid.rowCount && !inClaimed(q); q++) {
    if (grid.isRowBlank(q)) {
      if (++blank >= 3) break;
      continue;
    }
    blank = 0;
    const firstText = firstNonBlank(grid, q);
    if (firstText && isFooterLabel(firstText)) {
      // Notes (注：1. … 2. …) may stand between the indicators and the 总得分 row: the total still belongs here.
      const below = totalBelowNotes(grid, q, firstFigure);
      if (below >= 0) q = below - 1;
      else break;
      continue;
    }
    if (isRepeat(grid, q)) {
      afterBreak = true;
      last = q;
      continue;
    }
    const totalCell = findTotal(grid, q, firstFigure);
    if (totalCell) {
      total = {
        row: q,
        labelCell: totalCell,
        weight: anchorValue(q, leafWeightCol) ?? anchorValue(q, levelWeightCol(1)),
        score: anchorValue(q, scoreCol),
        scoreRate: anchorValue(q, rateCol),
      };
      last = q;
      grade = findGrade(grid, q, Math.min(grid.rowCount - 1, q + 3));
      if (grade) last = Math.max(last, grade.cell.row);
      break;
    }
    let deepest = -1;
    if (leveled) {
      for (const nc of nameCols) {
        const level = nc.level ?? 1;
        const a = grid.anchorOf(q, nc.col);
        const text = grid.text(a.row, a.col);
        if (!text.trim()) continue;
        const key = `${a.row}:${a.col}`;
        const cur = open[level];
        if (cur && cur.key === key) {
          deepest = cur.index;
          continue;
        }
        if (afterBreak && cur && continues(nodes[cur.index], text)) {
          // A label the page break split in two: one indicator, its weight in the second half.
          nodes[cur.index].label += normalise(text);
          nodes[cur.index].labelCell = a;
          open[level] = { key, index: cur.index };
          deepest = cur.index;
          continue;
        }
        let parent = -1;
        for (let l = level - 1; l >= 1; l--) if (open[l]) { parent = open[l]!.index; break; }
        const idx = node(text, a, level, parent);
        open[level] = { key, index: idx };
        open.length = level + 1;
        deepest = idx;
      }
      afterBreak = false;
      for (const nc of nameCols) {
        const wc = levelWeightCol(nc.level ?? 1);
        const sc = levelScoreCol(nc.level ?? 1);
        const cur = open[nc.level ?? 1];
        if (wc >= 0 && cur && !nodes[cur.index].weightCell) {
          const a = grid.anchorOf(q, wc);
          if (!grid.isBlank(a.row, a.col)) nodes[cur.index].weightCell = a;
        }
        if (sc >= 0 && cur && !nodes[cur.index].scoreCell) {
          const a = grid.anchorOf(q, sc);
          if (!grid.isBlank(a.row, a.col)) nodes[cur.index].scoreCell = a;
        }
      }
    } else {
      const c = nameCols[0].col;
      if (!grid.isBlank(q, c) && !grid.inMergeNotAnchor(q, c)) {
        single.push({ row: q, text: grid.text(q, c), cell: { row: q, col: c } });
        deepest = node(grid.text(q, c), { row: q, col: c }, 1, -1);
      }
    }
    if (deepest < 0) continue;
    last = q;
    const n = nodes[deepest];
    if (!n.weightCell && leafWeightCol >= 0 && (leveled ? n.level === maxLevel || !hasDeeper(nodes, deepest) : true)) n.weightCell = anchorValue(q, leafWeightCol);
    if (!n.scoreCell) n.scoreCell = anchorValue(q, scoreCol);
    if (!n.scoreRateCell) n.scoreRateCell = anchorValue(q, rateCol);
  }
  if (nodes.length === 0) return null;
  if (!leveled) {
    const nested = nestSingleColumn(grid, single, nameCols[0].col, cols);
    nested.forEach((h, i) => {
      nodes[i].parent = h.parent;
      nodes[i].level = h.depth + 1;
    });
  }
  for (const n of nodes) {
    if (n.weightCell) continue;
    const lw = splitLabelWeight(grid.text(n.labelCell.row, n.labelCell.col));
    if (lw.weight) {
      n.weightCell = n.labelCell;
      n.weightInLabel = true;
    }
  }
  return {
    template: 'indicator-scoring',
    sheet: grid.name,
    range: usedBox(grid, header.top, last),
    headerRow: header.row,
    nodes,
    total,
    grade,
  };
}

/**
 * The rows of a single label column, nested by the outline codes in a code
 * column left of it (指标编码 A / A1 / A11, 序号 一 / 1), by dotted codes
 * leading the labels (1 / 1.1 / 1.1.1), or else by the labels' numbering.
 */
function nestSingleColumn(grid: Grid, single: { row: number; text: string }[], nameCol: number, cols: ScoringColumn[]) {
  const codeCol = outlineCodeColumn(grid, single, nameCol, cols);
  const codes = codeCol >= 0 ? single.map((s) => outlineCode(grid.text(s.row, codeCol))) : [];
  if (codeCol >= 0 && codesStructure(codes)) return nestByOutline(single.map((s, i) => ({ row: s.row, text: s.text, code: codes[i] })));
  const leading = single.map((s) => leadingDottedCode(s.text)?.code ?? null);
  if (leading.filter(Boolean).length >= single.length * 0.6 && codesNest(leading)) {
    return nestByOutline(single.map((s, i) => ({ row: s.row, text: s.text, code: leading[i] })));
  }
  const labels = single.map((s) => ({ row: s.row, label: readRowLabel(s.text) }));
  // An outline with no numbering at all, its levels shown by indentation only.
  const plain = labels.filter((l) => !l.label.total);
  if (plain.every((l) => !l.label.marker && !l.label.partial) && new Set(plain.map((l) => l.label.indent)).size >= 2) return nestByIndent(labels);
  return nest(labels);
}

/** A column left of the labels, with no role of its own, holding an outline code in most label rows. */
function outlineCodeColumn(grid: Grid, single: { row: number }[], nameCol: number, cols: ScoringColumn[]): number {
  for (let c = nameCol - 1; c >= 0; c--) {
    if (cols.some((k) => k.col === c)) continue;
    const coded = single.filter((s) => !grid.inMergeNotAnchor(s.row, c) && outlineCode(grid.text(s.row, c))).length;
    if (coded >= 2 && coded >= single.length * 0.6) return c;
  }
  return -1;
}

function hasDeeper(nodes: ScoringNodeBinding[], index: number): boolean {
  return nodes.some((n) => n.parent === index);
}

/** The first half of a split label has no weight; the second half ends with one. */
function continues(prev: ScoringNodeBinding, text: string): boolean {
  return !prev.weightCell && !splitLabelWeight(prev.label).weight && !!splitLabelWeight(text).weight && !/^[A-Z]\d/.test(normalise(text));
}

/** The row of a total within a few rows below a note, or -1. */
function totalBelowNotes(grid: Grid, noteRow: number, firstFigure: number): number {
  for (let q = noteRow + 1; q < Math.min(grid.rowCount, noteRow + 8); q++) {
    if (headerAt(grid, q)) return -1; // the next table's header: its total is its own
    if (findTotal(grid, q, firstFigure)) return q;
  }
  return -1;
}

function firstNonBlank(grid: Grid, row: number): string | null {
  for (let c = 0; c < grid.colCount; c++) if (!grid.isBlank(row, c)) return grid.text(row, c);
  return null;
}

function findTotal(grid: Grid, row: number, beforeCol: number): CellRef | null {
  for (let c = 0; c < Math.max(beforeCol, 1); c++) {
    if (grid.isBlank(row, c) || grid.inMergeNotAnchor(row, c)) continue;
    const t = grid.text(row, c);
    if (isTotalLabel(t) || readRowLabel(t).total === 'total') return { row, col: c };
  }
  return null;
}

