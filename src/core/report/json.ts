import type { AnalysedTable } from '../analyse';
import type { Finding } from '../model/finding';
import { rangeToA1, toA1 } from '../grid/a1';
import { splitLabelWeight } from '../templates/label-weight';

/** The public report format (DOMAIN.md section 7). Numbers are decimal strings. */
export interface ReportIndicator {
  row: number;
  level1: string;
  level2: string;
  name: string;
  target: string | null;
  actual: string | null;
  weight: string | null;
  reported: string | null;
  computed: string | null;
  kind: string;
}

export interface ReportTable {
  sheet: string;
  range: string;
  template: string;
  unit?: string | null;
  project?: string | null;
  executionRate?: string | null;
  total: { cell: string | null; reported: string | null; computed: string; rescored: string; max: string } | null;
  grade: { cell: string | null; reported: string | null; computed: string } | null;
  indicators: ReportIndicator[];
  findings: Finding[];
}

export interface ReportFile {
  file: string;
  /** The scoring profile the file was checked under. */
  profile?: string;
  error: { code: string; message: string } | null;
  tables: ReportTable[];
}

export interface Report {
  version: 1;
  files: ReportFile[];
}

/** Cell text for the report: white space runs folded, trimmed; null when empty. */
function clean(text: string | undefined): string | null {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

export function reportTable(t: AnalysedTable, dp = 2): ReportTable {
  const e = t.evaluated;
  const a1 = (c: { row: number; col: number } | null) => (c ? toA1(c.row, c.col) : null);
  const ex = e.execution;
  return {
    sheet: e.sheet,
    range: rangeToA1(e.range),
    template: e.template,
    unit: e.unit,
    project: e.project,
    executionRate: ex?.ratePoint ? `${ex.ratePoint.toFixed(2)}%` : null,
    total: e.total
      ? {
          cell: a1(e.total.cell),
          reported: e.total.reported ? e.total.reported.toFixed() : null,
          computed: e.total.computed.toFixed(dp),
          rescored: e.total.rescored.toFixed(dp),
          max: e.total.max.toFixed(),
        }
      : null,
    grade: e.grade ? { cell: a1(e.grade.cell), reported: e.grade.reported, computed: e.grade.computed } : null,
    indicators: e.indicators.map((i) => ({
      row: i.binding.row + 1,
      level1: splitLabelWeight(i.binding.level1).name,
      level2: splitLabelWeight(i.binding.level2).name,
      name: i.binding.name,
      target: clean(i.target?.text),
      actual: clean(i.actual?.text),
      weight: i.weight?.parsed.kind === 'quantity' ? i.weight.parsed.value.toFixed() : clean(i.weight?.text),
      reported: i.score?.parsed.kind === 'quantity' ? i.score.parsed.value.toFixed() : clean(i.score?.text),
      computed: i.computed ? i.computed.toFixed(dp) : null,
      kind: i.kind,
    })),
    findings: t.findings,
  };
}

/** Exit status of `jixiao check`: 2 when a file could not be read, 1 when an error-severity finding exists, else 0. */
export function exitStatus(report: Report): 0 | 1 | 2 {
  if (report.files.some((f) => f.error)) return 2;
  return report.files.some((f) => f.tables.some((t) => t.findings.some((x) => x.severity === 'error'))) ? 1 : 0;
}
