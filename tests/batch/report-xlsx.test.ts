import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { safeSheetName, summarySheetNames, writeReportWorkbook } from '../../src/cli/report-xlsx';
import { sheetText } from '../../src/cli/sheet-text';
import { checkWorkbook } from '../../src/cli/check-file';
import { errorEntry } from '../../src/cli/checked-file';
import { FIXTURES } from './run-cli';

describe('sheet names and cell text of the consolidated workbook', () => {
  it('keeps sheet names within Excel’s rules', () => {
    expect(safeSheetName('a[b]:c*d?e/f\\g')).toBe('a_b__c_d_e_f_g');
    expect(safeSheetName("'引号'")).toBe('引号');
    expect(safeSheetName('很'.repeat(40))).toHaveLength(31);
  });

  it('names one summary sheet per readable file, numbered as in 文件一览', () => {
    const ok = { file: 'a.xlsx', error: null, tables: [] };
    expect(summarySheetNames([ok, errorEntry('b.xlsx', 'corrupt', '…'), ok])).toEqual(['汇总-1', null, '汇总-3']);
  });

  it('replaces characters XML cannot hold and cuts text to Excel’s cell limit', () => {
    expect(sheetText('a\u0001b\u0008c\ud800d\uffff')).toBe('a\ufffdb\ufffdc\ufffdd\ufffd');
    expect(sheetText('行1\n行2\t列')).toBe('行1\n行2\t列');
    expect(sheetText('😀')).toBe('😀');
    const long = sheetText('字'.repeat(40_000));
    expect(long).toHaveLength(32767);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('writeReportWorkbook', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-report-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes hostile text as plain text a reader gets back', async () => {
    const checked = await checkWorkbook(path.join(FIXTURES, 'seed-001-yueyang.xlsx'), 'auto', '=cmd|\' /C calc\'!A0\u0007.xlsx');
    checked.tables[0].unit = `@SUM(1)${'长'.repeat(40_000)}`;
    const out = path.join(dir, 'r.xlsx');
    await writeReportWorkbook(out, [checked, errorEntry('-坏.xlsx', 'corrupt', '+损坏')]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['文件一览', '问题清单', '汇总-1']);
    const values: unknown[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => values.push(c.value))));
    expect(values.every((v) => v === null || ['string', 'number'].includes(typeof v))).toBe(true);
    expect(values).toContain("=cmd|' /C calc'!A0\ufffd.xlsx");
    expect(values).toContain('-坏.xlsx');
    expect(values).toContain('+损坏');
    expect(values.some((v) => typeof v === 'string' && v.startsWith('@SUM(1)长') && v.length === 32767)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['r.xlsx']);
  });
});
