/**
 * A scoring profile: the rules of one finance bureau as data. Numbers are
 * decimal strings so a profile can be written as JSON and adapted from a
 * bureau's own notice without touching code (README: "Writing a profile").
 */
export interface Profile extends RegionalProfileFields {
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

/** A rate computed from workbook facts, for rules (DOMAIN.md section 3). */
export type RateFactId = '三公经费控制率' | '公用经费控制率' | '在职人员控制率' | '编外人员控制率' | '固定资产利用率' | '预算执行率';

/** A score band: conditions on the rate (percent) and the score it gives. The first band that matches wins. */
export interface Band {
  lt?: string;
  lte?: string;
  gt?: string;
  gte?: string;
  score: string;
}

/** How an indicator is scored from the workbook's figures. */
export type ScoreRule =
  | { type: 'bands'; rate: RateFactId; bands: Band[] }
  /** "超出一个百分点扣0.1分" / "每超过一个百分点扣0.5分，扣完为止": full marks within the threshold, minus perPoint per point beyond it, never below floor. */
  | { type: 'per-point'; rate: RateFactId; threshold: string; direction: 'above' | 'below'; perPoint: string; max: string; floor?: string }
  /** Quarterly 支出进度 against 序时进度: Σ min(进度/序时, 1) × perQuarter + 全年平均执行率 × annualAverage (capped at annualAverage). */
  | { type: 'quarterly-progress'; schedule: [string, string, string, string]; perQuarter: string; annualAverage: string }
  /** rate × factor, capped ("政府采购执行率 × 1分"). */
  | { type: 'rate-times'; rate: RateFactId; factor: string; cap?: string }
  | { type: 'sum'; parts: ScoreRule[] };

export interface IndicatorRule {
  /** Indicator names the rule applies to (normalised, matched as a whole name or a name ending). */
  indicator: string[];
  rule: ScoreRule;
  /** The notice's own words, for the README and the pane. */
  note?: string;
}

export interface RegionalProfileFields {
  /** Rules of this region's scoring tables. */
  rules?: IndicatorRule[];
  /** Words whose presence in a workbook selects this profile under --profile auto. */
  detect?: string[];
}
