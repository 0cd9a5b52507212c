/** The findings CSV: UTF-8 with BOM, RFC 4180 quoting, no formula injection; workbook text stays text in the .xlsx report too. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { csvField, findingsCsv } from '../../src/cli/report-csv';
import { errorEntry } from '../../src/cli/checked-file';
import { jixiao } from './run-cli';
import { formRows, writeForm } from './make-workbooks';

const HOSTILE_PROJECT = '=HYPERLINK("http://example.invalid","点击")';
const HOSTILE_UNIT = '@SUM(A1)';

describe('csvField', () => {
  it('quotes fields holding a comma, a quote or a line break (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说"明"')).toBe('"说""明"""');
    expect(csvField('一\n二')).toBe('"一\n二"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
    expect(csvField(12)).toBe('12');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    for (const s of ['=1+2', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) expect(csvField(s).replace(/^"/, '')).toMatch(/^'/);
    expect(csvField('=A1,B1')).toBe(`"'=A1,B1"`);
    // Numbers are data, not text: no prefix.
    expect(csvField(-3)).toBe('-3');
  });

  it('lists unreadable files with their error code', () => {
    const csv = findingsCsv([errorEntry('坏文件.xlsx', 'corrupt', '工作簿已损坏')]);
    expect(csv.split('\r\n')[1]).toBe('1,坏文件.xlsx,,,坏文件.xlsx,无法读取,corrupt,工作簿已损坏,,,,,');
  });
});

describe('jixiao check --format csv', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-csv-'));
  const hostile = path.join(dir, '注入,测试.xlsx');
  beforeAll(() => writeForm(hostile, formRows({ mistake: true, project: HOSTILE_PROJECT, unit: HOSTILE_UNIT })));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints UTF-8 with a BOM, CRLF line ends, quoted and defused fields', () => {
    const r = jixiao(['check', '--format', 'csv', hostile]);
    expect(r.status).toBe(1);
    expect(r.stdout.startsWith('\ufeff序号,文件,工作表,单元格,位置,严重程度,代码,说明,应为,填报,模板,单位,项目\r\n')).toBe(true);
    const line = r.stdout.split('\r\n').find((l) => l.includes('score-over-weight'))!;
    expect(line).toContain(`"${hostile}"`);
    expect(line).toContain(`"'=HYPERLINK(""http://example.invalid"",""点击"")"`);
    expect(line).toContain(`'${HOSTILE_UNIT}`);
  });

  it('--out file.csv writes the same CSV', () => {
    const out = path.join(dir, 'findings.csv');
    jixiao(['check', '--out', out, hostile]);
    expect(fs.readFileSync(out, 'utf8')).toBe(jixiao(['check', '--format', 'csv', hostile]).stdout.replace(/\n$/, '\r\n'));
  });

  it('keeps workbook text as text (never a formula) in the consolidated workbook', async () => {
    const out = path.join(dir, 'report.xlsx');
    jixiao(['check', '--out', out, hostile]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const cells: ExcelJS.Cell[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(c))));
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    expect(cells.map((c) => c.value)).toContain(HOSTILE_PROJECT);
    expect(cells.map((c) => c.value)).toContain(HOSTILE_UNIT);
  });
});
