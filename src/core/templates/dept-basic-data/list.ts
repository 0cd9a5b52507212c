import type { Grid } from '../../grid/grid';
import type { ListBinding } from '../../binding/types';
import { normalise, normaliseBare } from '../../text/normalise';
import { parsedAt } from '../../values';
import { formulaFor, rateText } from '../../rates/library';
import { readRowLabel } from '../hierarchy/markers';
import { isFooterLabel } from '../row-scan';

const LABEL_HEAD = /^(指标名称|指标|项目|名称|内容|项目名称|统计指标)$/;
const VALUE_HEAD = /^(数值|金额|数量|填报数|本年数|本年|指标值|数据|值)$/;
/** Words of the basic-data form: a list naming at least two of them is one. */
const VOCABULARY = [/编制/, /在职|在编|实有/, /三公/, /公用经费/, /政府采购/, /固定资产/, /楼堂馆所|建设规模|批复规模/];

function words(label: string, list: string[], not: string[] = []): boolean {
  const t = rateText(label);
  return list.some((w) => t.includes(w)) && !not.some((w) => t.includes(w));
}

/** The rows a rate divides: the nearest rows above it (in its section) whose labels name the numerator and the denominator. */
function bindRate(rows: { row: number; label: string }[], at: number): ListBinding['rates'][number] | null {
  const f = formulaFor(rows[at].label);
  if (!f) return null;
  const above = rows.slice(0, at).reverse().filter((r) => !/率/.test(r.label));
  const notNum = [...(f.notNumerator ?? []), ...(f.change ? ['上年', '年初'] : [])];
  const num = above.find((r) => words(r.label, f.numerator, notNum));
  const den = above.find((r) => r !== num && words(r.label, f.denominator, f.notDenominator));
  return num && den ? { row: rows[at].row, formula: f.id, numeratorRow: num.row, denominatorRow: den.row } : null;
}

/** "公务接待费预算数" and "公务接待费决算数": the same subject, budget and spending. */
function spendingPairs(rows: { row: number; label: string }[]): ListBinding['spending'] {
  const subject = (l: string, re: RegExp) => l.replace(re, '').replace(/^(本年|当年)/, '');
  const out: ListBinding['spending'] = [];
  for (const s of rows.filter((r) => /决算|实际支出|执行数/.test(r.label) && !/上年|率/.test(r.label))) {
    const key = subject(s.label, /(决算数|决算|实际支出数|实际支出|执行数)$/);
    const b = rows.find((r) => /预算/.test(r.label) && !/上年|率/.test(r.label) && subject(r.label, /(调整预算数|调整后预算数|预算数|预算)$/) === key);
    if (b) out.push({ label: key, budgetRow: b.row, spentRow: s.row });
  }
  return out;
}

/** The basic-data form written as a list under a 指标名称 | 数值 header, or null. */
const VALUE_HINT = /数|金额|值|本年/;

export function readBasicDataList(grid: Grid, headerRow: number): ListBinding | null {
  // Cheap first: the header names a value column (数值, 金额, 本年数 …) as written.
  let hinted = false;
  for (let c = 0; c < grid.colCount && !hinted; c++) {
    const v = grid.value(headerRow, c);
    hinted = typeof v === 'string' && v.length <= 12 && VALUE_HINT.test(v);
  }
  if (!hinted) return null;
  let labelCol = -1;
  let valueCol = -1;
  for (let c = 0; c < grid.colCount; c++) {
    const h = normaliseBare(grid.text(headerRow, c));
    if (labelCol < 0 && LABEL_HEAD.test(h)) labelCol = c;
    else if (labelCol >= 0 && valueCol < 0 && VALUE_HEAD.test(h)) valueCol = c;
  }
  if (labelCol < 0 || valueCol < 0) return null;
  const rows: { row: number; label: string }[] = [];
  let blank = 0;
  for (let r = headerRow + 1; r < grid.rowCount; r++) {
    if (grid.isRowBlank(r)) {
      if (++blank >= 2) break;
      continue;
    }
    blank = 0;
    const first = grid.text(r, 0) || grid.text(r, labelCol);
    if (isFooterLabel(first)) break;
    const label = normalise(grid.text(r, labelCol));
    const value = parsedAt(grid, r, valueCol);
    if (label && value.kind !== 'empty') rows.push({ row: r, label: readRowLabel(label).name });
  }
  const hits = VOCABULARY.filter((re) => rows.some((r) => re.test(r.label))).length;
  if (hits < 2) return null;
  const rates = rows.map((_, i) => (/率/.test(rows[i].label) ? bindRate(rows, i) : null)).filter((x): x is NonNullable<typeof x> => !!x);
  return { headerRow, labelCol, valueCol, rows, rates, spending: spendingPairs(rows) };
}

