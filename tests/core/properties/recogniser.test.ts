import fc from 'fast-check';
import type { CellValue } from '../../../src/core/grid/grid';
import { Grid } from '../../../src/core/grid/grid';
import { analyseSheet } from '../../../src/core/analyse';
import { national } from '../../../src/core/profiles/national';
import { toA1 } from '../../../src/core/grid/a1';
import { selfEvalForm } from '../../helpers/self-eval-form';
import { baseSpec } from '../checks/base-form';

/** Words of real forms, so random grids often look like (broken) tables. */
const WORDS = [
  '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施', '总分', '合计', '小计',
  '其中：', '年初预算数', '全年预算数', '全年执行数', '执行率', '预算数', '决算数', '编制数', '实际在职人数', '控制率', '评价等次',
  '产出指标(50分)', '数量指标', '成本指标', '≥90%', '≤100万', '4次', '—', '/', '无', '一、', '（一）', '1.', '①', '项目名称',
  '12..5', '9o%', '显著提升', '达成年度指标', '部分达成年度指标并具有一定效果', '', ' ', '\n', '优', '良',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: false, min: -1e9, max: 1e9 }),
  fc.integer({ min: -5, max: 200 }),
  fc.constant(null),
  fc.boolean(),
);

const grid = fc
  .array(fc.array(cell, { minLength: 0, maxLength: 10 }), { minLength: 0, maxLength: 30 })
  .chain((rows) =>
    fc
      .array(fc.record({ top: fc.nat(30), left: fc.nat(10), h: fc.nat(3), w: fc.nat(2) }), { maxLength: 4 })
      .map((ms) => new Grid('随机', rows, ms.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })))),
  );

describe('the recogniser on random grids', () => {
  it('never throws, and every finding names a cell of the sheet', () => {
    fc.assert(
      fc.property(grid, (g) => {
        for (const t of analyseSheet(g, national)) {
          for (const f of t.findings) expect(f.cell).toMatch(/^[A-Z]+\d+$/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reports a broken number in a required numeric cell as unparseable, never as zero', () => {
    const broken = fc.constantFrom('12..5', '9o%', '1.2.3', '≥', '1O0', '二十', '#DIV/0!');
    const target = fc.constantFrom('weight', 'score', 'budget', 'executed', 'total') as fc.Arbitrary<'weight' | 'score' | 'budget' | 'executed' | 'total'>;
    fc.assert(
      fc.property(broken, target, fc.nat(4), (text, where, index) => {
        const spec = baseSpec();
        if (where === 'weight') spec.indicators[index][5] = text;
        if (where === 'score') spec.indicators[index][6] = text;
        if (where === 'budget') spec.funds!.budget = text;
        if (where === 'executed') spec.funds!.executed = text;
        if (where === 'total') spec.total![1] = text;
        const f = selfEvalForm(spec);
        const cellAt = where === 'weight' || where === 'score' ? f.indicator(index, where) : where === 'total' ? f.total('score') : f.funds(where);
        const findings = analyseSheet(f.grid, national).flatMap((t) => t.findings);
        expect(findings.filter((x) => x.code === 'unparseable').map((x) => x.cell)).toContain(cellAt);
      }),
      { numRuns: 150 },
    );
  });
});

describe('a correct form stays silent wherever it sits', () => {
  it('any offset: no finding at all', () => {
    fc.assert(
      fc.property(fc.nat(6), fc.nat(4), (dr, dc) => {
        const f = selfEvalForm(baseSpec());
        const rows: CellValue[][] = [];
        for (let r = 0; r < f.grid.rowCount; r++) {
          const row: CellValue[] = Array(dc).fill(null);
          for (let c = 0; c < f.grid.colCount; c++) row.push(f.grid.value(r, c));
          rows.push(row);
        }
        const shifted = new Grid('偏移', [...Array.from({ length: dr }, () => []), ...rows]);
        const tables = analyseSheet(shifted, national);
        expect(tables).toHaveLength(1);
        expect(tables[0].findings).toEqual([]);
        expect(tables[0].evaluated.total?.cell && toA1(tables[0].evaluated.total.cell.row, tables[0].evaluated.total.cell.col)).toBe(
          toA1(f.grid.rowCount - 2 + dr, 6 + dc),
        );
      }),
      { numRuns: 40 },
    );
  });
});
