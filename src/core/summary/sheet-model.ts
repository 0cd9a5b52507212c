import type { TableSummary } from './table-summary';

/**
 * A summary sheet (绩效汇总) as data, written by the Excel adapter into the
 * open workbook and by the batch command into a report workbook, so both show
 * the same layout. Text from workbooks stays text: writers must never let a
 * cell starting with = + - @ become a formula.
 */
export type SheetValue = string | number | null;

export interface SheetBlock {
  title: string;
  header: string[];
  rows: SheetValue[][];
}

export interface SheetModel {
  name: string;
  title: string;
  blocks: SheetBlock[];
  /** Hyperlinks from a cell of a block row to a cell of the checked workbook. */
  links: { block: number; row: number; col: number; sheet: string; cell: string; text: string }[];
  /** A bar chart of scores by 一级指标: the block holding its data and the value columns. */
  chart: { block: number; title: string; categoryCol: number; valueCols: number[] } | null;
  columnWidths: number[];
}

const num = (s: string | null | undefined): SheetValue => (s === null || s === undefined || s === '' ? null : Number.isFinite(Number(s)) ? Number(s) : s);

/** A free sheet name: 绩效汇总, then 绩效汇总(2), 绩效汇总(3) … */
export function freeSheetName(taken: string[], base = '绩效汇总'): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!lower.has(`${base}(${i})`.toLowerCase())) return `${base}(${i})`;
}

export function summarySheet(tables: TableSummary[], opts: { name: string; source?: string }): SheetModel {
  const blocks: SheetBlock[] = [];
  const links: SheetModel['links'] = [];
  blocks.push({
    title: '表格一览',
    header: ['工作表', '区域', '模板', '单位', '项目', '执行率', '填报总分', '各项合计', '按规则重算', '满分', '等次（填报）', '等次（应为）', '错误', '警告', '提示'],
    rows: tables.map((t) => [
      t.sheet, t.range, t.templateName, t.unit ?? null, t.project ?? null, t.executionRate ?? null,
      num(t.total?.reported), num(t.total?.computed), num(t.total?.rescored), num(t.total?.max),
      t.grade?.reported ?? null, t.grade?.computed ?? null, t.counts.error, t.counts.warning, t.counts.info,
    ]),
  });
  tables.forEach((t, i) => links.push({ block: 0, row: i, col: 1, sheet: t.sheet, cell: t.range.split(':')[0], text: t.range }));

  const indicatorRows = tables.flatMap((t) =>
    t.indicators.map((ind) => [t.sheet, ind.level1, ind.level2, ind.name, ind.target, ind.actual, num(ind.weight), num(ind.reported), num(ind.computed), KIND[ind.kind] ?? ind.kind]),
  );
  if (indicatorRows.length) {
    blocks.push({ title: '指标明细', header: ['工作表', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '填报得分', '规则得分', '类型'], rows: indicatorRows });
  }

  const sectionRows = tables.flatMap((t) => t.sections.map((s) => [t.sheet, s.name, num(s.weight), num(s.score), s.rate]));
  let chart: SheetModel['chart'] = null;
  if (sectionRows.length) {
    blocks.push({ title: '一级指标得分', header: ['工作表', '一级指标', '分值', '得分', '得分率'], rows: sectionRows });
    chart = { block: blocks.length - 1, title: '一级指标得分与分值', categoryCol: 1, valueCols: [2, 3] };
  }

  const findings = tables.flatMap((t) => t.findings);
  const findingBlock = blocks.length;
  blocks.push({
    title: `问题清单（${findings.length}）`,
    header: ['严重程度', '代码', '工作表', '单元格', '说明', '应为', '填报'],
    rows: findings.map((f) => [SEVERITY[f.severity], f.code, f.sheet, f.cell, f.message, f.expected ?? null, f.actual ?? null]),
  });
  findings.forEach((f, i) => links.push({ block: findingBlock, row: i, col: 3, sheet: f.sheet, cell: f.cell, text: f.cell }));

  return {
    name: opts.name,
    title: `绩效汇总${opts.source ? `：${opts.source}` : ''}`,
    blocks,
    links,
    chart,
    columnWidths: [14, 16, 18, 22, 18, 16, 12, 12, 12, 10, 12, 12, 8, 8, 8],
  };
}

const KIND: Record<string, string> = { positive: '正向', reverse: '反向', equal: '等于', qualitative: '定性' };
const SEVERITY: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

/** The sheet as rows: title, then each block's title, header and rows, a blank row between blocks. Returns where each block starts. */
export function layoutSheet(model: SheetModel): { rows: SheetValue[][]; blockStart: number[] } {
  const rows: SheetValue[][] = [[model.title], []];
  const blockStart: number[] = [];
  for (const b of model.blocks) {
    rows.push([b.title]);
    rows.push(b.header);
    blockStart.push(rows.length);
    rows.push(...b.rows);
    rows.push([]);
  }
  return { rows, blockStart };
}
