/** Stable finding codes (DOMAIN.md section 5). They are part of the public report format. */
export const FINDING_CODES = [
  'missing-reason',
  'target-not-met',
  'target-far-exceeded',
  'score-mismatch',
  'score-out-of-band',
  'score-over-weight',
  'total-mismatch',
  'rate-mismatch',
  'weight-mismatch',
  'grade-mismatch',
  'missing-value',
  'unparseable',
  'spent-without-budget',
  'rounding',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  /** The one cell the person must look at, A1 on `sheet`. */
  cell: string;
  message: string;
  expected?: string;
  actual?: string;
}
