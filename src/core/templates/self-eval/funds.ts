import type { Grid } from '../../grid/grid';
import type { FundsBinding } from '../../binding/types';
import { normalise, normaliseBare } from '../../text/normalise';
import { isQuantityAt } from '../../values';
import { mergedFromAbove } from '../row-scan';

type FundsColumn = keyof FundsBinding['columns'];

// 原因 first: "执行率未达90%原因" is the reason column, not the rate.
const FUNDS_WORDS: [FundsColumn, string[]][] = [
  ['reason', ['原因', '说明']],
  ['rate', ['执行率']],
  ['initialBudget', ['年初预算']],
  ['budget', ['全年预算', '调整后预算', '调整预算', '预算数', '预算金额']],
  ['executed', ['全年执行', '执行数', '实际支出', '决算数', '实际执行', '执行金额']],
  ['weight', ['分值', '权重']],
  ['score', ['得分']],
];

function fundsRole(text: string): FundsColumn | null {
  const t = normaliseBare(text);
  if (!t || t.length > 16) return null;
  for (const [role, words] of FUNDS_WORDS) if (words.some((w) => t.includes(w))) return role;
  return null;
}

/** The header of the 年度资金总额 block: names an executed amount and a budget. */
function findFundsHeader(grid: Grid, from: number, to: number): { row: number; columns: FundsBinding['columns'] } | null {
  for (let r = from; r <= to; r++) {
    const columns: FundsBinding['columns'] = {};
    for (let c = 0; c < grid.colCount; c++) {
      const role = fundsRole(grid.seenText(r, c));
      if (role && columns[role] === undefined) columns[role] = c;
    }
    if (columns.executed !== undefined && (columns.budget !== undefined || columns.initialBudget !== undefined)) return { row: r, columns };
  }
  return null;
}

function valueColumns(columns: FundsBinding['columns']): number[] {
  return (['initialBudget', 'budget', 'executed'] as const).map((k) => columns[k]).filter((c): c is number => c !== undefined);
}

function hasAmount(grid: Grid, row: number, cols: number[]): boolean {
  return cols.some((c) => isQuantityAt(grid, row, c));
}

/** Label of a funds row: the nearest text left of the figures that is not a block label merged down from above. */
export function rowLabel(grid: Grid, row: number, beforeCol: number): string {
  for (let c = beforeCol - 1; c >= 0; c--) {
    if (mergedFromAbove(grid, row, c) || grid.isBlank(row, c)) continue;
    return normalise(grid.text(row, c));
  }
  return '';
}

const STOP = /^(年度总体目标|总体目标|预期目标|绩效指标|一级指标|年度绩效目标)/;

export function findFunds(grid: Grid, from: number, to: number): FundsBinding | null {
  const header = findFundsHeader(grid, from, to);
  if (!header) return null;
  const cols = valueColumns(header.columns);
  const firstValueCol = Math.min(...cols, ...Object.values(header.columns));
  let totalRow = -1;
  const partRows: number[] = [];
  for (let r = header.row + 1; r <= to; r++) {
    const label = rowLabel(grid, r, firstValueCol);
    if (STOP.test(label)) break;
    const amount = hasAmount(grid, r, cols);
    if (totalRow < 0) {
      if (amount || /资金总额|合计|总额|总计/.test(label)) totalRow = r;
      continue;
    }
    if (amount || /^其中/.test(label)) {
      if (!amount && !/^其中/.test(label)) break;
      partRows.push(r);
      continue;
    }
    break;
  }
  if (totalRow < 0) return null;
  return { headerRow: header.row, columns: header.columns, totalRow, partRows };
}
