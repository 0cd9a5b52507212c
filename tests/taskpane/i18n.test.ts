import { FINDING_CODES } from '../../src/core/model/finding';
import { TEMPLATE_NAMES } from '../../src/core/summary/table-summary';
import { LANGUAGES, languageFromTag, stringsFor } from '../../src/taskpane/i18n';
import { en } from '../../src/taskpane/i18n/en';
import { zhCN } from '../../src/taskpane/i18n/zh-CN';
import { KINDS } from '../../src/taskpane/views/IndicatorRow';

type Leaf = { path: string; type: string; value: unknown };

function leaves(value: unknown, path = ''): Leaf[] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [{ path, type: typeof value, value }];
}

describe('the pane dictionaries', () => {
  const zh = leaves(zhCN);
  const english = leaves(en);

  it('have the same keys, with the same kind of value, in both languages', () => {
    expect(english.map((l) => [l.path, l.type])).toEqual(zh.map((l) => [l.path, l.type]));
  });

  it('have no empty string and no function returning an empty string', () => {
    for (const leaf of [...zh, ...english]) {
      if (leaf.type === 'string') expect([leaf.path, (leaf.value as string).trim().length > 0]).toEqual([leaf.path, true]);
      if (leaf.type === 'function') {
        const fn = leaf.value as (...args: unknown[]) => string;
        const out = fn(...new Array(fn.length).fill(3));
        expect([leaf.path, typeof out, out.length > 0]).toEqual([leaf.path, 'string', true]);
      }
    }
  });

  it('name every finding code, indicator kind and template in both languages', () => {
    for (const strings of [zhCN, en]) {
      expect(Object.keys(strings.codes).sort()).toEqual([...FINDING_CODES].sort());
      expect(Object.keys(strings.kinds).sort()).toEqual([...KINDS].sort());
      expect(Object.keys(strings.templates).sort()).toEqual(Object.keys(TEMPLATE_NAMES).sort());
    }
    expect(zhCN.templates).toEqual(TEMPLATE_NAMES);
  });

  it('are written in their language: Chinese labels in zh-CN, no Chinese in the English labels', () => {
    expect(zhCN.tabs).toEqual({ recognise: '识别', findings: '问题', scores: '评分' });
    expect(zhCN.kinds).toEqual({ positive: '正向', reverse: '反向', equal: '等于', qualitative: '定性' });
    const han = /[\u4e00-\u9fff]/;
    // The English dictionary may quote the summary sheet's Chinese name, nothing else.
    const chinese = english.filter((l) => l.type === 'string' && han.test(l.value as string)).map((l) => l.path);
    expect(chinese).toEqual(['actions.insertSummaryHint']);
  });
});

describe('choosing the language', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['ZH-cn', 'zh-CN'],
    ['en-US', 'en'],
    ['en', 'en'],
    ['de-DE', 'en'],
    ['', 'zh-CN'],
    [undefined, 'zh-CN'],
  ])('display language %p gives %p', (tag, language) => {
    expect(languageFromTag(tag)).toBe(language);
  });

  it('offers both languages', () => {
    expect(LANGUAGES.map((l) => l.id)).toEqual(['zh-CN', 'en']);
    expect(stringsFor('en')).toBe(en);
    expect(stringsFor('zh-CN')).toBe(zhCN);
  });
});
