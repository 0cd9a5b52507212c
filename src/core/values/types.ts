import type { Decimal } from '../decimal';

/** ≥ ≤ > < = as written (不低于 → '>=', 不超过 → '<=', 达到 → '>=' …). */
export type Comparator = '>=' | '<=' | '>' | '<' | '=';

/**
 * A parsed cell.
 * - empty: blank or a placeholder that means "no value" (—, -, /, 无, ——).
 * - quantity: one number with an optional comparator, unit and annotation.
 * - text: anything else (a sentence, "显著提升", "每季度1次，共4次"); `numeric`
 *   is false. A quantity-looking text that fails to read (e.g. "12..5万") is text
 *   with `malformed: true` so callers that need a number report `unparseable`.
 */
export type Parsed =
  | { kind: 'empty'; raw: string }
  | {
      kind: 'quantity';
      raw: string;
      /** The number in the unit's base: 万 and 亿 amounts are in 万元 ("1.2亿" → 12000, unit '万元'); "元" stays 元. */
      value: Decimal;
      /** Normalised unit: '%', '万元', '元', '次', '家', '个', '人', '户', '笔', '项', '天', '月', '分', …, or '' when none. */
      unit: string;
      /** The unit as written before scaling ("亿元", "万", "元"). */
      writtenUnit: string;
      comparator: Comparator | null;
      /**
       * Decimals written, after scaling to `unit`: the written granularity is 10^-decimals of
       * `unit`. May be negative: "1.2亿" → 12000 万元 written to 0.1亿 = 1000万, so -3.
       */
      decimals: number;
      /** Annotation text dropped from the value, e.g. "调减20万" for "100（调减20万）". */
      annotation: string | null;
    }
  | { kind: 'text'; raw: string; malformed: boolean };

export type Quantity = Extract<Parsed, { kind: 'quantity' }>;
