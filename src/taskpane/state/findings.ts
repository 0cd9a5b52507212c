import { FINDING_CODES } from '../../core/model/finding';
import type { Finding, FindingCode, Severity } from '../../core/model/finding';
import type { PaneTable } from '../session';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface FindingFilter {
  severity: Severity | null;
  code: FindingCode | null;
  sheet: string | null;
}

export const NO_FILTER: FindingFilter = { severity: null, code: null, sheet: null };

export interface CodeGroup {
  code: FindingCode;
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  codes: CodeGroup[];
}

/** Every finding of every table, in table order, without duplicates (a cell may be checked by two tables). */
export function allFindings(tables: readonly PaneTable[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const table of tables) {
    for (const f of table.findings) {
      const key = `${f.code}\u0000${f.sheet}\u0000${f.cell}\u0000${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(f);
    }
  }
  return out;
}

export function applyFilter(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  return findings.filter(
    (f) =>
      (filter.severity === null || f.severity === filter.severity) &&
      (filter.code === null || f.code === filter.code) &&
      (filter.sheet === null || f.sheet === filter.sheet),
  );
}

/** Row, then column, of an A1 address ("K14" → [14, 11]); unknown addresses sort last. */
function cellOrder(address: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)/i.exec(address);
  if (!m) return [Number.MAX_SAFE_INTEGER, 0];
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), col];
}

/**
 * Findings grouped by severity (error, warning, info), then by code in the
 * order of the report format; within a code, by sheet then row then column.
 * Empty groups are left out.
 */
export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  const sheetOrder = new Map<string, number>();
  for (const f of findings) if (!sheetOrder.has(f.sheet)) sheetOrder.set(f.sheet, sheetOrder.size);
  const byPosition = (a: Finding, b: Finding) => {
    const [ar, ac] = cellOrder(a.cell);
    const [br, bc] = cellOrder(b.cell);
    return (sheetOrder.get(a.sheet)! - sheetOrder.get(b.sheet)!) || ar - br || ac - bc;
  };
  return SEVERITIES.map((severity) => {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    const codes = FINDING_CODES.map((code) => ({
      code,
      findings: ofSeverity.filter((f) => f.code === code).sort(byPosition),
    })).filter((g) => g.findings.length > 0);
    return { severity, count: ofSeverity.length, codes };
  }).filter((g) => g.count > 0);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** The codes and sheets that occur, for the filter choices (codes in report order, sheets as met). */
export function filterChoices(findings: readonly Finding[]): { codes: FindingCode[]; sheets: string[] } {
  const present = new Set(findings.map((f) => f.code));
  return {
    codes: FINDING_CODES.filter((c) => present.has(c)),
    sheets: [...new Set(findings.map((f) => f.sheet))],
  };
}

/** A filter that no longer matches any choice (the code or sheet disappeared after an edit) falls back to "all". */
export function reconcileFilter(filter: FindingFilter, findings: readonly Finding[]): FindingFilter {
  const { codes, sheets } = filterChoices(findings);
  return {
    severity: filter.severity,
    code: filter.code !== null && !codes.includes(filter.code) ? null : filter.code,
    sheet: filter.sheet !== null && !sheets.includes(filter.sheet) ? null : filter.sheet,
  };
}

/** "附件4!K14", quoting a sheet name that needs it as Excel does. */
export function qualifiedCell(sheet: string, cell: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Z]{1,3}\d+$/i.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${cell}`;
}
