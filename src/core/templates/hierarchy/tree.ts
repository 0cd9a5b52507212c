import type { MarkerType, RowLabel } from './markers';
import { namesItsGroup } from './markers';

/** One row of a nested list, and where it hangs. */
export interface HierRow {
  row: number;
  label: RowLabel;
  /** Index in the rows array of the parent row, or -1 for top level. */
  parent: number;
  depth: number;
  /**
   * An unnumbered row taken as continuing the 其中 group above it without being
   * indented deeper than the 其中 row: kept only as far as the figures allow.
   * (One indented deeper is a part by its layout and is not marked.)
   */
  continued?: boolean;
}

export interface HierOptions {
  /** Rows in the same group (a merged category cell) share a parent: their 小计 row. */
  group?: (index: number) => string | null;
}

/**
 * Nests rows by their numbering. Marker types take depths in the order they
 * first appear (一、 then （一） then 1. …), unnumbered rows hang under the
 * last numbered row (or sit at the top after a total), 其中 rows hang under
 * the row above them and so do the unnumbered rows that continue them.
 * Total rows are kept at the top level; their parts are resolved by totalParts().
 */
export function nest(labels: { row: number; label: RowLabel }[]): HierRow[] {
  const depthOf = new Map<MarkerType, number>();
  const out: HierRow[] = [];
  // stack[d] = index of the last row at depth d
  const stack: number[] = [];
  let afterTotal = true;
  let partialParent = -1;
  let partialDepth = -1;
  let partialIndent = 0;
  labels.forEach(({ row, label: read }, i) => {
    // "三公经费合计" over its 其中 rows is their parent, an ordinary row here.
    const label = read.total && namesItsGroup(read) && labels[i + 1]?.label.partial ? { ...read, total: null } : read;
    if (label.total) {
      out.push({ row, label, parent: -1, depth: 0 });
      stack.length = 0;
      afterTotal = true;
      partialParent = -1;
      return;
    }
    if (label.partial) {
      // 其中: child of the row above (or of that row's own parent if the row above is itself a 其中 part)
      const above = out.length ? out.length - 1 : -1;
      const parent = above >= 0 && out[above].label.partial && !label.marker ? out[above].parent : above;
      const depth = parent >= 0 ? out[parent].depth + 1 : 0;
      out.push({ row, label, parent, depth });
      partialParent = parent;
      partialDepth = depth;
      partialIndent = label.indent;
      if (label.marker) {
        depthOf.set(label.marker, depthOf.get(label.marker) ?? depth);
        stack[depth] = i;
        stack.length = depth + 1;
      }
      return;
    }
    if (label.marker) {
      let d = depthOf.get(label.marker);
      if (d === undefined) {
        d = stack.length;
        depthOf.set(label.marker, d);
      }
      if (d > stack.length) d = stack.length;
      const parent = d > 0 ? stack[d - 1] ?? -1 : -1;
      stack[d] = i;
      stack.length = d + 1;
      out.push({ row, label, parent, depth: d });
      afterTotal = false;
      partialParent = -1;
      return;
    }
    // Unnumbered: continues a 其中 group (unless indented less than it), hangs under the last numbered row, or sits at the top.
    if (partialParent >= 0 && label.indent < partialIndent) partialParent = -1;
    if (partialParent >= 0) {
      out.push({ row, label: { ...label, partial: true }, parent: partialParent, depth: partialDepth, continued: label.indent <= partialIndent });
      return;
    }
    // Under a heading the form names (the basic-data form's 政府采购金额) only a row indented deeper is an
    // item; one written flush with it ("培训费") is a peer. ("基本支出：" keeps its flush items.)
    const last = stack.length ? out[stack[stack.length - 1]] : null;
    if (last && !afterTotal && !(last.label.formHeading && label.indent <= last.label.indent)) {
      const parent = stack[stack.length - 1];
      out.push({ row, label, parent, depth: out[parent].depth + 1 });
      return;
    }
    out.push({ row, label, parent: -1, depth: 0 });
  });
  return out;
}

/**
 * Parts of each total row. A subtotal (小计) adds up its group: the top-level
 * rows since the last total or subtotal, a heading without figures
 * ("一、基本支出", when `isEmpty` says so) standing for the rows under it. A
 * total adds the previous total (as one part: "总计" = 本年收入合计 + 年初结转和结余),
 * the subtotals since it and the top-level rows no subtotal covers.
 */
export function totalParts(rows: HierRow[], isEmpty: (index: number) => boolean = () => false): Map<number, number[]> {
  const parts = new Map<number, number[]>();
  const childrenOf = (p: number) => rows.flatMap((r, i) => (r.parent === p ? [i] : []));
  const group = (members: number[]) => members.flatMap((i) => (isEmpty(i) ? childrenOf(i) : [i]));
  let since: number[] = [];
  let subtotals: number[] = [];
  let prevTotal = -1;
  rows.forEach((r, i) => {
    if (r.label.total === 'subtotal') {
      parts.set(i, group(since));
      subtotals.push(i);
      since = [];
    } else if (r.label.total) {
      parts.set(i, [...(prevTotal >= 0 ? [prevTotal] : []), ...subtotals, ...since]);
      prevTotal = i;
      since = [];
      subtotals = [];
    } else if (r.parent === -1) {
      since.push(i);
    }
  });
  // 合计 written first ("合计 | 85,600.00" above the items): it adds up what follows, to the next total.
  rows.forEach((r, i) => {
    if (r.label.total !== 'total' || (parts.get(i) ?? []).length > 0) return;
    const below: number[] = [];
    let uncovered: number[] = [];
    for (let j = i + 1; j < rows.length && rows[j].label.total !== 'total'; j++) {
      if (rows[j].label.total === 'subtotal') {
        below.push(j);
        uncovered = [];
      } else if (rows[j].parent === -1) uncovered.push(j);
    }
    parts.set(i, [...below, ...uncovered]);
  });
  return parts;
}

const isLongerPrefix = (parent: string, child: string) => child.length > parent.length && child.startsWith(parent);

/**
 * Nests rows by 科目编码: a row hangs under the nearest row above whose code
 * is a prefix of its own (301 工资福利支出 → 30101 基本工资). Rows without a
 * code keep what their labels say (合计 stays a total).
 */
export function nestByCode(labels: { row: number; label: RowLabel; code: string | null }[], isSubCode: (parent: string, child: string) => boolean = isLongerPrefix): HierRow[] {
  const out: HierRow[] = [];
  const stack: number[] = [];
  labels.forEach(({ row, label, code }, i) => {
    if (!code && label.partial && i > 0 && !out[i - 1].label.total) {
      // "其中：印刷费" under 30201 办公费: a part of the row above (or of that row's own parent, for a second 其中 line).
      const parent = out[i - 1].label.partial && !labels[i - 1].code ? out[i - 1].parent : i - 1;
      out.push({ row, label, parent, depth: out[parent].depth + 1 });
      return;
    }
    if (!code) {
      out.push({ row, label, parent: -1, depth: 0 });
      if (label.total) stack.length = 0;
      return;
    }
    while (stack.length && !isSubCode(labels[stack[stack.length - 1]].code!, code)) stack.pop();
    const parent = stack.length ? stack[stack.length - 1] : -1;
    out.push({ row, label: { ...label, marker: null }, parent, depth: stack.length });
    stack.push(i);
  });
  return out;
}

/**
 * Nests rows told apart by indentation alone (an outline in one column with
 * no numbering): a row hangs under the nearest row above indented less.
 */
export function nestByIndent(labels: { row: number; label: RowLabel }[]): HierRow[] {
  const out: HierRow[] = [];
  labels.forEach(({ row, label }, i) => {
    if (label.total) {
      out.push({ row, label, parent: -1, depth: 0 });
      return;
    }
    let parent = i - 1;
    while (parent >= 0 && (out[parent].label.total || labels[parent].label.indent >= label.indent)) parent = out[parent].label.total ? -1 : out[parent].parent;
    out.push({ row, label, parent, depth: parent >= 0 ? out[parent].depth + 1 : 0 });
  });
  return out;
}
