import { Decimal } from '../decimal';
import { normalise } from '../text/normalise';

export interface LabelWeight {
  /** The label without its weight, normalised: "产出指标". */
  name: string;
  weight: Decimal | null;
  decimals: number;
}

// "产出指标(50分)", "A1部门职能(2)", "（权重：20）", "实施评价30分", "单位自查(20分)".
const PAREN = /^(.+?)[(（](?:权重|分值)?[:：]?(\d{1,3}(?:\.\d{1,2})?)分?[)）][。.]?$/;
const SUFFIX = /^(.+?[^\d.])(\d{1,3}(?:\.\d{1,2})?)分[。.]?$/;

/** Splits a section or item label into its name and the weight written inside it, if any. */
export function splitLabelWeight(text: string): LabelWeight {
  const t = normalise(text);
  const m = PAREN.exec(t) ?? SUFFIX.exec(t);
  if (m && m[1].replace(/[(（][^)）]*[)）]/g, '').length > 0) {
    const raw = m[2];
    return { name: m[1].replace(/[。.:：]+$/, ''), weight: new Decimal(raw), decimals: raw.includes('.') ? raw.split('.')[1].length : 0 };
  }
  return { name: t, weight: null, decimals: 0 };
}
