import * as path from 'path';
import { readWorkbookFile } from '../../src/cli/read-xlsx';
import { bindWorkbook } from '../../src/core/analyse';
import { factRate, ruleScore } from '../../src/core/evaluate/profile-rules';
import { shenzhenLuohu } from '../../src/core/profiles/shenzhen-luohu';
import { FIXTURES } from './cli-json';

/** 003's rates come from its own tables: 表2-1, the staffing table, 表1-5 and 表2-2. */
describe('003 facts and regional rules', () => {
  let facts: ReturnType<typeof bindWorkbook>['facts'];
  beforeAll(async () => {
    facts = bindWorkbook(await readWorkbookFile(path.join(FIXTURES, 'seed-003-luohu.xlsx'))).facts;
  });

  it('三公 1.61/2.50 = 64.40%, 日常公用 52.84/58.97 = 89.60%, 编外 4/24 = 16.67%', () => {
    expect(factRate(facts, '三公经费控制率')!.toFixed(2)).toBe('64.40');
    expect(factRate(facts, '公用经费控制率')!.toFixed(2)).toBe('89.60');
    expect(factRate(facts, '编外人员控制率')!.toFixed(2)).toBe('16.67');
    expect(factRate(facts, '在职人员控制率')!.toFixed(2)).toBe('100.00');
    expect(factRate(facts, '固定资产利用率')!.toFixed(2)).toBe('100.00');
  });

  const rule = (name: string) => shenzhenLuohu.rules!.find((r) => r.indicator.includes(name))!.rule;

  it('编外 16.67% scores 0; 公用经费控制率 3 + 3 = 6', () => {
    expect(ruleScore(rule('编外人员控制率'), facts)!.toFixed(2)).toBe('0.00');
    expect(ruleScore(rule('公用经费控制率'), facts)!.toFixed(2)).toBe('6.00');
  });

  it('quarterly 支出进度 gives 3.53, not the 4.62 of the annual 99.17% × 2', () => {
    expect(ruleScore(rule('预算执行率'), facts)!.toFixed(2)).toBe('3.53');
    expect(factRate(facts, '预算执行率')!.toFixed(2)).toBe('99.17');
  });
});
