import { normalise } from '../../text/normalise';

/**
 * Numbering a person uses to nest rows: 一、 （一） 1. （1） ① A1 …, plus
 * "其中" (a partial breakdown of the row above), headings ending in a colon
 * ("基本支出：") and total rows (合计, 小计, 总计).
 */
export type MarkerType = 'cn-dun' | 'cn-paren' | 'num-dot' | 'num-paren' | 'circled' | 'letter' | 'letter-num' | 'heading';

export interface RowLabel {
  /** Normalised label without its numbering. */
  name: string;
  marker: MarkerType | null;
  /** The row starts with 其中. */
  partial: boolean;
  total: 'total' | 'subtotal' | null;
  /** Leading spaces of the raw text (full-width ones count too): how far the person indented the row. */
  indent: number;
  /** A heading the form itself names (the basic-data form's 三公经费, 政府采购金额), not one ending in a colon. */
  formHeading?: boolean;
}

const MARKERS: [MarkerType, RegExp][] = [
  ['cn-paren', /^[(（][一二三四五六七八九十]+[)）]/],
  ['cn-dun', /^[一二三四五六七八九十]+[、.．]/],
  ['num-paren', /^[(（]\d{1,2}[)）]/],
  ['circled', /^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]/],
  ['num-dot', /^\d{1,2}(?:[、]|[.．](?!\d))/],
  ['letter-num', /^[A-Z]\d{1,2}(?![\d.])/],
  ['letter', /^[A-Z](?=[\u4e00-\u9fff])/],
];

const TOTAL = /^(总计|总合计|合计|本年收入合计|本年支出合计|收入合计|支出合计|收入总计|支出总计|本年合计|总分|总得分|得分合计|总得分情况)$/;

export function readRowLabel(text: string): RowLabel {
  // NFKC turns ① into 1: read circled numbers before normalising.
  const circled = /^[\s\u3000]*[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]/.exec(text);
  let t = circled ? `①${normalise(text.slice(circled[0].length))}` : normalise(text);
  let partial = false;
  if (/^其中[:：]?/.test(t)) {
    partial = true;
    t = t.replace(/^其中[:：]?/, '');
  }
  let marker: MarkerType | null = null;
  for (const [type, re] of MARKERS) {
    const m = re.exec(t);
    if (m) {
      marker = type;
      t = t.slice(m[0].length).replace(/^[、.．:：]/, '');
      break;
    }
  }
  if (!marker && /[:：]$/.test(t) && t.length > 1) marker = 'heading';
  const bare = t.replace(/[:：]$/, '');
  // "小计（工资福利支出）", "合计(万元)": the annotation does not change what the row is.
  const core = bare.replace(/[(（][^()（）]*[)）]/g, '');
  // A numbered row named 支出合计 ("（一）支出合计") is a parent of numbered children, not a total of the rows above.
  const total = marker ? null : /^小计|小计$/.test(core) ? 'subtotal' : TOTAL.test(core) || /合计$|总计$/.test(core) ? 'total' : null;
  return { name: bare, marker, partial, total, indent: /^[\s\u3000]*/.exec(text)![0].length };
}

/**
 * A total that names its group ("三公经费合计", not 合计 or 本年支出合计): when
 * 其中 rows follow it, it is the parent of that breakdown, not a total of the
 * rows around it.
 */
export function namesItsGroup(label: RowLabel): boolean {
  const core = label.name.replace(/[(（][^()（）]*[)）]/g, '');
  return label.total === 'total' && /.合计$/.test(core) && !TOTAL.test(core);
}
