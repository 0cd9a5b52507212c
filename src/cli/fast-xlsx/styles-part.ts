import { BUILTIN_FORMATS } from './builtin-formats';
import { isDateFormat } from './exceljs-semantics';
import { CLOSE, eachChild, END, OPEN, XmlScanner } from './xml-scanner';

/** Lists that only mean something as children of <styleSheet>: met deeper, ExcelJS could read them differently. */
const STYLE_LISTS = new Set(['numFmts', 'cellXfs']);

/** The number format of each cell style (xf) of xl/styles.xml, as ExcelJS resolves it. */
export class CellStyles {
  /** Per cell style: whether ExcelJS reads a number under it as a date. */
  private readonly dates: boolean[];

  private constructor(
    /** False when the package has no styles part. */
    private readonly present: boolean,
    private readonly formats: (string | undefined)[],
  ) {
    this.dates = formats.map(isDateFormat);
  }

  static none(): CellStyles {
    return new CellStyles(false, []);
  }

  static parse(xml: string, part: string): CellStyles {
    const x: XmlScanner = new XmlScanner(xml, part);
    x.expectRoot('styleSheet');
    let custom = new Map<number, string>();
    let xfFormatIds: number[] = [];
    for (let k = x.next(); k !== CLOSE; k = x.next()) {
      if (k === END) x.fail('意外结束（文件可能被截断）');
      if (k !== OPEN) continue;
      if (x.name === 'numFmts') {
        custom = new Map();
        eachChild(
          x,
          'numFmt',
          () => {
            const code = x.attr('formatCode');
            if (code === undefined) x.fail('<numFmt> 缺少 formatCode');
            custom.set(parseInt(x.attr('numFmtId') ?? '', 10), code.replace(/[\\](.)/g, '$1'));
          },
          'empty',
        );
      } else if (x.name === 'cellXfs') {
        xfFormatIds = [];
        eachChild(x, 'xf', () => xfFormatIds.push(parseInt(x.attr('numFmtId') ?? '', 10)), 'may-nest', STYLE_LISTS);
      } else {
        x.skipElement(STYLE_LISTS);
      }
    }
    // A numFmtId of 0 (General) or none gives no format; a custom code wins over the built-in one unless empty.
    return new CellStyles(
      true,
      xfFormatIds.map((id) => (id ? custom.get(id) || BUILTIN_FORMATS.get(id) : undefined)),
    );
  }

  /**
   * The number format of a cell or row style attribute (s, parsed as ExcelJS
   * parses it). ExcelJS fails outright on a style index when the styles part
   * has no cell styles at all; this reader refuses such a package too.
   */
  /** ExcelJS resolves a row's style attribute without any guard: it fails without a styles part or without cell styles. */
  rowStyleCheck(styleId: number, x: XmlScanner): void {
    if (!this.present) x.fail('行引用了样式，但没有 styles.xml');
    this.numberFormat(styleId, x);
  }

  numberFormat(styleId: number, x: XmlScanner): string | undefined {
    if (!styleId || !this.present) return undefined;
    if (!this.formats.length) x.fail('引用了单元格样式，但 styles.xml 中没有 <cellXfs>');
    return this.formats[styleId];
  }

  /** Whether a number in a cell of this style reads as a date (call numberFormat first). */
  isDate(styleId: number): boolean {
    return this.dates[styleId] === true;
  }
}
