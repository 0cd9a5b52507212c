import type { CellValue } from '../src/core/grid/grid';
import { Grid } from '../src/core/grid/grid';

/** A project self-evaluation form with `n` indicator rows (a mix of quantitative, reverse and qualitative rows). */
export function syntheticForm(n: number): Grid {
  const rows: CellValue[][] = [
    ['2023年度项目支出绩效自评表'],
    ['项目名称', '基准测试项目', null, '实施单位', '测试单位'],
    ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额', 1000, 1000, 950.5, 10, '95.05%', 9.51],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
  ];
  const w = 90 / n;
  for (let i = 0; i < n; i++) {
    const l1 = i % 50 === 0 ? `产出指标` : null;
    const kind = i % 3;
    const row: CellValue[] =
      kind === 0
        ? [l1, '数量指标', `指标${i}`, `≥${10 + (i % 7)}次`, `${9 + (i % 9)}次`, w, w * 0.9, i % 4 ? '原因' : null]
        : kind === 1
          ? [l1, '成本指标', `成本${i}`, `≤${100 + i}万元`, `${95 + i}万元`, w, w, null]
          : [l1, '质量指标', `质量${i}`, '显著提升', '达成年度指标', w, w, null];
    rows.push(row);
  }
  rows.push(['总分', null, null, null, null, 100, 95]);
  return new Grid('基准', rows);
}
