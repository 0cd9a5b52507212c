import type { MarkerType, RowLabel } from './markers';

/** One row of a nested list, and where it hangs. */
export interface HierRow {
  row: number;
  label: RowLabel;
  /** Index in the rows array of the parent row, or -1 for top level. */
  parent: number;
  depth: number;
  /** An unnumbered row taken as continuing the 其中 group above it (only as far as the figures allow). */
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
  labels.forEach(({ row, label }, i) => {
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
    // Unnumbered: continues a 其中 group, hangs under the last numbered row, or sits at the top.
    if (partialParent >= 0) {
      out.push({ row, label: { ...label, partial: true }, parent: partialParent, depth: partialDepth, continued: true });
      return;
    }
    if (stack.length && !afterTotal) {
      const parent = stack[stack.length - 1];
      out.push({ row, label, parent, depth: out[parent].depth + 1 });
      return;
    }
    out.push({ row, label, parent: -1, depth: 0 });
  });
  return out;
}

/**
 * Parts of each total row: the previous total (as one part) plus the
 * top-level rows since it. "本年收入合计" adds up 一、二、; "总计" adds
 * 本年收入合计 and 年初结转和结余.
 */
export function totalParts(rows: HierRow[]): Map<number, number[]> {
  const parts = new Map<number, number[]>();
  let since: number[] = [];
  let prevTotal = -1;
  rows.forEach((r, i) => {
    if (r.label.total) {
      const p = [...(prevTotal >= 0 ? [prevTotal] : []), ...since];
      parts.set(i, p);
      prevTotal = i;
      since = [];
    } else if (r.parent === -1) {
      since.push(i);
    }
  });
  // 合计 written first ("合计 | 85,600.00" above the items): it adds up the top-level rows below it.
  rows.forEach((r, i) => {
    if (!r.label.total || (parts.get(i) ?? []).length > 0) return;
    const below: number[] = [];
    for (let j = i + 1; j < rows.length && !rows[j].label.total; j++) if (rows[j].parent === -1) below.push(j);
    parts.set(i, below);
  });
  return parts;
}

/**
 * Nests rows by 科目编码: a row hangs under the nearest row above whose code
 * is a prefix of its own (301 工资福利支出 → 30101 基本工资). Rows without a
 * code keep what their labels say (合计 stays a total).
 */
export function nestByCode(labels: { row: number; label: RowLabel; code: string | null }[]): HierRow[] {
  const out: HierRow[] = [];
  const stack: number[] = [];
  labels.forEach(({ row, label, code }, i) => {
    if (!code) {
      out.push({ row, label, parent: -1, depth: 0 });
      if (label.total) stack.length = 0;
      return;
    }
    while (stack.length && !(code.startsWith(labels[stack[stack.length - 1]].code!) && code.length > labels[stack[stack.length - 1]].code!.length)) stack.pop();
    const parent = stack.length ? stack[stack.length - 1] : -1;
    out.push({ row, label: { ...label, marker: null }, parent, depth: stack.length });
    stack.push(i);
  });
  return out;
}
