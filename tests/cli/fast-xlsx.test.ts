/**
 * The fast .xlsx reader against the reference: for every workbook here, the
 * grids read straight from the XML equal, cell by cell (value, display text,
 * number format, formula) and merge by merge, those read-xlsx.ts builds from
 * ExcelJS's object model. Seeds, the unseen set, workbooks written by ExcelJS
 * for edge cases, and packages written by hand for what Excel writes and
 * ExcelJS does not. What the fast reader leaves to ExcelJS must come out
 * exactly as the ExcelJS path reports it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Grid } from '../../src/core/grid/grid';
import { DEFAULT_LIMITS, Limits } from '../../src/cli/limits';
import { WorkbookReadError } from '../../src/cli/read-error';
import { readWorkbookBuffer, readXlsxWithExcelJs } from '../../src/cli/read-xlsx';
import { readXlsxFast } from '../../src/cli/fast-xlsx/read-fast-xlsx';
import { FastXlsxError } from '../../src/cli/fast-xlsx/fast-xlsx-error';
import { BUILTIN_FORMATS } from '../../src/cli/fast-xlsx/builtin-formats';
import { guardXlsxPackage } from '../../src/cli/zip-guard';
import { buildUnseen } from '../unseen/build-unseen';
import { FIXTURES } from '../seeds/cli-json';

/** Every difference between two lists of grids, readable; [] when equal. */
function differences(fast: Grid[], ref: Grid[]): string[] {
  const out: string[] = [];
  if (fast.length !== ref.length) out.push(`sheets: ${fast.map((g) => g.name)} vs ${ref.map((g) => g.name)}`);
  for (let i = 0; i < Math.min(fast.length, ref.length); i++) {
    const a = fast[i];
    const b = ref[i];
    const at = `「${b.name}」`;
    if (a.name !== b.name) out.push(`${at} name ${a.name}`);
    if (a.rowCount !== b.rowCount || a.colCount !== b.colCount) out.push(`${at} size ${a.rowCount}×${a.colCount} vs ${b.rowCount}×${b.colCount}`);
    if (JSON.stringify(a.merges) !== JSON.stringify(b.merges)) out.push(`${at} merges ${JSON.stringify(a.merges)} vs ${JSON.stringify(b.merges)}`);
    for (let r = 0; r < Math.max(a.rowCount, b.rowCount); r++) {
      for (let c = 0; c < Math.max(a.colCount, b.colCount); c++) {
        const x = [a.value(r, c), a.text(r, c), a.numberFormat(r, c), a.formula(r, c)];
        const y = [b.value(r, c), b.text(r, c), b.numberFormat(r, c), b.formula(r, c)];
        if (!x.every((v, k) => Object.is(v, y[k]))) out.push(`${at} R${r + 1}C${c + 1} ${JSON.stringify(x)} vs ${JSON.stringify(y)}`);
      }
    }
  }
  return out.slice(0, 20);
}

/** The fast reader must read the package itself (no fallback) and agree with ExcelJS. */
async function expectSameGrids(buf: Buffer, limits: Limits = DEFAULT_LIMITS): Promise<Grid[]> {
  guardXlsxPackage(buf, limits);
  const fast = readXlsxFast(buf, limits);
  const ref = await readXlsxWithExcelJs(buf, limits);
  expect(differences(fast, ref)).toEqual([]);
  // Also the grids' internals (row lengths, merge index).
  expect(fast).toEqual(ref);
  return fast;
}

type Outcome = { grids: Grid[] } | { code: string; message: string };

async function outcome(read: () => Promise<Grid[]>): Promise<Outcome> {
  try {
    return { grids: await read() };
  } catch (e) {
    if (e instanceof WorkbookReadError) return { code: e.code, message: e.message };
    return { code: 'thrown', message: (e as Error).message };
  }
}

/** The fast reader refuses the package, and readWorkbookBuffer then reports exactly what the ExcelJS path reports. */
async function expectFallback(buf: Buffer): Promise<Outcome> {
  expect(() => readXlsxFast(buf, DEFAULT_LIMITS)).toThrow(FastXlsxError);
  const viaFallback = await outcome(() => readWorkbookBuffer(buf));
  const viaExcelJs = await outcome(async () => {
    guardXlsxPackage(buf, DEFAULT_LIMITS);
    return readXlsxWithExcelJs(buf);
  });
  expect(viaFallback).toEqual(viaExcelJs);
  return viaFallback;
}

describe('fast .xlsx reader: equal to ExcelJS on the project’s workbooks', () => {
  const seeds = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx'));

  it('has the seed fixtures to compare', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(4);
  });

  it.each(seeds)('seed %s', async (f) => {
    const grids = await expectSameGrids(fs.readFileSync(path.join(FIXTURES, f)));
    expect(grids.some((g) => g.merges.length > 0)).toBe(true);
  });

  describe('unseen workbooks', () => {
    let dir: string;
    let files: string[];
    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-fast-xlsx-'));
      await buildUnseen(dir);
      files = fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx'));
    }, 60_000);
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('every one reads the same', async () => {
      expect(files.length).toBeGreaterThanOrEqual(10);
      for (const f of files) await expectSameGrids(fs.readFileSync(path.join(dir, f)));
    });
  });

  it('maps built-in number formats exactly as ExcelJS does', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const table = require('exceljs/lib/xlsx/defaultnumformats') as Record<string, { f?: string }>;
    const theirs = Object.entries(table).filter(([, v]) => v.f !== undefined).map(([k, v]) => [Number(k), v.f]);
    expect([...BUILTIN_FORMATS]).toEqual(theirs);
  });
});

/** A workbook ExcelJS writes with the values and formats the project meets, and some it rarely does. */
function edgeCaseWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目 自评表');
  ws.getCell('A1').value = { richText: [{ text: '加粗', font: { bold: true } }, { text: '普通' }] };
  ws.getCell('A2').value = true;
  ws.getCell('A3').value = false;
  ws.getCell('A4').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
  ws.getCell('A5').value = '第一行\n第二行';
  ws.getCell('A6').value = '  前后空格  ';
  ws.getCell('A7').value = `<&>"'`;
  ws.getCell('A8').value = '';
  ws.getCell('A9').value = '_x000D_ 原样';
  ws.getCell('B1').value = 0.1 + 0.2;
  ws.getCell('B2').value = 1e-7;
  ws.getCell('B3').value = 1234567.891;
  ws.getCell('B3').numFmt = '#,##0.00';
  ws.getCell('B4').value = 0.9689;
  ws.getCell('B4').numFmt = '0.00%';
  ws.getCell('B5').value = 0.5;
  ws.getCell('B5').numFmt = '0%';
  ws.getCell('B6').value = 12.5;
  ws.getCell('B6').numFmt = '0.00"万元"';
  ws.getCell('B7').value = -1234.5;
  ws.getCell('B7').numFmt = '#,##0.00_);[Red]\\(#,##0.00\\)';
  ws.getCell('B8').value = 96.885;
  ws.getCell('B8').numFmt = '0.00';
  ws.getCell('B9').value = 123456789012345;
  ws.getCell('B10').value = -0.000123;
  ws.getCell('C1').value = { formula: 'B1*2', result: 0.6000000000000001 };
  ws.getCell('C2').value = { formula: 'B2-B2', result: 0 };
  ws.getCell('C3').value = { formula: 'A2', result: true };
  ws.getCell('C4').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  ws.getCell('C5').value = { formula: '"a&b"&"<c>"', result: 'a&b<c>' };
  ws.getCell('C6').value = { formula: 'DATE(2024,1,15)', result: new Date(Date.UTC(2024, 0, 15)) };
  ws.getCell('C6').numFmt = 'yyyy-mm-dd';
  ws.getCell('C7').value = { formula: 'B4', result: 0.9689 };
  ws.getCell('C7').numFmt = '0.00%';
  ws.getCell('C8').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue;
  ws.getCell('D1').value = { formula: 'B1+1', result: 1.3, shareType: 'shared', ref: 'D1:D4' } as ExcelJS.CellFormulaValue;
  for (const [a, r] of [
    ['D2', 1.0000001],
    ['D3', 1234568.891],
    ['D4', 1.9689],
  ] as const) {
    ws.getCell(a).value = { sharedFormula: 'D1', result: r } as ExcelJS.CellSharedFormulaValue;
  }
  ws.getCell('E1').value = new Date(Date.UTC(2024, 0, 15));
  ws.getCell('E1').numFmt = 'yyyy"年"m"月"d"日"';
  ws.getCell('E2').value = new Date(Date.UTC(2023, 11, 31));
  ws.getCell('E3').value = 45306;
  ws.getCell('E3').numFmt = '[$-F800]dddd, mmmm dd, yyyy';
  ws.getCell('F1').value = { formula: 'SUM(B1:B2)', result: 0.3000001, shareType: 'array', ref: 'F1' } as ExcelJS.CellFormulaValue;
  ws.getCell('G1').value = '合并';
  ws.mergeCells('G1:H2');
  ws.getCell('H2').value = '被合并覆盖';
  ws.mergeCells('A20:A22');
  ws.mergeCells('J20:J20');
  ws.getCell('J5').border = { top: { style: 'thin' } };
  ws.getCell('K30').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  const hidden = wb.addWorksheet('隐藏的表', { state: 'hidden' });
  hidden.getCell('B2').value = 42;
  hidden.getCell('B2').numFmt = '0.00';
  const veryHidden = wb.addWorksheet('Sheet With Spaces', { state: 'veryHidden' });
  veryHidden.getCell('A1').value = '很隐蔽';
  wb.addWorksheet('空表');
  const merged = wb.addWorksheet('只有合并');
  merged.mergeCells('B2:D4');
  return wb;
}

describe('fast .xlsx reader: equal to ExcelJS on edge cases written by ExcelJS', () => {
  it('values, rich text, booleans, errors, formulas (shared, array, zero results), dates, formats, merges, hidden sheets', async () => {
    const buf = Buffer.from(await edgeCaseWorkbook().xlsx.writeBuffer());
    const grids = await expectSameGrids(buf);
    expect(grids.map((g) => g.name)).toEqual(['项目 自评表', '隐藏的表', 'Sheet With Spaces', '空表', '只有合并']);
    const g = grids[0];
    // Spot checks of what ExcelJS makes of them, so the comparison is known to cover them.
    expect(g.text(0, 1)).toBe('0.3');
    expect(g.text(1, 1)).toBe('0.0000001');
    expect(g.text(2, 1)).toBe('1,234,567.89');
    expect(g.text(3, 1)).toBe('96.89%');
    expect(g.formula(1, 2)).toBe('=B2-B2');
    expect(g.value(1, 2)).toBeNull();
    expect(g.formula(2, 3)).toBe('=D1');
    expect(g.value(0, 4)).toBe('2024-01-15');
    expect(g.value(0, 0)).toBe('加粗普通');
    expect(g.value(1, 7)).toBeNull();
    expect(g.rowCount).toBe(22);
  });

  it('the 1904 date system', async () => {
    const wb = edgeCaseWorkbook();
    wb.properties.date1904 = true;
    await expectSameGrids(Buffer.from(await wb.xlsx.writeBuffer()));
  });
});

// ---------------------------------------------------------------------------
// Packages written by hand: what Excel and other tools write that ExcelJS does not.

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface RawSheet {
  name: string;
  xml: string;
  target?: string;
  state?: string;
}

interface RawPackage {
  sheets: RawSheet[];
  sharedStrings?: string;
  styles?: string;
  date1904?: boolean;
  extraSheetsXml?: string;
  extraRelsXml?: string;
  extraParts?: Record<string, string>;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet ${NS}>
  <numFmts count="3">
    <numFmt numFmtId="164" formatCode="#,##0.00_);[Red]\\(#,##0.00\\)"/>
    <numFmt numFmtId="165" formatCode="0.0\\h"/>
    <numFmt numFmtId="166" formatCode="0.00&quot;万元&quot;"/>
  </numFmts>
  <fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>
  <fills count="1"><fill><patternFill patternType="none"/></fill></fills>
  <borders count="1"><border/></borders>
  <cellStyleXfs count="1"><xf numFmtId="10" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
  <cellXfs count="12">
    <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
    <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
    <xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
    <xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
    <xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
    <xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment horizontal="center"/></xf>
    <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
    <xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
    <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
    <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
    <xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
    <xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
  </cellXfs>
  <dxfs count="1"><dxf><numFmt numFmtId="170" formatCode="0.000"/></dxf></dxfs>
</styleSheet>`;

const SHARED_STRINGS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst ${NS} count="9" uniqueCount="9">
  <si><t xml:space="preserve">  前后空格  </t></si>
  <si><r><rPr><b/><sz val="11"/></rPr><t>富</t></r><r><t xml:space="preserve">文本 </t></r></si>
  <si><t>注音</t><rPh sb="0" eb="2"><t>ちゅうおん</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>
  <si><t>换行_x000D_\r\n第二行&#x4E2D;&#25991;&amp;&lt;&gt;&quot;&apos;</t></si>
  <si><t/></si>
  <si><t>_x005F_x000D_ 与 _x000d_</t></si>
  <si><t>偏差原因分析
及改进措施</t></si>
  <si><r><t>只有</t></r><r><rPr><i/></rPr><t>段落</t></r></si>
  <si><t>项目名称</t></si>
</sst>`;

/** A sheet with what Excel writes: shared and inline strings, typed values, shared formulas, styled empty cells, cells and rows in every form ExcelJS reads. */
const EXCEL_STYLE_SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet ${NS} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac">
  <sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>
  <dimension ref="A1:H12"/>
  <sheetViews><sheetView workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews>
  <sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.2"/>
  <cols><col min="1" max="1" width="20" customWidth="1"/></cols>
  <sheetData>
    <row r="1" spans="1:8" s="1" customFormat="1" ht="20" customHeight="1">
      <c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c>
      <c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>6</v></c><c r="H1" t="s" s="1"><v>7</v></c>
    </row>
    <row r="2">
      <c r="A2" s="2"><v>0.30000000000000004</v></c>
      <c r="B2"><v>1E-7</v></c>
      <c r="C2" s="3"><v>1234567.891</v></c>
      <c r="D2" s="4"><v>0.5</v></c>
      <c r="E2" s="5"><v>0.96885</v></c>
      <c r="F2" s="8"><v>-1234.5</v></c>
      <c r="G2" s="10"><v>12.5</v></c>
      <c r="H2" s="11"><v>-0</v></c>
    </row>
    <row r="3">
      <c r="A3" s="6"><v>45306</v></c>
      <c r="B3" s="7"><v>45306</v></c>
      <c r="C3" s="9"><v>3.5</v></c>
      <c r="D3" t="b"><v>1</v></c>
      <c r="E3" t="b"><v>0</v></c>
      <c r="F3" t="e"><v>#N/A</v></c>
      <c r="G3" t="str"><v>a&amp;amp;b &amp;lt;</v></c>
      <c r="H3" t="d"><v>2024-01-15T00:00:00</v></c>
    </row>
    <row r="4">
      <c r="A4" t="inlineStr"><is><t>内联_x000D_原样</t></is></c>
      <c r="B4" t="inlineStr"><is><r><rPr><b/></rPr><t>内联</t></r><r><t>富文本_x000A_</t></r></is></c>
      <c r="C4" t="inlineStr" s="1"><is><t/></is></c>
      <c r="E4" s="0"/>
      <c r="F4"/>
      <c r="G4" s="1"/>
    </row>
    <row r="5">
      <c r="A5" s="2"><f>SUM(A2:A3)</f><v>45306.3</v></c>
      <c r="B5" s="2"><f t="shared" ref="B5:D5" si="0">A5*2</f><v>90612.6</v></c>
      <c r="C5" s="2"><f t="shared" si="0"/><v>181225.2</v></c>
      <c r="D5" s="2"><f t="shared" si="0"/><v>0</v></c>
      <c r="E5" t="str"><f>"x"&amp;"y"</f><v>xy</v></c>
      <c r="F5" t="b"><f>TRUE()</f><v>1</v></c>
      <c r="G5" t="e"><f>1/0</f><v>#DIV/0!</v></c>
      <c r="H5" s="6"><f>TODAY()</f><v>45306</v></c>
    </row>
    <row r="6">
      <c r="A6"><f t="array" ref="A6">SUM(A2:B2*2)</f><v>0.6000002</v></c>
      <c r="B6"><f>A6</f></c>
      <c r="C6" s="1"><f t="shared" ref="C6:C7" si="1">B6+1</f><v>1</v></c>
      <c r="E6"><v> 12.50 </v></c>
      <c r="F6"><f>B2
*2</f><v>2E-7</v></c>
    </row>
    <row r="7" s="2" customFormat="1">
      <c r="C7" s="1"><f t="shared" si="1"/><v>2</v></c>
      <c r="D7" s="2"><v>7</v></c><c s="2"><v>8</v></c><c s="1"/><c><v>10</v></c>
    </row>
    <row r="9"><c r="B9" t="s"><v>8</v></c></row>
    <row r="8"><c r="A8"><v>8</v></c></row>
    <row r="12"><c r="A12" s="1"/><c r="B12" s="3"/></row>
  </sheetData>
  <mergeCells count="3"><mergeCell ref="G1:H1"/><mergeCell ref="D9:C8"/><mergeCell ref="A10:A11"/></mergeCells>
  <conditionalFormatting sqref="A2"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>0</formula></cfRule></conditionalFormatting>
  <dataValidations count="1"><dataValidation type="list" sqref="B2"><formula1>"a,b"</formula1></dataValidation></dataValidations>
  <pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>
  <pageSetup paperSize="9" orientation="landscape"/>
  <extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="0"/></ext></extLst>
</worksheet>`;

function sheetXml(rows: string, tail = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><sheetData>${rows}</sheetData>${tail}</worksheet>`;
}

async function rawPackage(p: RawPackage): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>',
  );
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const sheets = p.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 10}"/>`).join('');
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook ${NS}><fileVersion appName="xl"/><workbookPr${p.date1904 ? ' date1904="1"' : ''} defaultThemeVersion="124226"/><bookViews><workbookView/></bookViews><sheets>${sheets}${p.extraSheetsXml ?? ''}</sheets><calcPr calcId="191029"/></workbook>`,
  );
  const rels = p.sheets.map((s, i) => `<Relationship Id="rId${i + 10}" Type="${REL}/worksheet" Target="${s.target ?? `worksheets/sheet${i + 1}.xml`}"/>`).join('');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>${rels}${p.extraRelsXml ?? ''}</Relationships>`,
  );
  if (p.styles !== undefined) zip.file('xl/styles.xml', p.styles);
  if (p.sharedStrings !== undefined) zip.file('xl/sharedStrings.xml', p.sharedStrings);
  p.sheets.forEach((s, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, s.xml));
  for (const [name, data] of Object.entries(p.extraParts ?? {})) zip.file(name, data);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('fast .xlsx reader: equal to ExcelJS on packages written the way Excel writes them', () => {
  it('shared strings (rich, phonetic, escapes, line breaks), every cell type, shared and array formulas, built-in and custom formats, styled empty cells, cells without r, unordered rows', async () => {
    const buf = await rawPackage({
      sheets: [{ name: '附件4 自评表', xml: EXCEL_STYLE_SHEET }],
      sharedStrings: SHARED_STRINGS,
      styles: STYLES,
    });
    const [g] = await expectSameGrids(buf);
    // What ExcelJS makes of them (so the comparison is known to exercise them).
    expect(g.value(0, 2)).toBe('注音');
    expect(g.value(0, 3)).toBe('换行\r\n第二行中文&<>"\'');
    expect(g.value(0, 5)).toBe('_x000D_ 与 _x000d_');
    expect(g.value(0, 6)).toBe('偏差原因分析\n及改进措施');
    expect(g.value(3, 0)).toBe('内联_x000D_原样');
    expect(g.value(3, 1)).toBe('内联富文本\n');
    expect(g.value(2, 6)).toBe('a&b <');
    expect(g.value(2, 7)).toBe(2024);
    expect(g.value(2, 0)).toBe('2024-01-15');
    expect(g.value(2, 1)).toBe(45306);
    expect(g.numberFormat(2, 1)).toBeUndefined();
    expect(g.value(2, 2)).toBe('1900-01-02');
    expect(g.numberFormat(1, 5)).toBe('#,##0.00_);[Red](#,##0.00)');
    expect(g.formula(4, 2)).toBe('=B5');
    expect(g.value(4, 3)).toBeNull();
    expect(g.value(6, 4)).toBe(8);
    expect(g.value(6, 6)).toBe(10);
    expect(g.value(7, 0)).toBe(8);
    expect(g.text(1, 4)).toBe('96.89%');
  });

  it('an absolute sheet target, hidden sheets, a chart sheet ExcelJS leaves out, the 1904 date system, no shared strings part', async () => {
    const buf = await rawPackage({
      sheets: [
        { name: 'A &amp;amp; B', xml: sheetXml('<row r="1"><c r="A1" s="6"><v>1</v></c><c r="B1"><v>2</v></c></row>'), target: '/xl/worksheets/sheet1.xml' },
        { name: '隐藏', state: 'hidden', xml: sheetXml('<row r="3"><c r="C3" t="inlineStr"><is><t>x</t></is></c></row>') },
      ],
      styles: STYLES,
      date1904: true,
      extraSheetsXml: '<sheet name="图表1" sheetId="9" r:id="rId99"/>',
      extraRelsXml: `<Relationship Id="rId99" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/>`,
      extraParts: { 'xl/chartsheets/sheet1.xml': `<chartsheet ${NS}/>` },
    });
    const grids = await expectSameGrids(buf);
    expect(grids.map((g) => g.name)).toEqual(['A & B', '隐藏']);
    expect(grids[0].value(0, 0)).toBe('1904-01-02');
  });

  it('a package without a styles part', async () => {
    await expectSameGrids(await rawPackage({ sheets: [{ name: 'S', xml: sheetXml('<row r="2"><c r="B2" t="s"><v>8</v></c><c r="C2"><v>3.25</v></c></row>') }], sharedStrings: SHARED_STRINGS }));
  });

  it('the same limit errors, in the same words', async () => {
    const buf = await rawPackage({ sheets: [{ name: '远处', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row><row r="10"><c r="J10"><v>2</v></c></row>') }], styles: STYLES });
    const limits = { ...DEFAULT_LIMITS, maxCellsPerSheet: 50 };
    const fast = await outcome(async () => readXlsxFast(buf, limits));
    expect(fast).toEqual(await outcome(() => readXlsxWithExcelJs(buf, limits)));
    expect(fast).toMatchObject({ code: 'too-many-cells' });
    expect(await outcome(() => readWorkbookBuffer(buf, limits))).toEqual(fast);
    const merged = await rawPackage({ sheets: [{ name: '大合并', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>', '<mergeCells><mergeCell ref="A1:A40"/><mergeCell ref="B1:B40"/></mergeCells>') }] });
    const m = await outcome(async () => readXlsxFast(merged, limits));
    expect(m).toEqual(await outcome(() => readXlsxWithExcelJs(merged, limits)));
    expect(m).toMatchObject({ code: 'too-many-cells' });
  });
});

describe('fast .xlsx reader: rows and cells without r', () => {
  it('reads rows without r one after another, where ExcelJS cannot read them at all', async () => {
    const buf = await rawPackage({
      sheets: [{ name: '无行号', xml: sheetXml('<row><c><v>1</v></c><c t="inlineStr"><is><t>b</t></is></c></row><row><c r="B2"><v>3</v></c></row><row r="5"><c><v>5</v></c></row><row><c><v>6</v></c></row>') }],
    });
    expect(await outcome(() => readXlsxWithExcelJs(buf))).toMatchObject({ code: 'corrupt' });
    const [g] = readXlsxFast(buf, DEFAULT_LIMITS);
    expect([g.rowCount, g.colCount]).toEqual([6, 2]);
    expect([g.value(0, 0), g.value(0, 1), g.value(1, 1), g.value(4, 0), g.value(5, 0)]).toEqual([1, 'b', 3, 5, 6]);
    expect((await readWorkbookBuffer(buf))[0]).toEqual(g);
  });
});

describe('fast .xlsx reader: what it leaves to ExcelJS', () => {
  const one = (rows: string, tail = '') => rawPackage({ sheets: [{ name: 'S', xml: sheetXml(rows, tail) }], sharedStrings: SHARED_STRINGS, styles: STYLES });

  it('a truncated sheet', async () => {
    const full = sheetXml('<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="s"><v>0</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>');
    for (const cut of [full.indexOf('<row r="2"'), full.indexOf('<v>2') + 2, full.length - 5]) {
      await expectFallback(await rawPackage({ sheets: [{ name: 'S', xml: full.slice(0, cut) }], sharedStrings: SHARED_STRINGS, styles: STYLES }));
    }
  });

  it('malformed XML: mismatched tags, an unknown entity, an unquoted attribute', async () => {
    expect(await expectFallback(await one('<row r="1"><c r="A1"><v>1</c></v></row>'))).toMatchObject({ code: 'corrupt' });
    await expectFallback(await one('<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>'));
    await expectFallback(await one('<row r=1><c r="A1"><v>1</v></c></row>'));
  });

  it('CDATA, hyperlinks, overlapping merges, a missing shared string, an odd address', async () => {
    await expectFallback(await one('<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[a<b]]></t></is></c></row>'));
    await expectFallback(await one('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', '<hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks>'));
    expect(await expectFallback(await one('<row r="1"><c r="A1"><v>1</v></c></row>', '<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>'))).toMatchObject({ code: 'corrupt' });
    await expectFallback(await one('<row r="1"><c r="A1" t="s"><v>99</v></c></row>'));
    await expectFallback(await one('<row r="1"><c r="$A$1"><v>1</v></c></row>'));
  });

  it('elements ExcelJS does not expect in a cell or a list (where it loses what follows)', async () => {
    const rest = '<row r="2"><c r="A2"><v>2</v></c></row>';
    const phonetic = await expectFallback(await one(`<row r="1"><c r="A1" t="inlineStr"><is><t>带注音属性</t><phoneticPr fontId="1"/></is></c></row>${rest}`));
    // The reference really does drop the rest of the sheet: the fallback keeps today's report, right or wrong.
    expect(phonetic).toMatchObject({ grids: [{ rowCount: 1 }] });
    await expectFallback(await one(`<row r="1"><c r="A1"><v>1</v><extLst/></c></row>${rest}`));
    await expectFallback(await one(`<row r="1"><c r="A1" t="inlineStr"><is><t>注</t><rPh sb="0" eb="1"><t>ちゅう</t></rPh></is></c></row>${rest}`));
    await expectFallback(await one(rest, '<mergeCells><mergeCell ref="A1:B1"/><extLst/><mergeCell ref="C1:D1"/></mergeCells>'));
  });

  it('a package that is not a whole zip never reaches either reader', async () => {
    const buf = await one('<row r="1"><c r="A1"><v>1</v></c></row>');
    expect(await outcome(() => readWorkbookBuffer(buf.subarray(0, buf.length - 30)))).toMatchObject({ code: 'corrupt' });
  });
});
