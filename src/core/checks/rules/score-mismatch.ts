import { comparisonRule } from './comparison-rule';

export const scoreMismatch = comparisonRule(
  'score-mismatch',
  'warning',
  '填报得分与评分规则计算的得分不一致（定量指标、预算执行率）；自评允许酌情，故为警告',
  'score',
  '按评分规则',
);
