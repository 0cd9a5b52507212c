import type { AnalysedTable } from '../analyse';
import type { Finding } from '../model/finding';
import type { ReportTable } from '../report/json';
import { reportTable } from '../report/json';
import { declaredOrComputedWeight, reportedOrDerived } from '../evaluate/score-tree';
import { rangeToA1 } from '../grid/a1';

export const TEMPLATE_NAMES: Record<string, string> = {
  'project-self-eval': '项目支出绩效自评表',
  'dept-self-eval': '部门整体支出绩效自评表',
  'dept-basic-data': '部门整体支出绩效评价基础数据表',
  'indicator-scoring': '指标评分表',
  'budget-table': '预决算表',
};

/** Score by 一级指标: weight, score (reported, or summed from its parts) and 得分率. */
export interface SectionScore {
  name: string;
  weight: string | null;
  score: string | null;
  rate: string | null;
}

/** What the pane, the summary sheet and the batch report show of one table. */
export interface TableSummary extends ReportTable {
  id: string;
  templateName: string;
  counts: { error: number; warning: number; info: number };
  sections: SectionScore[];
}

export function countFindings(findings: Finding[]): TableSummary['counts'] {
  return {
    error: findings.filter((f) => f.severity === 'error').length,
    warning: findings.filter((f) => f.severity === 'warning').length,
    info: findings.filter((f) => f.severity === 'info').length,
  };
}

export function sectionScores(t: AnalysedTable): SectionScore[] {
  const root = t.evaluated.scoreTree;
  if (!root) return [];
  return root.children.map((n) => {
    const weight = declaredOrComputedWeight(n);
    const score = reportedOrDerived(n);
    const rate = score && weight.gt(0) ? `${score.div(weight).times(100).toFixed(2)}%` : null;
    return { name: n.label, weight: weight.isZero() ? null : weight.toFixed(), score: score ? score.toFixed() : null, rate };
  });
}

export function summariseTable(t: AnalysedTable, dp = 2): TableSummary {
  const r = reportTable(t, dp);
  return {
    ...r,
    id: `${t.evaluated.sheet}!${rangeToA1(t.evaluated.range)}`,
    templateName: TEMPLATE_NAMES[r.template] ?? r.template,
    counts: countFindings(t.findings),
    sections: sectionScores(t),
  };
}
