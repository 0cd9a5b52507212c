import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FIXTURES, runCheck } from '../seeds/cli-json';

const BIN = path.join(__dirname, '..', '..', 'bin', 'jixiao.js');

function run(args: string[]): { stdout: string; stderr: string; status: number } {
  try {
    return { stdout: execFileSync(process.execPath, [BIN, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }), stderr: '', status: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; status: number };
    return { stdout: err.stdout, stderr: err.stderr, status: err.status };
  }
}

describe('jixiao check', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-cli-'));
  const corrupt = path.join(dir, 'corrupt.xlsx');
  const notXlsx = path.join(dir, 'notes.xlsx');
  const encrypted = path.join(dir, 'locked.xlsx');
  const legacy = path.join(dir, 'old.xls');
  beforeAll(() => {
    fs.writeFileSync(corrupt, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]));
    fs.writeFileSync(notXlsx, '项目名称,金额\n测试,1\n');
    const ole = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    fs.writeFileSync(encrypted, Buffer.concat([ole, Buffer.from('EncryptionInfo', 'utf16le')]));
    fs.writeFileSync(legacy, ole);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints a readable Chinese report with cells', () => {
    const r = run(['check', path.join(FIXTURES, 'seed-001-yueyang.xlsx')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('【项目支出绩效自评表】工作表「附件4」');
    expect(r.stdout).toContain('总分：填报 98，各项合计 98.00');
    expect(r.stdout).toMatch(/错误 附件4!K14 \[missing-reason\]/);
    expect(r.stdout).toMatch(/共检查 1 个文件：错误 \d+ 个，警告 \d+ 个/);
  });

  it('gives an error entry to every unreadable file and still checks the others (exit 2 wins)', () => {
    const { report, status } = runCheck([corrupt, notXlsx, encrypted, legacy, path.join(FIXTURES, 'seed-000-luoyang.xlsx')]);
    expect(status).toBe(2);
    const byName = (n: string) => report.files.find((f) => f.file.endsWith(n))!;
    expect(byName('corrupt.xlsx').error?.code).toBe('corrupt');
    expect(byName('notes.xlsx').error?.code).toBe('not-xlsx');
    expect(byName('locked.xlsx').error?.code).toBe('encrypted');
    expect(byName('old.xls').error?.code).toBe('legacy-xls');
    expect(byName('locked.xlsx').error?.message).toMatch(/密码/);
    expect(byName('seed-000-luoyang.xlsx').tables.length).toBeGreaterThan(0);
  });

  it('exits 2 on bad arguments and unknown profiles, with the usage', () => {
    expect(run(['check']).status).toBe(2);
    expect(run(['frobnicate', 'x']).status).toBe(2);
    const bad = run(['check', '--profile', 'nowhere', FIXTURES]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('未知的评分规则');
    expect(run(['check', '--bogus', FIXTURES]).stderr).toContain('用法');
  });

  it('reports a missing path as an error entry', () => {
    const { report, status } = runCheck([path.join(dir, 'nope.xlsx')]);
    expect(status).toBe(2);
    expect(report.files[0].error?.code).toBe('not-found');
  });

  it('--profile picks a built-in profile over the detected one', () => {
    const { report, status } = runCheck(['--profile', 'national', path.join(FIXTURES, 'seed-003-luohu.xlsx')]);
    expect(report.files[0].profile).toBe('national');
    // Under national rules 003 has no quarterly rule: the score stays as reported.
    expect(report.files[0].tables.flatMap((t) => t.findings).some((f) => f.code === 'score-mismatch')).toBe(false);
    expect(status).toBe(1);
  });

  it('reads a JSON profile file and rejects a broken one with reasons', () => {
    const good = path.join(dir, 'city.json');
    fs.writeFileSync(good, JSON.stringify({ id: 'demo-city', name: '示例市', indicators: { farExceededPercent: '60' } }));
    const { report } = runCheck(['--profile', good, path.join(FIXTURES, 'seed-001-yueyang.xlsx')]);
    expect(report.files[0].profile).toBe('demo-city');
    // +50% is no longer "far exceeded" under a 60% threshold.
    expect(report.files[0].tables.flatMap((t) => t.findings).some((f) => f.code === 'target-far-exceeded')).toBe(false);
    const broken = path.join(dir, 'broken.json');
    fs.writeFileSync(broken, JSON.stringify({ id: 'x', name: 'x', rules: [{ indicator: ['a'], rule: { type: 'magic' } }] }));
    const r = run(['check', '--profile', broken, FIXTURES]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('type 未知');
  });
});
