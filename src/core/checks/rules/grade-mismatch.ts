import type { Rule } from '../types';

const SYNONYMS: [RegExp, string][] = [
  [/^(优秀|优)/, '优'],
  [/^(良好|良)/, '良'],
  [/^(中等|中|合格|一般)/, '中'],
  [/^(较差|差|不合格)/, '差'],
];

/** "优秀" → 优, "合格" → 中 …; unknown words are compared as written. */
export function canonicalGrade(text: string): string {
  const t = text.replace(/["“”'‘’]/g, '');
  for (const [re, g] of SYNONYMS) if (re.test(t)) return g;
  return t;
}

export const gradeMismatch: Rule = {
  code: 'grade-mismatch',
  severity: 'error',
  description: '填报的等次与总分所在的等次区间不一致（优 90–100、良 80–90、中 60–80、差 0–60）',
  check({ table }) {
    const g = table.grade;
    if (!g?.cell || !g.reported) return [];
    if (canonicalGrade(g.reported) === g.computed) return [];
    const total = table.total?.reported ?? table.total?.computed;
    return [
      {
        cell: g.cell,
        message: `总分${total ? total.toFixed() : ''}对应等次为“${g.computed}”，填报为“${g.reported}”`,
        expected: g.computed,
        actual: g.reported,
      },
    ];
  },
};
