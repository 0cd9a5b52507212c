import type { CellInput, CellValue as Value } from '../../src/core/grid/grid';

type CellValue = Value | CellInput;
import { toA1 } from '../../src/core/grid/a1';
import { gridOf } from './grid';

/** [一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因] */
export type IndicatorSpec = [string | null, string | null, string, CellValue, CellValue, CellValue, CellValue, CellValue?];

export interface FormSpec {
  title?: string;
  funds?: {
    initial?: CellValue;
    budget: CellValue;
    executed: CellValue;
    weight?: CellValue;
    rate?: CellValue;
    score?: CellValue;
    /** Present (even null) adds a 原因 column to the funds block. */
    reason?: CellValue;
    parts?: [string, CellValue, CellValue, CellValue][];
  };
  indicators: IndicatorSpec[];
  total?: [CellValue, CellValue];
  grade?: string;
}

const IND_COLS = { level1: 0, level2: 1, name: 2, target: 3, actual: 4, weight: 5, score: 6, reason: 7 } as const;
const FUND_COLS = { initial: 2, budget: 3, executed: 4, weight: 5, rate: 6, score: 7, reason: 8 } as const;

/**
 * A self-evaluation form in the national layout (财预〔2020〕10号), built from a
 * compact spec, with helpers that name the cells a finding should point at.
 */
export function selfEvalForm(spec: FormSpec) {
  const rows: CellValue[][] = [];
  rows.push([spec.title ?? '2023年度项目支出绩效自评表']);
  rows.push(['项目名称', '测试项目', null, '实施单位', '测试单位']);
  let fundsRow = -1;
  if (spec.funds) {
    const f = spec.funds;
    const header: CellValue[] = ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
    if ('reason' in f) header.push('未达90%原因');
    rows.push(header);
    fundsRow = rows.length;
    const total: CellValue[] = [null, '年度资金总额', f.initial ?? null, f.budget, f.executed, f.weight ?? 10, f.rate ?? null, f.score ?? null];
    if ('reason' in f) total.push(f.reason ?? null);
    rows.push(total);
    for (const p of f.parts ?? []) rows.push([null, p[0], p[1], p[2], p[3]]);
  }
  rows.push(['年度总体目标', '预期目标', null, null, '实际完成情况']);
  rows.push(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
  const firstIndicator = rows.length;
  for (const i of spec.indicators) rows.push([i[0], i[1], i[2], i[3], i[4], i[5], i[6], i[7] ?? null]);
  let totalRow = -1;
  if (spec.total) {
    totalRow = rows.length;
    rows.push(['总分', null, null, null, null, spec.total[0], spec.total[1], null]);
  }
  let gradeRow = -1;
  if (spec.grade !== undefined) {
    gradeRow = rows.length;
    rows.push(['评价等次', spec.grade]);
  }
  const grid = gridOf('自评表', rows);
  return {
    grid,
    /** Cell of an indicator row's column, by index in spec.indicators. */
    indicator: (index: number, col: keyof typeof IND_COLS) => toA1(firstIndicator + index, IND_COLS[col]),
    funds: (col: keyof typeof FUND_COLS) => toA1(fundsRow, FUND_COLS[col]),
    fundsPart: (index: number, col: 'initial' | 'budget' | 'executed') => toA1(fundsRow + 1 + index, FUND_COLS[col]),
    total: (col: 'weight' | 'score') => toA1(totalRow, col === 'weight' ? 5 : 6),
    grade: () => toA1(gradeRow, 1),
  };
}
