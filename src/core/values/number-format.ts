/** What an Excel number format says about the value it displays. */
export interface NumberFormatInfo {
  /** 'scaled': a bare % multiplies the value by 100 ("0.00%"); 'literal': a quoted or escaped % only prints a sign. */
  percent: 'scaled' | 'literal' | null;
  /** Decimals shown ("0.00" → 2, "#,##0" → 0), null when the format shows no fixed decimals (General, dates, text). */
  decimals: number | null;
  /** A date or time format (yyyy-mm-dd, h:mm): the number is a serial date, not a quantity. */
  date: boolean;
}

const CACHE = new Map<string, NumberFormatInfo>();
const DIGIT_PLACEHOLDER = /[0#?]/;
const FRACTION = /\.([0#?]+)/;
const SCIENTIFIC = /E[+-]/i;
const GENERAL = /general/i;
const DATE_TOKEN = /[ymdhs]/i;

/** Read the positive (first) section of a number format. Cached: workbooks reuse a few formats. */
export function readNumberFormat(format: string): NumberFormatInfo {
  let info = CACHE.get(format);
  if (!info) {
    info = analyse(format);
    if (CACHE.size < 1000) CACHE.set(format, info);
  }
  return info;
}

function analyse(format: string): NumberFormatInfo {
  let code = '';
  let literalPercent = false;
  for (let k = 0; k < format.length; k++) {
    const c = format[k];
    if (c === ';') break;
    if (c === '"') {
      const end = format.indexOf('"', k + 1);
      const literal = end < 0 ? format.slice(k + 1) : format.slice(k + 1, end);
      if (literal.includes('%')) literalPercent = true;
      k = end < 0 ? format.length : end;
    } else if (c === '\\') {
      if (format[k + 1] === '%') literalPercent = true;
      k++;
    } else if (c === '_' || c === '*') {
      k++; // padding and fill take the next character
    } else if (c === '[') {
      const end = format.indexOf(']', k + 1); // [Red], [$-804], [>=100]
      k = end < 0 ? format.length : end;
    } else {
      code += c;
    }
  }
  const percent = code.includes('%') ? 'scaled' : literalPercent ? 'literal' : null;
  let decimals: number | null = null;
  if (DIGIT_PLACEHOLDER.test(code) && !SCIENTIFIC.test(code)) {
    const m = FRACTION.exec(code);
    decimals = m ? m[1].length : 0;
  }
  const date = DATE_TOKEN.test(code.replace(GENERAL, ''));
  return { percent, decimals: date ? null : decimals, date };
}
