import type { ReportFile, ReportTable } from '../core/report/json';
import type { TableSummary } from '../core/summary/table-summary';

/**
 * One checked file with what the summary sheets need of each table (a
 * superset of the JSON report's table). Plain data: it crosses from the
 * check workers to the main thread.
 */
export interface CheckedFile {
  file: string;
  profile?: string;
  error: { code: string; message: string } | null;
  tables: TableSummary[];
}

export function errorEntry(label: string, code: string, message: string): CheckedFile {
  return { file: label, error: { code, message }, tables: [] };
}

/** The JSON report's table: the summary without the fields only the summary sheet shows. */
export function toReportTable(t: TableSummary): ReportTable {
  const { id: _id, templateName: _name, counts: _counts, sections: _sections, ...table } = t;
  return table;
}

export function toReportFile(c: CheckedFile): ReportFile {
  return { ...c, tables: c.tables.map(toReportTable) };
}
