import { normalise } from '../../text/normalise';
import type { HierRow } from './tree';
import { nest, nestByCode } from './tree';
import { readRowLabel, type RowLabel } from './markers';

/**
 * Outline codes of evaluation framework tables, in a column of their own
 * (指标编码 | 序号) or leading the label ("1.1.2 绩效指标明确性"):
 * letter-digit codes A / A1 / A11, dotted numbers 1 / 1.1 / 1.1.1, or a mix
 * of numbering kinds by level (一 / 1 / (1)).
 */
const CODE = /^(?:[A-Z]\d{0,3}|\d{1,2}(?:\.\d{1,2}){0,3}|[一二三四五六七八九十]{1,3}|\([一二三四五六七八九十\d]{1,3}\))$/;
/** A dotted code at the start of a label, before its name ("1.1.1绩效目标合理性" once normalised). */
const LEADING_DOTTED = /^(\d{1,2}(?:\.\d{1,2}){0,3})(?=[^\d.%．、])/;

/** The text as an outline code (full-width folded), or null. */
export function outlineCode(text: string): string | null {
  const t = normalise(text).replace(/．/g, '.').replace(/（/g, '(').replace(/）/g, ')').replace(/\.$/, '');
  return t && CODE.test(t) ? t : null;
}

/** A dotted code leading a label and the name after it, or null. */
export function leadingDottedCode(text: string): { code: string; name: string } | null {
  const t = normalise(text).replace(/．/g, '.');
  const m = LEADING_DOTTED.exec(t);
  return m ? { code: m[1], name: t.slice(m[0].length) } : null;
}

/** `child` continues `parent`'s code: 1.1 under 1 (not 12 under 1), A11 under A1 under A. */
export function isSubCode(parent: string, child: string): boolean {
  if (/^\d/.test(parent)) return child.startsWith(`${parent}.`);
  return /^[A-Z]/.test(parent) && child.length > parent.length && child.startsWith(parent) && /^\d+$/.test(child.slice(parent.length));
}

/** True when some code continues an earlier one: the codes carry the nesting. */
export function codesNest(codes: (string | null)[]): boolean {
  const seen: string[] = [];
  for (const c of codes) {
    if (!c) continue;
    if (seen.some((p) => isSubCode(p, c))) return true;
    seen.push(c);
  }
  return false;
}

const MARKER_SEPARATOR = (code: string) => (/^[一二三四五六七八九十]/.test(code) ? '、' : /^\d/.test(code) ? '.' : '');

/**
 * Nests rows by their outline codes: by prefix where the codes continue each
 * other (A11 under A1), otherwise by the kind of numbering, as if the code
 * led the label (一 above 1 above (1)). Rows without a code follow their labels.
 */
export function nestByOutline(rows: { row: number; text: string; code: string | null }[]): HierRow[] {
  if (codesNest(rows.map((r) => r.code))) {
    return nestByCode(rows.map((r) => ({ row: r.row, label: readRowLabel(r.text), code: r.code })), isSubCode);
  }
  return nest(rows.map((r) => ({ row: r.row, label: labelWithCode(r.text, r.code) })));
}

function labelWithCode(text: string, code: string | null): RowLabel {
  const own = readRowLabel(text);
  // A label numbered in itself ("（一）决策") keeps its own numbering.
  if (!code || own.marker) return own;
  const label = readRowLabel(`${code}${MARKER_SEPARATOR(code)}${normalise(text)}`);
  return label.marker ? { ...label, indent: own.indent } : own;
}

const KIND = (code: string) => (/^[A-Z]/.test(code) ? 'letter' : /^\d/.test(code) ? 'number' : /^[一二三四五六七八九十]/.test(code) ? 'cn' : 'paren');

/** Codes that say something about levels: some continue others, or they mix numbering kinds (一 over 1). A plain 序号 1, 2, 3 does not. */
export function codesStructure(codes: (string | null)[]): boolean {
  const present = codes.filter((c): c is string => !!c);
  return codesNest(present) || new Set(present.map(KIND)).size >= 2;
}
