import type { CheckedFile } from './checked-file';

/** Rows of the batch report as data: the 文件一览 sheet, and the findings list shared by the 问题清单 sheet and the CSV. */
export type RowValue = string | number | null;

export interface Column {
  header: string;
  width: number;
  /** Excel number format for the column's numbers. */
  numFmt?: string;
}

const SEVERITY: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };
export const UNREADABLE = '无法读取';

const num = (s: string | null | undefined): RowValue => (s === null || s === undefined || s === '' ? null : Number.isFinite(Number(s)) ? Number(s) : s);
/** "96.89%" → 0.9689, shown with the column's 0.00% format. */
const percent = (s: string | null | undefined): RowValue => (s && /^-?\d+(\.\d+)?%$/.test(s) ? Number(s.slice(0, -1)) / 100 : (s ?? null));

export const FILE_COLUMNS: Column[] = [
  { header: '序号', width: 6 },
  { header: '文件', width: 36 },
  { header: '状态', width: 12 },
  { header: '评分规则', width: 14 },
  { header: '工作表', width: 14 },
  { header: '区域', width: 10 },
  { header: '模板', width: 20 },
  { header: '单位', width: 22 },
  { header: '项目', width: 22 },
  { header: '执行率', width: 10, numFmt: '0.00%' },
  { header: '填报总分', width: 10 },
  { header: '各项合计', width: 10, numFmt: '0.00' },
  { header: '按规则重算', width: 11, numFmt: '0.00' },
  { header: '满分', width: 7 },
  { header: '等次（填报）', width: 11 },
  { header: '等次（应为）', width: 11 },
  { header: '错误', width: 6 },
  { header: '警告', width: 6 },
  { header: '提示', width: 6 },
  { header: '汇总表', width: 10 },
  { header: '说明', width: 50 },
];

/** A row given by column header; missing columns are empty. */
function byHeader(columns: Column[], cells: Record<string, RowValue | undefined>): RowValue[] {
  return columns.map((c) => cells[c.header] ?? null);
}

/** One row per table; a file without tables, or unreadable, gets one row. `summarySheets[i]` names file i's summary sheet. */
export function fileRows(files: CheckedFile[], summarySheets: (string | null)[]): RowValue[][] {
  const rows: RowValue[][] = [];
  files.forEach((f, i) => {
    const file = { 序号: i + 1, 文件: f.file, 评分规则: f.profile, 汇总表: summarySheets[i] };
    if (f.error) rows.push(byHeader(FILE_COLUMNS, { ...file, 状态: UNREADABLE, 说明: `${f.error.code}：${f.error.message}` }));
    else if (f.tables.length === 0) rows.push(byHeader(FILE_COLUMNS, { ...file, 状态: '未识别到表格' }));
    for (const t of f.tables) {
      rows.push(
        byHeader(FILE_COLUMNS, {
          ...file,
          状态: t.counts.error ? '有错误' : t.counts.warning ? '有警告' : '无错误',
          工作表: t.sheet,
          区域: t.range,
          模板: t.templateName,
          单位: t.unit,
          项目: t.project,
          执行率: percent(t.executionRate),
          填报总分: num(t.total?.reported),
          各项合计: num(t.total?.computed),
          按规则重算: num(t.total?.rescored),
          满分: num(t.total?.max),
          '等次（填报）': t.grade?.reported,
          '等次（应为）': t.grade?.computed,
          错误: t.counts.error,
          警告: t.counts.warning,
          提示: t.counts.info,
        }),
      );
    }
  });
  return rows;
}

export const FINDING_COLUMNS: Column[] = [
  { header: '序号', width: 6 },
  { header: '文件', width: 36 },
  { header: '工作表', width: 14 },
  { header: '单元格', width: 8 },
  { header: '位置', width: 40 },
  { header: '严重程度', width: 9 },
  { header: '代码', width: 20 },
  { header: '说明', width: 60 },
  { header: '应为', width: 14 },
  { header: '填报', width: 14 },
  { header: '模板', width: 20 },
  { header: '单位', width: 22 },
  { header: '项目', width: 22 },
];

/** Every finding with its file, sheet and cell ("file!Sheet!A1"), and every unreadable file with its reason. */
export function findingRows(files: CheckedFile[]): RowValue[][] {
  const rows: RowValue[][] = [];
  files.forEach((f, i) => {
    const file = { 序号: i + 1, 文件: f.file };
    if (f.error) rows.push(byHeader(FINDING_COLUMNS, { ...file, 位置: f.file, 严重程度: UNREADABLE, 代码: f.error.code, 说明: f.error.message }));
    for (const t of f.tables) {
      for (const x of t.findings) {
        rows.push(
          byHeader(FINDING_COLUMNS, {
            ...file,
            工作表: x.sheet,
            单元格: x.cell,
            位置: `${f.file}!${x.sheet}!${x.cell}`,
            严重程度: SEVERITY[x.severity] ?? x.severity,
            代码: x.code,
            说明: x.message,
            应为: x.expected,
            填报: x.actual,
            模板: t.templateName,
            单位: t.unit,
            项目: t.project,
          }),
        );
      }
    }
  });
  return rows;
}
