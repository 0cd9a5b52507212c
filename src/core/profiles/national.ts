import type { Profile } from './types';

/** Ministry of Finance rules: 财预〔2020〕10号 and the national budget-management system's scoring. */
export const national: Profile = {
  id: 'national',
  name: '全国通用（财预〔2020〕10号）',
  description: 'Default weights 预算执行率 10, 产出 50, 效益 30, 满意度 10; 执行率 score capped at its weight; reverse indicators lose marks linearly up to twice the target.',
  execution: { weight: '10', capAtWeight: true, reasonBelowPercent: '90' },
  indicators: { reverseFormula: 'linear', farExceededPercent: '30', reverseLevel2Words: ['成本'] },
  qualitativeBands: [
    { level: '未达成', words: ['未达成'], minPercent: '0', maxPercent: '60', maxInclusive: false },
    { level: '部分达成', words: ['部分达成'], minPercent: '60', maxPercent: '80', maxInclusive: false },
    { level: '达成', words: ['达成年度指标', '达成'], minPercent: '80', maxPercent: '100', maxInclusive: true },
  ],
  grades: [
    { grade: '优', min: '90' },
    { grade: '良', min: '80' },
    { grade: '中', min: '60' },
    { grade: '差', min: '0' },
  ],
  scoreDecimals: 2,
};
