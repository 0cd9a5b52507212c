/**
 * Issue 6, "done when": a folder of good, wrong, corrupt, legacy .xls,
 * oversized and hostile files yields the right report, exit status and
 * consolidated workbook, and nothing crashes.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import type { Report } from '../../src/core/report/json';
import { checkJson, entry, FIXTURES, findingKeys } from './run-cli';
import { encryptedOle, farCell, formRows, lyingZip, manyCells, mergeBomb, sparseFile, writeForm, writeXls, zipBomb } from './make-workbooks';

const MB = 1024 * 1024;

/** file name → the error code it must get (null: read and checked). */
const EXPECTED: Record<string, string | null> = {
  'good.xlsx': null,
  'seed-001-yueyang.xlsx': null,
  'seed-004-wanzhou.xlsx': null,
  'seed-004-wanzhou.xls': null,
  'corrupt.xlsx': 'corrupt',
  'notes.xlsx': 'not-xlsx',
  'locked.xlsx': 'encrypted',
  'huge.xlsx': 'too-large',
  'bomb.xlsx': 'zip-bomb',
  'lying.xlsx': 'zip-bomb',
  'many-cells.xlsx': 'too-many-cells',
  'far-cell.xlsx': 'too-many-cells',
  'merge-bomb.xlsx': 'too-many-cells',
};

const hasLibreOffice = spawnSync('libreoffice', ['--version'], { encoding: 'utf8' }).status === 0;

describe('jixiao check over a mixed folder', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-batch-'));
  const folder = path.join(dir, '各单位报表');
  const out = path.join(dir, 'report.xlsx');
  let report: Report;
  let status: number;

  beforeAll(async () => {
    const sub = path.join(folder, '二级单位');
    fs.mkdirSync(sub, { recursive: true });
    const seed1 = path.join(folder, 'seed-001-yueyang.xlsx');
    const seed4 = path.join(sub, 'seed-004-wanzhou.xlsx');
    fs.copyFileSync(path.join(FIXTURES, 'seed-001-yueyang.xlsx'), seed1);
    fs.copyFileSync(path.join(FIXTURES, 'seed-004-wanzhou.xlsx'), seed4);
    await writeForm(path.join(folder, 'good.xlsx'), formRows());
    writeXls(seed4, path.join(sub, 'seed-004-wanzhou.xls'));
    fs.writeFileSync(path.join(folder, 'corrupt.xlsx'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(300, 7)]));
    fs.writeFileSync(path.join(folder, 'notes.xlsx'), '项目名称,金额\n测试,1\n');
    encryptedOle(path.join(folder, 'locked.xlsx'));
    sparseFile(path.join(folder, 'huge.xlsx'), 600 * MB);
    await zipBomb(seed1, path.join(folder, 'bomb.xlsx'), 20);
    await lyingZip(seed1, path.join(folder, 'lying.xlsx'), 12);
    await manyCells(seed1, path.join(folder, 'many-cells.xlsx'), 300, 200);
    await farCell(seed1, path.join(folder, 'far-cell.xlsx'));
    await mergeBomb(seed1, path.join(folder, 'merge-bomb.xlsx'));
    fs.writeFileSync(path.join(folder, '~$seed-001-yueyang.xlsx'), 'Excel lock file');
    ({ report, status } = checkJson(['--out', out, '--max-file-size', '5MB', '--max-uncompressed', '8MB', '--max-cells', '50000', folder]));
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives every file the right entry, skipping lock files, and exits 2', () => {
    expect(status).toBe(2);
    expect(report.files.map((f) => path.basename(f.file)).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [name, code] of Object.entries(EXPECTED)) {
      expect([name, entry(report, name).error?.code ?? null]).toEqual([name, code]);
    }
  });

  it('explains each refusal with its limit', () => {
    expect(entry(report, 'huge.xlsx').error?.message).toMatch(/600 MB.*5 MB.*--max-file-size/);
    expect(entry(report, 'bomb.xlsx').error?.message).toMatch(/--max-uncompressed/);
    expect(entry(report, 'lying.xlsx').error?.message).toMatch(/超过它声明的/);
    expect(entry(report, 'many-cells.xlsx').error?.message).toMatch(/60,000 个单元格.*--max-cells/);
    expect(entry(report, 'far-cell.xlsx').error?.message).toMatch(/A1:XFD1048576/);
    expect(entry(report, 'merge-bomb.xlsx').error?.message).toMatch(/合并单元格/);
    expect(entry(report, 'locked.xlsx').error?.message).toMatch(/密码/);
  });

  it('checks the good and the wrong workbooks, and reads the .xls as the .xlsx it came from', () => {
    const good = entry(report, 'good.xlsx');
    expect(good.tables).toHaveLength(1);
    expect(good.tables[0].findings).toEqual([]);
    expect(findingKeys(entry(report, 'seed-001-yueyang.xlsx'))).toContain('missing-reason@附件4!K14');
    const xls = entry(report, 'seed-004-wanzhou.xls');
    expect(xls.tables.length).toBeGreaterThan(0);
    expect(findingKeys(xls)).toEqual(findingKeys(entry(report, 'seed-004-wanzhou.xlsx')));
    expect(xls.tables.map((t) => t.total)).toEqual(entry(report, 'seed-004-wanzhou.xlsx').tables.map((t) => t.total));
  });

  it('writes a consolidated workbook that re-reads with every sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const readable = report.files.filter((f) => !f.error);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['文件一览', '问题清单', ...readable.map((f) => `汇总-${report.files.indexOf(f) + 1}`)]);

    const list = wb.getWorksheet('文件一览')!;
    const header = list.getRow(1).values as unknown[];
    const col = (name: string) => header.indexOf(name);
    const rows = list.getSheetValues().slice(2) as unknown[][];
    // One row per table, one for each unreadable file; every file listed.
    const tables = report.files.reduce((n, f) => n + Math.max(1, f.tables.length), 0);
    expect(rows).toHaveLength(tables);
    expect(new Set(rows.map((r) => r[col('文件')]))).toEqual(new Set(report.files.map((f) => f.file)));
    const bomb = rows.find((r) => String(r[col('文件')]).endsWith('bomb.xlsx') && !String(r[col('文件')]).endsWith('merge-bomb.xlsx'))!;
    expect(bomb[col('状态')]).toBe('无法读取');
    expect(String(bomb[col('说明')])).toMatch(/^zip-bomb：/);
    const good = rows.find((r) => String(r[col('文件')]).endsWith('good.xlsx'))!;
    expect([good[col('状态')], good[col('执行率')], good[col('填报总分')], good[col('等次（应为）')], good[col('错误')]]).toEqual(['无错误', 1, 100, '优', 0]);

    const findings = wb.getWorksheet('问题清单')!.getSheetValues().slice(2) as unknown[][];
    const all = report.files.reduce((n, f) => n + (f.error ? 1 : f.tables.reduce((m, t) => m + t.findings.length, 0)), 0);
    expect(findings).toHaveLength(all);
    expect(findings.map((r) => r[5])).toContainEqual(expect.stringMatching(/seed-001-yueyang\.xlsx!附件4!K14$/));

    // The summary sheet of a workbook: the add-in's layout (title, then 表格一览).
    const seed1 = report.files.findIndex((f) => f.file.endsWith('seed-001-yueyang.xlsx'));
    const summary = wb.getWorksheet(`汇总-${seed1 + 1}`)!;
    expect(String(summary.getCell('A1').value)).toContain('绩效汇总：');
    expect(summary.getCell('A3').value).toBe('表格一览');
  });

  it('writes a workbook a second reader (SheetJS) opens as well', () => {
    const wb = XLSX.read(fs.readFileSync(out), { type: 'buffer' });
    expect(wb.SheetNames.slice(0, 2)).toEqual(['文件一览', '问题清单']);
    for (const name of wb.SheetNames) expect(wb.Sheets[name]['!ref']).toBeTruthy();
  });

  (hasLibreOffice ? it : it.skip)(`converts to PDF in LibreOffice headless${hasLibreOffice ? '' : ' (skipped: libreoffice is not on PATH)'}`, () => {
    const pdfDir = path.join(dir, 'pdf');
    const profile = path.join(dir, 'lo-profile');
    const r = spawnSync('libreoffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', pdfDir, out], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    const pdf = path.join(pdfDir, 'report.pdf');
    expect(fs.existsSync(pdf)).toBe(true);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  }, 150_000);
});
