import type { Comparison } from '../../evaluate/comparisons';
import type { Rule } from '../types';
import type { FindingCode, Severity } from '../../model/finding';

/** Rules that report mismatched comparisons of one kind (rate, score, total) share this shape. */
export function comparisonRule(code: FindingCode, severity: Severity, description: string, kind: Comparison['kind'], noun: string): Rule {
  return {
    code,
    severity,
    description,
    check({ table }) {
      return table.comparisons
        .filter((c) => c.kind === kind && c.verdict === 'mismatch')
        .map((c) => ({
          cell: c.cell,
          message: `${c.what}填报为${c.reported}，${noun}应为${c.expected}`,
          expected: c.expected,
          actual: c.reported,
        }));
    },
  };
}
