import type { CellInput, CellValue } from '../../core/grid/grid';
import { formatNumber } from '../../core/grid/format-number';
import { excelDateText, xmlDecodeAgain } from './exceljs-semantics';
import { EMPTY_ITEM } from './shared-strings-part';
import type { CellStyles } from './styles-part';
import type { XmlScanner } from './xml-scanner';

/** One <c> element as written. */
export interface RawCell {
  /** The r attribute, as written. */
  address: string | undefined;
  /** The t attribute. */
  type: string | undefined;
  /** The s attribute as ExcelJS parses it (parseInt; NaN when absent). */
  styleId: number;
  /** Text of its <v> (and plain inline <t>) elements; undefined when there is none. */
  value: string | undefined;
  /** Texts of its inline rich-text runs. */
  runs: string[] | undefined;
  formula: string | undefined;
  /** Attributes of its <f>: t, si, ref. */
  shareType: string | undefined;
  sharedIndex: string | undefined;
  sharedRef: string | undefined;
}

export interface CellContext {
  styles: CellStyles;
  sharedStrings: (string | typeof EMPTY_ITEM)[] | undefined;
  date1904: boolean;
  /** Shared formula index → address of its master cell, in document order. */
  sharedFormulaMasters: Map<string | undefined, string | undefined>;
  /** Display texts already worked out in this workbook, by number format and value (forms repeat their figures). */
  numberTexts: Map<string | undefined, Map<number, string>>;
  scanner: XmlScanner;
}

function displayText(value: CellValue, numFmt: string | undefined, ctx: CellContext): string | undefined {
  if (typeof value !== 'number') return undefined;
  let byValue = ctx.numberTexts.get(numFmt);
  if (!byValue) ctx.numberTexts.set(numFmt, (byValue = new Map()));
  let text = byValue.get(value);
  if (text === undefined) byValue.set(value, (text = formatNumber(value, numFmt)));
  return text;
}

/** A cell with a style and nothing in it: ExcelJS keeps it (it counts for cells without an address) but never lists it. */
export const STYLED_EMPTY: CellInput = Object.freeze({ value: null });

/**
 * The cell read-xlsx.ts builds from ExcelJS for this <c>: STYLED_EMPTY, or
 * null when ExcelJS drops the element altogether (no value, no style).
 */
export function toCellInput(c: RawCell, ctx: CellContext): CellInput | null {
  const numFmt = c.styleId ? ctx.styles.numberFormat(c.styleId, ctx.scanner) : undefined;
  if (c.formula || c.shareType) return formulaCell(c, numFmt, ctx);
  if (c.value === undefined && c.runs === undefined) return c.styleId ? STYLED_EMPTY : null;
  let value: CellValue;
  if (c.runs) {
    if (c.type !== 'inlineStr' || c.value !== undefined) fail(c, ctx, '的富文本写法少见');
    value = c.runs.join('');
  } else {
    const v = c.value as string;
    switch (c.type) {
      case 's': {
        if (!ctx.sharedStrings) return fail(c, ctx, '引用了共享字符串，但没有 sharedStrings.xml');
        const s = ctx.sharedStrings[parseInt(v, 10)];
        if (s === undefined || s === EMPTY_ITEM) return fail(c, ctx, `引用的共享字符串 ${v} 不存在或为空`);
        value = s;
        break;
      }
      case 'str':
        value = xmlDecodeAgain(v);
        break;
      case 'inlineStr':
      case 'e':
        value = v;
        break;
      case 'b':
        value = parseInt(v, 10) !== 0;
        break;
      default: {
        const n = parseFloat(v);
        value = c.styleId && ctx.styles.isDate(c.styleId) ? excelDateText(n, ctx.date1904) ?? fail(c, ctx, `的日期 ${v} 无效`) : n;
      }
    }
  }
  return { value, text: displayText(value, numFmt, ctx), numberFormat: numFmt || undefined, formula: undefined };
}

function fail(c: RawCell, ctx: CellContext, why: string): never {
  return ctx.scanner.fail(`单元格 ${c.address ?? ''} ${why}`);
}

function formulaCell(c: RawCell, numFmt: string | undefined, ctx: CellContext): CellInput {
  if (c.runs) fail(c, ctx, '的公式结果是富文本');
  let result: number | string | boolean | { error: string } | undefined;
  const v = c.value;
  if (v) result = c.type === 'str' ? xmlDecodeAgain(v) : c.type === 'b' ? parseInt(v, 10) !== 0 : c.type === 'e' ? { error: v } : parseFloat(v);
  let value: CellValue = null;
  if (result !== undefined && c.styleId && ctx.styles.isDate(c.styleId)) value = excelDateText(result, ctx.date1904) ?? fail(c, ctx, `的日期 ${v} 无效`);
  // ExcelJS's formula value keeps only a truthy result: 0, false and NaN read as no result.
  else if (result) value = typeof result === 'object' ? result.error : result;
  let sharedFormula: string | undefined;
  if (c.shareType === 'shared') {
    // ExcelJS gives a follower of a shared formula its master's address as the formula.
    if (c.sharedRef) ctx.sharedFormulaMasters.set(c.sharedIndex, c.address);
    else sharedFormula = ctx.sharedFormulaMasters.get(c.sharedIndex);
  }
  const formula = c.formula || sharedFormula;
  if (!formula) fail(c, ctx, '有公式标记但没有公式文本');
  return { value, text: displayText(value, numFmt, ctx), numberFormat: numFmt || undefined, formula: `=${formula}` };
}
