/**
 * Display text of a number under an Excel number format, as `Range.text` reports it (independent of the
 * column width). Supported: General; "@"; fixed decimals ("0", "0.00"); grouping ("#,##0.00"); optional
 * digits ("#.##"); percent ("0%", "0.0%", "0.00%"); scientific ("0.00E+00"); literal text in quotes, "\x",
 * "_x" spacing and "[Red]"-style tags; sections for negative and zero values; and date formats made of
 * y/m/d/h/s tokens ("yyyy/m/d", "yyyy-mm-dd", 'yyyy"年"m"月"d"日"'). Other codes fall back to General.
 */

/** Rounds half away from zero at `decimals` places, on the decimal representation (1.005 → 1.01). */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  const sign = value < 0 ? -1 : 1;
  const abs = Math.abs(Number(Math.abs(value).toPrecision(15)));
  const text = String(abs);
  if (text.includes('e')) return sign * Number(abs.toFixed(Math.max(0, Math.min(100, decimals))));
  const shifted = Math.round(Number(`${text}e${decimals}`));
  return sign * Number(`${shifted}e${-decimals}`);
}

/** A number as plain decimal text, never in exponent notation. */
export function plainNumberText(value: number): string {
  const text = String(value);
  if (!text.includes('e')) return text;
  return value.toFixed(20).replace(/\.?0+$/, '');
}

function scientific(value: number, decimals: number): string {
  const [mantissa, exponent] = value.toExponential(decimals).split('e');
  const exp = Number(exponent);
  return `${mantissa}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

/** Excel's General format: at most 11 characters, up to 10 significant digits, scientific when needed. */
export function formatGeneral(value: number): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (Number.isInteger(value) && abs < 1e11) return String(value);
  if (abs >= 1e11 || abs < 1e-9) {
    return scientific(value, 5).replace(/\.?0+E/, 'E');
  }
  for (let precision = 15; precision >= 1; precision--) {
    const text = plainNumberText(Number(value.toPrecision(precision)));
    if (text.length <= 11) return text;
  }
  return scientific(value, 5).replace(/\.?0+E/, 'E');
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted && i + 1 < format.length) {
      current += ch + format[++i];
      continue;
    }
    if (ch === ';' && !quoted) {
      sections.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  sections.push(current);
  return sections;
}

interface Token {
  literal: boolean;
  text: string;
}

/** Splits a section into literal pieces and code pieces; drops [..] tags, "_x" becomes a space, "*x" vanishes. */
function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  const push = (literal: boolean, text: string) => {
    const last = tokens[tokens.length - 1];
    if (last && last.literal === literal) last.text += text;
    else tokens.push({ literal, text });
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end === -1 ? section.length : end;
      push(true, section.slice(i + 1, stop));
      i = stop;
    } else if (ch === '\\') {
      push(true, section[i + 1] ?? '');
      i++;
    } else if (ch === '_') {
      push(true, ' ');
      i++;
    } else if (ch === '*') {
      i++;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      i = end === -1 ? section.length : end;
    } else if ((ch === '+' || ch === '-') && /[eE]$/.test(tokens[tokens.length - 1]?.literal === false ? tokens[tokens.length - 1].text : '')) {
      push(false, ch);
    } else if ('$-+/():!^&\'~{}<>= '.includes(ch) || /[^\x00-\x7F]/.test(ch)) {
      push(true, ch);
    } else {
      push(false, ch);
    }
  }
  return tokens;
}

function isDateCode(code: string): boolean {
  return /[ymdhs]/i.test(code) && !/[0#?]/.test(code);
}

function excelSerialToDate(serial: number): Date {
  const days = Math.floor(serial);
  const ms = Math.round((serial - days) * 86400000);
  // Serial 60 is Excel's fictitious 1900-02-29; serials after it are offset by one day.
  const base = days > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return new Date(base + days * 86400000 + ms);
}

function formatDate(value: number, tokens: Token[]): string {
  const date = excelSerialToDate(value);
  const parts = { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), h: date.getUTCHours(), n: date.getUTCMinutes(), s: date.getUTCSeconds() };
  let out = '';
  for (const token of tokens) {
    if (token.literal) {
      out += token.text;
      continue;
    }
    const codes = token.text.match(/(y+|m+|d+|h+|s+|[^ymdhs]+)/gi) ?? [];
    let afterHour = false;
    for (const code of codes) {
      const lower = code.toLowerCase();
      const kind = lower[0];
      if (kind === 'y') out += lower.length <= 2 ? String(parts.y % 100).padStart(2, '0') : String(parts.y);
      else if (kind === 'm' && afterHour) out += String(parts.n).padStart(lower.length >= 2 ? 2 : 1, '0');
      else if (kind === 'm') out += String(parts.m).padStart(lower.length >= 2 ? 2 : 1, '0');
      else if (kind === 'd') out += String(parts.d).padStart(lower.length >= 2 ? 2 : 1, '0');
      else if (kind === 'h') out += String(parts.h).padStart(lower.length >= 2 ? 2 : 1, '0');
      else if (kind === 's') out += String(parts.s).padStart(lower.length >= 2 ? 2 : 1, '0');
      else out += code;
      if (kind === 'h') afterHour = true;
      else if (kind !== 'm' && /[ymd]/.test(kind)) afterHour = false;
    }
  }
  return out;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function formatNumericCode(abs: number, code: string): string {
  const percentCount = (code.match(/%/g) ?? []).length;
  let scaled = abs * Math.pow(100, percentCount);
  const exponentMatch = /E[+-]/i.exec(code);
  const mantissaCode = exponentMatch ? code.slice(0, exponentMatch.index) : code;
  const dot = mantissaCode.indexOf('.');
  const integerCode = dot === -1 ? mantissaCode : mantissaCode.slice(0, dot);
  const fractionCode = dot === -1 ? '' : mantissaCode.slice(dot + 1);
  const minDecimals = (fractionCode.match(/0/g) ?? []).length;
  const maxDecimals = (fractionCode.match(/[0#?]/g) ?? []).length;
  if (exponentMatch) {
    return scientific(scaled, maxDecimals).replace('E', exponentMatch[0][0]) + '%'.repeat(percentCount);
  }
  const trailingCommas = /,+$/.exec(integerCode.replace(/[^0#?,]/g, ''));
  if (trailingCommas) scaled /= Math.pow(1000, trailingCommas[0].length);
  const grouped = /[0#?],[0#?]/.test(integerCode);
  const minIntegerDigits = (integerCode.match(/0/g) ?? []).length;
  const rounded = roundHalfAwayFromZero(scaled, maxDecimals);
  const [intPart, fracPart = ''] = plainNumberText(rounded).split('.');
  let integerText = intPart === '0' && minIntegerDigits === 0 ? '' : intPart.padStart(minIntegerDigits, '0');
  if (grouped) integerText = groupThousands(integerText);
  let fraction = fracPart.padEnd(minDecimals, '0');
  while (fraction.length > minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  const number = maxDecimals > 0 && (fraction.length > 0 || fractionCode.length > 0) ? `${integerText}.${fraction}` : integerText;
  return number + '%'.repeat(percentCount);
}

function formatWithTokens(abs: number, tokens: Token[]): string {
  const codeIndex = tokens.findIndex((token) => !token.literal && /[0#?]/.test(token.text));
  if (codeIndex === -1) return tokens.map((token) => token.text).join('');
  let out = '';
  tokens.forEach((token, index) => {
    if (index === codeIndex) out += formatNumericCode(abs, token.text);
    else if (token.literal) out += token.text;
    else out += token.text.replace(/[0#?,.%]/g, '');
  });
  return out;
}

/** The text Excel shows for `value` under `format`. */
export function formatNumber(value: number, format: string): string {
  const trimmed = format.trim();
  if (trimmed === '' || trimmed.toLowerCase() === 'general' || trimmed === '@') return formatGeneral(value);
  const sections = splitSections(trimmed);
  let section = sections[0];
  const abs = Math.abs(value);
  let sign = value < 0 ? '-' : '';
  if (value < 0 && sections.length >= 2) {
    section = sections[1];
    sign = '';
  } else if (value === 0 && sections.length >= 3) {
    section = sections[2];
  }
  const tokens = tokenize(section);
  const codeText = tokens.filter((token) => !token.literal).map((token) => token.text).join('');
  if (codeText.trim().toLowerCase() === 'general') {
    const prefix = tokens.findIndex((token) => !token.literal);
    return sign + tokens.map((token, i) => (i === prefix ? formatGeneral(abs) : token.literal ? token.text : '')).join('');
  }
  if (isDateCode(codeText)) {
    if (value < 0) return '#'.repeat(11);
    return formatDate(value, tokens);
  }
  if (!/[0#?]/.test(codeText)) return sign + tokens.map((token) => token.text).join('');
  // A value that rounds to zero keeps its minus sign ("-0.00"), as Excel shows it.
  return sign + formatWithTokens(abs, tokens);
}
