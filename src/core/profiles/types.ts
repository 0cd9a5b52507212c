/**
 * A scoring profile: the rules of one finance bureau as data. Numbers are
 * decimal strings so a profile can be written as JSON and adapted from a
 * bureau's own notice without touching code (README: "Writing a profile").
 */
export interface Profile {
  id: string;
  name: string;
  description: string;
  execution: {
    /** Default 分值 of 预算执行率 when the form gives none. */
    weight: string;
    /** Cap the 执行率 score at its 分值 (national: yes, 102.76% × 10 → 10). */
    capAtWeight: boolean;
    /** Below this 执行率 (percent) the funds block's own 原因 cell must be filled. */
    reasonBelowPercent: string;
  };
  indicators: {
    /** Reverse (≤, cost) indicators over target: 'linear' (1 − excess/target) × 分值, 0 at 2× target; 'ratio' target/actual × 分值. */
    reverseFormula: 'linear' | 'ratio';
    /** A positive or equal indicator above target by more than this percent needs an explanation. */
    farExceededPercent: string;
    /** 二级 names whose rows are reverse when no comparator is written (成本指标). */
    reverseLevel2Words: string[];
  };
  /** Score bands for qualitative levels stated in the 实际完成值 cell, as percents of 分值. */
  qualitativeBands: { level: string; words: string[]; minPercent: string; maxPercent: string; maxInclusive: boolean }[];
  /** Grade bands on the total, highest first: a total ≥ min gets the grade. */
  grades: { grade: string; min: string }[];
  /** Decimals scores are rounded to (四舍五入). */
  scoreDecimals: number;
}
