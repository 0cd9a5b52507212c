import { comparisonRule } from './comparison-rule';

export const totalMismatch = comparisonRule(
  'total-mismatch',
  'error',
  '合计、小计或总分不等于其直接组成部分之和（考虑四舍五入）',
  'total',
  '按其组成部分合计',
);
