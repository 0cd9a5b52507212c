import { columnLetters, columnNumber } from '../address';
import { type AxisChange, axisLimit, shiftIndex, shiftSpan } from '../model/axis-change';
import { tokenizeFormulaSpans } from './tokens';

/** How the references of one formula follow a change of rows or columns. */
export interface ReferenceScope {
  change: AxisChange;
  /** Whether a reference to `sheet` (undefined: no sheet named, i.e. the formula's own sheet) is on the changed sheet. */
  onChangedSheet(sheet: string | undefined): boolean;
  /**
   * For one formula shared by a range (a conditional format): relative parts are offsets from the range's
   * first cell and keep them while that cell moves `from` → `to`; absolute parts follow their cells.
   */
  anchor?: { from: number; to: number };
}

interface Part {
  columnAbsolute: boolean;
  column?: number;
  rowAbsolute: boolean;
  row?: number;
}

const PART = /^(\$?)([A-Za-z]{1,3})?(\$?)([0-9]{1,7})?$/;

function parsePart(text: string): Part | undefined {
  const m = PART.exec(text);
  if (!m || (m[2] === undefined && m[4] === undefined)) return undefined;
  if (m[2] === undefined) return { columnAbsolute: false, rowAbsolute: m[1] === '$' || m[3] === '$', row: Number(m[4]) - 1 };
  return { columnAbsolute: m[1] === '$', column: columnNumber(m[2]), rowAbsolute: m[3] === '$', row: m[4] === undefined ? undefined : Number(m[4]) - 1 };
}

function formatPart(part: Part): string {
  const column = part.column === undefined ? '' : `${part.columnAbsolute ? '$' : ''}${columnLetters(part.column)}`;
  const row = part.row === undefined ? '' : `${part.rowAbsolute ? '$' : ''}${part.row + 1}`;
  return column + row;
}

function unquote(sheet: string): string {
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** The new parts, or null when the reference now points at deleted cells (#REF!). */
function shiftParts(parts: Part[], scope: ReferenceScope): Part[] | null {
  const rows = scope.change.axis === 'rows';
  const at = (p: Part) => (rows ? p.row : p.column);
  const absolute = (p: Part) => (rows ? p.rowAbsolute : p.columnAbsolute);
  const set = (p: Part, index: number): Part => (rows ? { ...p, row: index } : { ...p, column: index });
  if (parts.some((p) => at(p) === undefined)) return parts; // "A:C" does not move with rows, "2:5" not with columns
  const { anchor } = scope;
  if (anchor && parts.every((p) => !absolute(p))) {
    const moved = parts.map((p) => at(p)! - anchor.from + anchor.to);
    if (moved.some((i) => i < 0 || i >= axisLimit(scope.change))) return null;
    return parts.map((p, i) => set(p, moved[i]));
  }
  if (parts.length === 1) {
    const index = shiftIndex(scope.change, at(parts[0])!);
    return index === null ? null : [set(parts[0], index)];
  }
  const [a, b] = [at(parts[0])!, at(parts[1])!];
  const span = shiftSpan(scope.change, Math.min(a, b), Math.max(a, b));
  if (!span) return null;
  return a <= b ? [set(parts[0], span[0]), set(parts[1], span[1])] : [set(parts[0], span[1]), set(parts[1], span[0])];
}

/** One reference token's new text ("Sheet1!$B$7", "#REF!", "'My sheet'!#REF!"). */
function shiftReference(text: string, scope: ReferenceScope): string {
  const bang = text.lastIndexOf('!');
  const prefix = bang === -1 ? '' : text.slice(0, bang + 1);
  if (!scope.onChangedSheet(bang === -1 ? undefined : unquote(text.slice(0, bang)))) return text;
  const parts = text.slice(bang + 1).split(':').map(parsePart);
  if (parts.some((p) => p === undefined)) return text;
  const shifted = shiftParts(parts as Part[], scope);
  return shifted ? prefix + shifted.map(formatPart).join(':') : `${prefix}#REF!`;
}

/**
 * The formula ("=SUM(B2:B9)") with its references adjusted to a change of rows or columns, the rest of
 * its text untouched. Text that does not tokenize is returned as it is.
 */
export function shiftFormulaReferences(formula: string, scope: ReferenceScope): string {
  const offset = formula.startsWith('=') ? 1 : 0;
  let spans;
  try {
    spans = tokenizeFormulaSpans(formula.slice(offset));
  } catch {
    return formula;
  }
  let out = '';
  let last = 0;
  for (const { token, start, end } of spans) {
    if (token.type !== 'reference') continue;
    const replaced = shiftReference(token.text, scope);
    if (replaced === token.text) continue;
    out += formula.slice(last, start + offset) + replaced;
    last = end + offset;
  }
  return last === 0 ? formula : out + formula.slice(last);
}
