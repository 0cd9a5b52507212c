import type { Grid } from '../../grid/grid';
import type { RangeRef } from '../../grid/a1';
import type { BasicDataBinding, FigureBlockBinding, RateColumnBinding } from '../../binding/types';
import { normalise, normaliseBare } from '../../text/normalise';
import { isQuantityAt } from '../../values';
import { readBudgetTable } from '../budget-table/recognise';
import { bindRateColumns, formulaFor } from '../../rates/library';
import { usedBox } from '../row-scan';
import { readBasicDataList } from './list';

/** Unnumbered rows of the 经费控制情况 block that are headings of their own. */
const HEADINGS = /^(三公经费|“三公”经费|"三公"经费|项目支出|公用经费|日常公用经费|政府采购金额|政府采购|部门基本支出预算调整|基本支出|人员经费|楼堂馆所)/;

const PEOPLE = (t: string) => /编制/.test(t);
const STAFF = (t: string) => /在职|在编|实有/.test(t);
const BUILDING = (t: string) => /批复规模|实际规模|规模控制率|投资概算/.test(t);

function headerTexts(grid: Grid, row: number): { col: number; header: string }[] {
  const out: { col: number; header: string }[] = [];
  for (let c = 0; c < grid.colCount; c++) {
    if (grid.isBlank(row, c) || grid.inMergeNotAnchor(row, c)) continue;
    const t = normalise(grid.text(row, c));
    if (t.length <= 24) out.push({ col: c, header: t });
  }
  return out;
}

function isQuantity(grid: Grid, r: number, c: number): boolean {
  return isQuantityAt(grid, r, c);
}

function rates(columns: { col: number; header: string }[]): RateColumnBinding[] {
  const out: RateColumnBinding[] = [];
  for (const c of columns) {
    if (!/率/.test(c.header)) continue;
    const f = formulaFor(c.header);
    if (!f) continue;
    const b = bindRateColumns(f, c.col, columns.filter((x) => !/率/.test(x.header)));
    if (b) out.push({ col: c.col, formula: f.id, numeratorCol: b.numerator, denominatorCol: b.denominator });
  }
  return out;
}

/** True when some cell of the row (as written) matches: a cheap test before normalising every cell. */
function rowMentions(grid: Grid, row: number, re: RegExp): boolean {
  for (let c = 0; c < grid.colCount; c++) {
    const v = grid.value(row, c);
    if (typeof v === 'string' && re.test(v)) return true;
  }
  return false;
}

/** A header row with figures in the row(s) right below it, under its columns. */
function figureBlock(grid: Grid, row: number, test: (headers: string[]) => boolean, hint: RegExp): FigureBlockBinding | null {
  if (!rowMentions(grid, row, hint)) return null;
  const columns = headerTexts(grid, row);
  if (!test(columns.map((c) => c.header))) return null;
  const valueRows: number[] = [];
  for (let r = row + 1; r < grid.rowCount && r <= row + 6; r++) {
    if (columns.some((c) => isQuantity(grid, r, c.col))) valueRows.push(r);
    else if (valueRows.length || !grid.isRowBlank(r)) break;
  }
  const figureCols = columns.filter((c) => valueRows.some((r) => isQuantity(grid, r, c.col)) || /率|规模|投资/.test(c.header));
  return { headerRow: row, valueRows, columns: figureCols, rates: rates(figureCols) };
}

/** This year's 预算 and 决算 columns: the latest year named, or 本年. */
function spendingColumns(columns: { col: number; header: string }[]): BasicDataBinding['spending'] {
  const year = (h: string) => Number(/(\d{4})年/.exec(h)?.[1] ?? (/本年/.test(h) ? 9999 : /上年/.test(h) ? 0 : -1));
  const budgets = columns.filter((c) => /预算/.test(c.header) && !/调整/.test(c.header));
  const spent = columns.filter((c) => /决算|实际支出|执行数/.test(c.header));
  if (!budgets.length || !spent.length) return null;
  const latest = Math.max(...budgets.map((c) => year(c.header)), ...spent.map((c) => year(c.header)));
  const b = budgets.filter((c) => year(c.header) === latest)[0] ?? budgets[budgets.length - 1];
  const s = spent.filter((c) => year(c.header) === latest)[0] ?? spent[spent.length - 1];
  return { budgetCol: b.col, spentCol: s.col };
}

/**
 * The basic-data form wherever it sits: a staffing block (编制数 / 实际在职人数 /
 * 控制率), a 经费控制情况 block read as a budget table whose headings are the
 * form's own (三公经费, 公用经费 …), and a 楼堂馆所 block.
 */
export function recogniseBasicData(grid: Grid, claimed: RangeRef[] = []): BasicDataBinding[] {
  const out: BasicDataBinding[] = [];
  const inClaimed = (r: number) => claimed.some((x) => r >= x.top && r <= x.bottom);
  for (let r = 0; r < grid.rowCount; r++) {
    if (inClaimed(r)) continue;
    const list = readBasicDataList(grid, r);
    if (list) {
      const end = list.rows.length ? list.rows[list.rows.length - 1].row : r;
      out.push({ template: 'dept-basic-data', sheet: grid.name, range: usedBox(grid, titleAbove(grid, r), end), people: null, funds: null, spending: null, buildings: null, list });
      r = end;
      continue;
    }
    const people = figureBlock(grid, r, (h) => h.some(PEOPLE) && h.some(STAFF), /编\s*制/);
    if (!people || people.valueRows.length === 0) continue;
    let end = Math.max(r, ...people.valueRows);
    let funds = null;
    let buildings = null;
    for (let q = end + 1; q < grid.rowCount && q <= end + 3 && !inClaimed(q); q++) {
      const isBuilding = (row: number) => headerTexts(grid, row).some((c) => BUILDING(c.header));
      funds = readBudgetTable(grid, q, { headings: HEADINGS, stopAt: (row) => inClaimed(row) || isBuilding(row) });
      if (funds) {
        end = funds.range.bottom;
        break;
      }
    }
    for (let q = end + 1; q < grid.rowCount && q <= end + 3 && !inClaimed(q); q++) {
      buildings = figureBlock(grid, q, (h) => h.some(BUILDING), /规\s*模|投\s*资|概\s*算/);
      if (buildings) {
        end = Math.max(q, ...buildings.valueRows);
        break;
      }
    }
    const top = titleAbove(grid, r);
    out.push({
      template: 'dept-basic-data',
      sheet: grid.name,
      range: usedBox(grid, top, end),
      people,
      funds,
      spending: funds ? spendingColumns(funds.columns.map((c) => ({ col: c.col, header: normaliseBare(c.header) }))) : null,
      buildings,
      list: null,
    });
    r = end;
  }
  return out;
}

/** Include the title and 预算单位名称 rows just above the staffing block. */
function titleAbove(grid: Grid, row: number): number {
  let top = row;
  for (let r = row - 1; r >= Math.max(0, row - 3); r--) {
    if (grid.isRowBlank(r)) break;
    const cells = headerTexts(grid, r).map((c) => c.header);
    if (cells.some((t) => /基础数据表|单位名称|人员管理情况|人员情况|单位[:：]|填报单位/.test(t))) top = r;
    else break;
  }
  return top;
}
