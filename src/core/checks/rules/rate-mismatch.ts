import { comparisonRule } from './comparison-rule';

export const rateMismatch = comparisonRule(
  'rate-mismatch',
  'error',
  '填报的比率与按其输入重新计算的比率不一致（考虑输入的四舍五入）',
  'rate',
  '按输入重新计算',
);
