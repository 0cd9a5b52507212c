/** Outline codes of framework tables: which code continues which, and the nesting they give. */
import { isSubCode, leadingDottedCode, nestByOutline, outlineCode } from '../../../src/core/templates/hierarchy/outline-codes';
import { recogniseSheet } from '../../../src/core/templates';
import type { ScoringTableBinding } from '../../../src/core/binding/types';
import { gridOf } from '../../helpers/grid';

describe('outline codes', () => {
  it('reads codes in their usual forms, full-width too', () => {
    expect(['A', 'A1', 'A11', '1', '1.1', '１．２', '一', '（三）', '(2)'].map(outlineCode)).toEqual(['A', 'A1', 'A11', '1', '1.1', '1.2', '一', '(三)', '(2)']);
    expect(['立项依据', '2023', 'A-1', ''].map(outlineCode)).toEqual([null, null, null, null]);
  });

  it('continues a code by segment, never by digit', () => {
    expect(isSubCode('1', '1.1')).toBe(true);
    expect(isSubCode('1', '12')).toBe(false);
    expect(isSubCode('1.1', '1.1.2')).toBe(true);
    expect(isSubCode('A', 'A1')).toBe(true);
    expect(isSubCode('A1', 'A11')).toBe(true);
    expect(isSubCode('A1', 'B11')).toBe(false);
  });

  it('finds a dotted code leading a label, not a figure', () => {
    expect(leadingDottedCode('1.1.2 绩效指标明确性')).toEqual({ code: '1.1.2', name: '绩效指标明确性' });
    expect(leadingDottedCode('3 产出')).toEqual({ code: '3', name: '产出' });
    expect(leadingDottedCode('95%以上')).toBeNull();
  });

  it('nests A / A1 / A11 by prefix and 一 / 1 by numbering kind', () => {
    const byPrefix = nestByOutline(['A', 'A1', 'A11', 'A12', 'A2', 'B', 'B1'].map((code, row) => ({ row, text: `指标${row}`, code })));
    expect(byPrefix.map((r) => r.parent)).toEqual([-1, 0, 1, 1, 0, -1, 5]);
    const byKind = nestByOutline(['一', '1', '2', '二', '3'].map((code, row) => ({ row, text: `指标${row}`, code })));
    expect(byKind.map((r) => r.parent)).toEqual([-1, 0, 0, -1, 3]);
  });
});

describe('scoring tables with outline codes', () => {
  const weightsOf = (grid: ReturnType<typeof gridOf>) => {
    const t = recogniseSheet(grid).find((x): x is ScoringTableBinding => x.template === 'indicator-scoring')!;
    return t.nodes.map((n) => `${n.level}:${n.label}:${n.parent >= 0 ? t.nodes[n.parent].label : '-'}`);
  };

  it('a 指标编码 column gives the levels', () => {
    const grid = gridOf('评分表', [
      ['指标编码', '评价指标', '评分标准', '分值', '得分'],
      ['A', '决策', null, 10, 9],
      ['A1', '项目立项', null, 10, 9],
      ['A11', '立项依据充分性', '依据充分得5分', 5, 5],
      ['A12', '立项程序规范性', '程序规范得5分', 5, 4],
      ['B', '过程', null, 10, 10],
      ['B1', '资金管理', '按规定使用得10分', 10, 10],
      ['总分', null, null, 20, 19],
    ]);
    expect(weightsOf(grid)).toEqual(['1:决策:-', '2:项目立项:决策', '3:立项依据充分性:项目立项', '3:立项程序规范性:项目立项', '1:过程:-', '2:资金管理:过程']);
  });

  it('dotted codes leading the labels give the levels', () => {
    const grid = gridOf('Sheet1', [
      ['评价指标', '权重', '得分'],
      ['1 投入', 8, 7.5],
      ['1.1 目标设定', 8, 7.5],
      ['1.1.1 绩效目标合理性', 4, 4],
      ['1.1.2 绩效指标明确性', 4, 3.5],
      ['2 过程', 12, 12],
      ['2.1 预算执行', 12, 12],
      ['合计', 20, 19.5],
    ]);
    const levels = weightsOf(grid).map((x) => x.split(':')[0]);
    expect(levels).toEqual(['1', '2', '3', '3', '1', '2']);
  });
});

describe('a plain 序号 column beside numbered labels', () => {
  it('leaves the nesting to the labels’ own numbering', () => {
    const grid = gridOf('评分表', [
      ['序号', '评价指标', '分值', '得分'],
      [1, '一、决策', 20, 18],
      [2, '（一）项目立项', 10, 9],
      [3, '（二）绩效目标', 10, 9],
      [4, '二、产出', 80, 75],
      [5, '（一）产出数量', 80, 75],
      ['合计', null, 100, 93],
    ]);
    const t = recogniseSheet(grid).find((x): x is ScoringTableBinding => x.template === 'indicator-scoring')!;
    expect(t.nodes.map((n) => n.level)).toEqual([1, 2, 2, 1, 2]);
  });
});
