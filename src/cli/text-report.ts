import type { Report, ReportTable } from '../core/report/json';
import { TEMPLATE_NAMES } from '../core/summary/table-summary';

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;

function tableLines(t: ReportTable): string[] {
  const lines = [`  【${TEMPLATE_NAMES[t.template] ?? t.template}】工作表「${t.sheet}」${t.range}`];
  const who = [t.unit && `单位：${t.unit}`, t.project && `项目：${t.project}`].filter(Boolean).join('　');
  if (who) lines.push(`    ${who}`);
  if (t.executionRate) lines.push(`    执行率：${t.executionRate}`);
  if (t.total) {
    lines.push(`    总分：填报 ${t.total.reported ?? '（空）'}，各项合计 ${t.total.computed}，按评分规则重算 ${t.total.rescored}，满分 ${t.total.max}`);
  }
  if (t.grade) lines.push(`    等次：${t.grade.reported ? `填报「${t.grade.reported}」，` : ''}按总分应为「${t.grade.computed}」`);
  if (t.findings.length === 0) lines.push('    未发现问题。');
  for (const f of t.findings) lines.push(`    ${SEVERITY[f.severity]} ${f.sheet}!${f.cell} [${f.code}] ${f.message}`);
  return lines;
}

/** The readable report `jixiao check` prints without --json. */
export function textReport(report: Report): string {
  const out: string[] = [];
  for (const f of report.files) {
    out.push(`文件：${f.file}`);
    if (f.error) {
      out.push(`  无法读取（${f.error.code}）：${f.error.message}`);
      continue;
    }
    if (f.tables.length === 0) out.push('  未识别到绩效评价表格。');
    for (const t of f.tables) out.push(...tableLines(t));
  }
  out.push('');
  out.push(summaryLine(report));
  return out.join('\n');
}

/** The closing line: files checked, unreadable, and findings by severity. */
export function summaryLine(report: Report): string {
  const all = report.files.flatMap((f) => f.tables.flatMap((t) => t.findings));
  const count = (s: string) => all.filter((x) => x.severity === s).length;
  const unreadable = report.files.filter((f) => f.error).length;
  return `共检查 ${report.files.length} 个文件${unreadable ? `（${unreadable} 个无法读取）` : ''}：错误 ${count('error')} 个，警告 ${count('warning')} 个，提示 ${count('info')} 个。`;
}
