/**
 * A small pull tokenizer for the XML parts of a spreadsheet package: no DOM,
 * no namespace processing (names are compared with their prefix, as ExcelJS
 * does). It is strict where the XML parser under ExcelJS is (tags must match,
 * attributes must be quoted and unique, entities must be known, the document
 * must end with its root closed) and gives up, with a FastXlsxError, on what
 * it does not read the same way (CDATA sections, DOCTYPE declarations).
 *
 * Text and attribute values are decoded as that parser decodes them: the five
 * predefined entities and character references; CR LF and lone CR become LF
 * in text; literal tabs and line breaks become spaces in attribute values.
 */
import { FastXlsxError } from './fast-xlsx-error';

export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export const END = 4;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
const AMP = 0x26;
const EQUALS = 0x3d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const CR = 0x0d;
const LF = 0x0a;
const TAB = 0x09;

const isSpace = (c: number) => c === 0x20 || c === LF || c === TAB || c === CR;
const isNameStart = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a || c >= 0xc0;
const isNameChar = (c: number) => isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e || c === 0xb7;

/** Characters XML 1.0 does not allow, even escaped. */
const DISALLOWED = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;
const TEXT_NEEDS_WORK = /[&\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;
const ATTR_NEEDS_WORK = /[&\r\n\t\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;
const NAMED = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

const isXmlChar = (cp: number) =>
  cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);

/** Element names met thousands of times, by length and first letter, so a start tag need not allocate its name. */
const COMMON_NAMES = new Map<number, string[]>();
for (const n of ['c', 'v', 'f', 't', 'r', 'is', 'row', 'si', 'xf', 'rPr', 'mergeCell', 'numFmt', 'sz', 'color', 'rFont', 'family', 'scheme', 'b', 'col', 'sheet', 'Relationship']) {
  const key = n.length * 256 + n.charCodeAt(0);
  COMMON_NAMES.set(key, [...(COMMON_NAMES.get(key) ?? []), n]);
}

function commonName(src: string, from: number, to: number): string | undefined {
  const candidates = COMMON_NAMES.get((to - from) * 256 + src.charCodeAt(from));
  if (candidates) for (const n of candidates) if (src.startsWith(n, from)) return n;
  return undefined;
}

function sameText(src: string, aFrom: number, aTo: number, bFrom: number, bTo: number): boolean {
  if (aTo - aFrom !== bTo - bFrom) return false;
  for (let i = 0; i < aTo - aFrom; i++) if (src.charCodeAt(aFrom + i) !== src.charCodeAt(bFrom + i)) return false;
  return true;
}

export class XmlScanner {
  /** OPEN, CLOSE, TEXT or END: what the last next() found. */
  kind = 0;
  /** The element's qualified name, for OPEN and CLOSE. */
  name = '';
  private pos = 0;
  private readonly stack: string[] = [];
  private selfClosed = false;
  private rootSeen = false;
  /** Per attribute of the current start tag: name start, name end, value start, value end. */
  private readonly attrSpans: number[] = [];
  private attrCount = 0;
  private textFrom = 0;
  private textTo = 0;

  constructor(
    private readonly src: string,
    readonly part: string,
  ) {}

  /** Open elements, the current one included after OPEN. */
  get depth(): number {
    return this.stack.length;
  }

  fail(why: string): never {
    throw new FastXlsxError(this.part, why);
  }

  next(): number {
    if (this.selfClosed) {
      // <x/> is reported as OPEN then CLOSE.
      this.selfClosed = false;
      this.name = this.stack.pop()!;
      return (this.kind = CLOSE);
    }
    const src = this.src;
    for (;;) {
      const lt = src.indexOf('<', this.pos);
      const textEnd = lt === -1 ? src.length : lt;
      if (textEnd > this.pos) {
        if (this.stack.length) {
          this.textFrom = this.pos;
          this.textTo = textEnd;
          this.pos = textEnd;
          return (this.kind = TEXT);
        }
        for (let i = this.pos; i < textEnd; i++) if (!isSpace(src.charCodeAt(i))) this.fail('根元素之外有文本');
        this.pos = textEnd;
      }
      if (lt === -1) {
        if (!this.rootSeen) this.fail('不是 XML 文档（没有根元素）');
        if (this.stack.length) this.fail(`意外结束，<${this.stack[this.stack.length - 1]}> 没有结束（文件可能被截断）`);
        return (this.kind = END);
      }
      const c = src.charCodeAt(lt + 1);
      if (c === SLASH) return this.closeTag(lt);
      if (c === QUESTION) {
        const end = src.indexOf('?>', lt + 2);
        if (end === -1) this.fail('处理指令没有结束');
        this.pos = end + 2;
        continue;
      }
      if (c === BANG) {
        if (src.startsWith('!--', lt + 1)) {
          const end = src.indexOf('-->', lt + 4);
          if (end === -1) this.fail('注释没有结束');
          this.pos = end + 3;
          continue;
        }
        this.fail(src.startsWith('![CDATA[', lt + 1) ? '含 CDATA 段（交由 ExcelJS 读取）' : '含 DOCTYPE 等声明（交由 ExcelJS 读取）');
      }
      return this.openTag(lt);
    }
  }

  private openTag(lt: number): number {
    const src = this.src;
    if (this.rootSeen && !this.stack.length) this.fail('根元素之后还有元素');
    let k = lt + 1;
    if (!isNameStart(src.charCodeAt(k))) this.fail('元素名无效');
    k++;
    while (isNameChar(src.charCodeAt(k))) k++;
    const name = commonName(src, lt + 1, k) ?? src.slice(lt + 1, k);
    const spans = this.attrSpans;
    let count = 0;
    for (;;) {
      let c = src.charCodeAt(k);
      let spaced = false;
      while (isSpace(c)) {
        c = src.charCodeAt(++k);
        spaced = true;
      }
      if (c === GT) {
        k++;
        break;
      }
      if (c === SLASH) {
        if (src.charCodeAt(k + 1) !== GT) this.fail(`<${name}> 的结束符无效`);
        k += 2;
        this.selfClosed = true;
        break;
      }
      // Also catches the end of the input (NaN).
      if (!spaced || !isNameStart(c)) this.fail(`<${name}> 的属性无效（文件可能被截断）`);
      const nameFrom = k;
      k++;
      while (isNameChar(src.charCodeAt(k))) k++;
      const nameTo = k;
      c = src.charCodeAt(k);
      while (isSpace(c)) c = src.charCodeAt(++k);
      if (c !== EQUALS) this.fail(`<${name}> 的属性缺少“=”`);
      c = src.charCodeAt(++k);
      while (isSpace(c)) c = src.charCodeAt(++k);
      if (c !== DOUBLE_QUOTE && c !== SINGLE_QUOTE) this.fail(`<${name}> 的属性值没有引号`);
      const valueFrom = k + 1;
      let valueTo = valueFrom;
      for (let v = src.charCodeAt(valueTo); v !== c; v = src.charCodeAt(++valueTo)) {
        // Also stops at the end of the input (NaN).
        if (v === LT || v !== v) this.fail(`<${name}> 的属性值没有结束或含“<”（文件可能被截断）`);
      }
      for (let a = 0; a < count * 4; a += 4) {
        if (sameText(src, spans[a], spans[a + 1], nameFrom, nameTo)) this.fail(`<${name}> 的属性重复`);
      }
      spans[count * 4] = nameFrom;
      spans[count * 4 + 1] = nameTo;
      spans[count * 4 + 2] = valueFrom;
      spans[count * 4 + 3] = valueTo;
      count++;
      k = valueTo + 1;
    }
    this.attrCount = count;
    this.name = name;
    this.stack.push(name);
    this.rootSeen = true;
    this.pos = k;
    return (this.kind = OPEN);
  }

  private closeTag(lt: number): number {
    const src = this.src;
    const open = this.stack.pop();
    if (open === undefined) this.fail('多余的结束标签');
    let k = lt + 2;
    while (isNameChar(src.charCodeAt(k))) k++;
    if (k - (lt + 2) !== open.length || !src.startsWith(open, lt + 2)) this.fail(`结束标签与 <${open}> 不匹配`);
    let c = src.charCodeAt(k);
    while (isSpace(c)) c = src.charCodeAt(++k);
    if (c !== GT) this.fail(`</${open}> 没有结束（文件可能被截断）`);
    this.pos = k + 1;
    this.name = open;
    return (this.kind = CLOSE);
  }

  /** After OPEN: reads to the element's end, refusing any element inside it (text is ignored). */
  expectEmpty(): void {
    const name = this.name;
    for (let k = this.next(); k !== CLOSE; k = this.next()) {
      if (k === OPEN) this.fail(`<${name}> 中有意外的元素 <${this.name}>（交由 ExcelJS 读取）`);
      if (k === END) this.fail('意外结束（文件可能被截断）');
    }
  }

  /** Reads up to the root element's start tag, which must be called `name`. */
  expectRoot(name: string): void {
    if (this.next() !== OPEN || this.name !== name) this.fail(`根元素不是 <${name}>`);
  }

  /** The decoded value of an attribute of the current start tag. */
  attr(name: string): string | undefined {
    const spans = this.attrSpans;
    for (let a = 0; a < this.attrCount * 4; a += 4) {
      if (spans[a + 1] - spans[a] === name.length && this.src.startsWith(name, spans[a])) return this.decode(spans[a + 2], spans[a + 3], true);
    }
    return undefined;
  }

  /**
   * The attribute `name` as an integer the way parseInt(value, 10) reads it,
   * NaN when absent or empty; digits are read straight from the source.
   */
  attrInt(name: string): number {
    const spans = this.attrSpans;
    for (let a = 0; a < this.attrCount * 4; a += 4) {
      if (spans[a + 1] - spans[a] !== name.length || !this.src.startsWith(name, spans[a])) continue;
      const from = spans[a + 2];
      const to = spans[a + 3];
      let n = 0;
      for (let i = from; i < to; i++) {
        const c = this.src.charCodeAt(i) - 0x30;
        if (c < 0 || c > 9) return parseInt(this.decode(from, to, true), 10);
        n = n * 10 + c;
      }
      return to > from ? n : NaN;
    }
    return NaN;
  }

  /** The decoded text of the current TEXT token (entities are checked here, when the text is used). */
  text(): string {
    return this.decode(this.textFrom, this.textTo, false);
  }

  /** After OPEN: the element's text, undefined when it has none; child elements are refused. */
  textContent(): string | undefined {
    let out: string | undefined;
    for (;;) {
      const k = this.next();
      if (k === TEXT) out = out === undefined ? this.text() : out + this.text();
      else if (k === CLOSE) return out;
      else this.fail(`<${this.name}> 不应出现在文本元素中`);
    }
  }

  /**
   * After OPEN: skips the element and everything in it (still checking it is
   * well formed), refusing any element inside it named in `unexpected`.
   */
  skipElement(unexpected?: ReadonlySet<string>): void {
    const depth = this.stack.length;
    while (this.stack.length >= depth) {
      const k = this.next();
      if (k === END) this.fail('意外结束（文件可能被截断）');
      if (k === OPEN && unexpected?.has(this.name)) this.fail(`<${this.name}> 出现在意外的位置`);
    }
  }

  private decode(from: number, to: number, inAttr: boolean): string {
    const src = this.src;
    if (to - from <= 32) {
      // Most values are short and plain: checked without a regular expression.
      let i = from;
      for (let c: number; i < to && (c = src.charCodeAt(i)) !== AMP && c >= 0x20 && c < 0xfffe; ) i++;
      if (i === to) return src.slice(from, to);
    }
    const raw = src.slice(from, to);
    if (!(inAttr ? ATTR_NEEDS_WORK : TEXT_NEEDS_WORK).test(raw)) return raw;
    if (DISALLOWED.test(raw)) this.fail('含 XML 不允许的控制字符');
    let out = '';
    let last = from;
    for (let i = from; i < to; i++) {
      const c = src.charCodeAt(i);
      if (c === AMP) {
        const semi = src.indexOf(';', i + 1);
        if (semi === -1 || semi >= to) this.fail('实体引用没有结束');
        out += src.slice(last, i) + this.entity(src.slice(i + 1, semi));
        i = semi;
        last = semi + 1;
      } else if (c === CR) {
        out += src.slice(last, i) + (inAttr ? ' ' : '\n');
        if (src.charCodeAt(i + 1) === LF) i++;
        last = i + 1;
      } else if (inAttr && (c === LF || c === TAB)) {
        out += `${src.slice(last, i)} `;
        last = i + 1;
      }
    }
    return out + src.slice(last, to);
  }

  private entity(body: string): string {
    const named = NAMED.get(body);
    if (named !== undefined) return named;
    let cp = NaN;
    if (/^#x[0-9a-fA-F]{1,6}$/.test(body)) cp = parseInt(body.slice(2), 16);
    else if (/^#[0-9]{1,7}$/.test(body)) cp = parseInt(body.slice(1), 10);
    else this.fail(`未知的实体引用 &${body};`);
    if (!isXmlChar(cp)) this.fail(`字符引用 &${body}; 不是 XML 允许的字符`);
    return String.fromCodePoint(cp);
  }
}

/**
 * After OPEN of a list: calls `each` on every child element, which must be
 * called `name` (the scanner on its start tag). ExcelJS's list readers end a
 * list at the end tag of anything else in it, and end a list item at the end
 * tag of anything inside it (except where `items` is 'may-nest', whose content
 * is skipped, refusing `unexpected` names): this reader refuses both.
 */
export function eachChild(x: XmlScanner, name: string, each: () => void, items: 'empty' | 'may-nest' = 'empty', unexpected?: ReadonlySet<string>): void {
  for (let k = x.next(); k !== CLOSE; k = x.next()) {
    if (k === END) x.fail('意外结束（文件可能被截断）');
    if (k !== OPEN) continue;
    if (x.name !== name) x.fail(`<${name}> 的列表中有意外的元素 <${x.name}>（交由 ExcelJS 读取）`);
    each();
    if (items === 'may-nest') x.skipElement(unexpected);
    else x.expectEmpty();
  }
}
