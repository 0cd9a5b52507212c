import type { Rect } from '../address';

/** The subset of a conditional format's rule the stand-in keeps (custom formula or cell-value comparison). */
export interface ConditionalRuleModel {
  formula?: string;
  formula1?: string;
  formula2?: string;
  operator?: string;
}

export interface ConditionalFormatStyle {
  fillColor: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  numberFormat: string | null;
}

export interface ConditionalFormatModel {
  id: string;
  type: string;
  /** Areas of the sheet the format applies to (several after a partial clearAll). */
  ranges: Rect[];
  stopIfTrue: boolean;
  rule: ConditionalRuleModel;
  format: ConditionalFormatStyle;
  deleted: boolean;
}

export function emptyConditionalStyle(): ConditionalFormatStyle {
  return { fillColor: null, fontColor: null, bold: null, italic: null, numberFormat: null };
}
