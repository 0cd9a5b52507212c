import type { Grid } from '../../grid/grid';
import type { FieldBinding } from '../../binding/types';
import { normalise } from '../../text/normalise';
import { valueRightOf } from '../row-scan';

/** Field labels of a self-evaluation form, normalised, with the name the report uses. */
const FIELD_LABELS: [RegExp, string][] = [
  [/^(项目支出名称|项目名称|项目支出)$/, '项目名称'],
  [/^(主管部门|主管单位|主管部门\(单位\))$/, '主管部门'],
  [/^(实施单位|项目实施单位|执行单位)$/, '实施单位'],
  [/^(预算单位名称|预算单位|单位名称|部门名称|部门\(单位\)名称|部门\(单位\))$/, '单位名称'],
];

export function fieldName(text: string): string | null {
  const t = normalise(text).replace(/[:：]$/, '');
  if (!t || t.length > 14) return null;
  for (const [re, name] of FIELD_LABELS) if (re.test(t)) return name;
  return null;
}

export function findFields(grid: Grid, from: number, to: number): FieldBinding[] {
  const fields: FieldBinding[] = [];
  for (let r = from; r <= to; r++) {
    for (let c = 0; c < grid.colCount; c++) {
      if (grid.isBlank(r, c) || grid.inMergeNotAnchor(r, c)) continue;
      const name = fieldName(grid.text(r, c));
      if (!name || fields.some((f) => f.label === name)) continue;
      const vc = valueRightOf(grid, r, c);
      const valueCell = vc >= 0 && !fieldName(grid.text(r, vc)) ? { row: r, col: vc } : null;
      fields.push({ label: name, labelCell: { row: r, col: c }, valueCell });
    }
  }
  return fields;
}

const PROJECT_TITLE = /项目(支出)?(绩效)?自评表|项目支出绩效|项目绩效自评/;
const DEPT_TITLE = /整体支出绩效自评表|整体支出绩效|部门整体绩效自评|单位整体支出/;

/** The form's kind from its title and fields (DOMAIN.md section 1). */
export function classify(grid: Grid, from: number, to: number, fields: FieldBinding[]): 'project-self-eval' | 'dept-self-eval' {
  for (let r = from; r <= to; r++) {
    for (let c = 0; c < grid.colCount; c++) {
      const t = normalise(grid.text(r, c));
      if (t.length > 40) continue;
      if (PROJECT_TITLE.test(t)) return 'project-self-eval';
      if (DEPT_TITLE.test(t)) return 'dept-self-eval';
    }
  }
  if (fields.some((f) => f.label === '项目名称')) return 'project-self-eval';
  if (fields.some((f) => f.label === '单位名称')) return 'dept-self-eval';
  return 'project-self-eval';
}

/** The title row above a form (the first row mentioning 自评表), or -1. */
export function findTitleRow(grid: Grid, from: number, to: number): number {
  for (let r = from; r <= to; r++) {
    for (let c = 0; c < grid.colCount; c++) {
      const t = normalise(grid.text(r, c));
      if (t.length <= 40 && /自评表|评价表/.test(t)) return r;
    }
  }
  return -1;
}
