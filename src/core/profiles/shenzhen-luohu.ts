import type { Profile } from './types';
import { national } from './national';

const CONTROL_BANDS = [
  { lt: '90', score: '3' },
  { lte: '100', score: '2' },
  { score: '0' },
];

/**
 * 深圳市罗湖区《部门整体支出绩效评价共性指标体系框架（2022 年度修订）》: the
 * national rules plus the framework's banded and quarterly scores (seed 003).
 * An example of a regional profile written as data.
 */
export const shenzhenLuohu: Profile = {
  ...national,
  id: 'shenzhen-luohu',
  name: '深圳罗湖（部门整体支出绩效评价共性指标体系框架 2022）',
  description: 'National rules plus the 共性指标体系框架 scores: quarterly 支出进度 against 序时进度, banded 控制率 scores.',
  detect: ['部门整体支出绩效评价共性指标体系框架'],
  rules: [
    {
      indicator: ['预算执行率'],
      note: '一至四季度预算执行率得分 = 季度支出进度 / 序时进度(25%/50%/75%/100%) × 1 分，最高 1 分；全年平均支出进度得分 = 全年平均执行率 × 2 分，最高 2 分',
      rule: { type: 'quarterly-progress', schedule: ['25', '50', '75', '100'], perQuarter: '1', annualAverage: '2' },
    },
    {
      indicator: ['公用经费控制率'],
      note: '“三公”经费控制率 <90% 得 3 分，90%–100% 得 2 分，>100% 得 0 分；日常公用经费控制率同',
      rule: {
        type: 'sum',
        parts: [
          { type: 'bands', rate: '三公经费控制率', bands: CONTROL_BANDS },
          { type: 'bands', rate: '公用经费控制率', bands: CONTROL_BANDS },
        ],
      },
    },
    {
      indicator: ['编外人员控制率'],
      note: '比率 <5% 得 1 分；5%–10% 得 0.5 分；>10% 得 0 分',
      rule: { type: 'bands', rate: '编外人员控制率', bands: [{ lt: '5', score: '1' }, { lte: '10', score: '0.5' }, { score: '0' }] },
    },
    {
      indicator: ['财政供养人员控制率'],
      note: '≤100% 得 1 分，>100% 得 0 分',
      rule: { type: 'bands', rate: '在职人员控制率', bands: [{ lte: '100', score: '1' }, { score: '0' }] },
    },
    {
      indicator: ['固定资产利用率'],
      note: '≥90% 得 1 分；75%–90% 得 0.7 分；60%–75% 得 0.4 分；<60% 得 0 分',
      rule: { type: 'bands', rate: '固定资产利用率', bands: [{ gte: '90', score: '1' }, { gte: '75', score: '0.7' }, { gte: '60', score: '0.4' }, { score: '0' }] },
    },
  ],
};
