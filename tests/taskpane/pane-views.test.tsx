import { App } from '../../src/taskpane/App';
import { sampleWorkbook } from '../../src/playground/sample';
import { FindingsView } from '../../src/taskpane/views/FindingsView';
import { RecogniseView } from '../../src/taskpane/views/RecogniseView';
import { ScoresView, scoredTables } from '../../src/taskpane/views/ScoresView';
import { FakeSession, tablesFromWorkbook } from './fake-session';
import { renderPane, textOf } from './render';

const tables = tablesFromWorkbook(sampleWorkbook());
const noop = () => undefined;

describe('识别 view on the sample', () => {
  const html = renderPane(<RecogniseView tables={tables} onSelect={noop} onKind={noop} onRebind={noop} />);
  const text = textOf(html);

  it('shows the sheet, the template, the range and the project', () => {
    expect(text).toContain('附件4');
    expect(text).toContain('项目支出绩效自评表');
    expect(text).toContain(tables[0].range);
    expect(text).toContain('业务工作经费');
  });

  it('lists every indicator row with a kind choice labelled for screen readers', () => {
    expect(text).toContain(`指标 (${tables[0].bindings.length})`);
    expect(html).toContain('防非、处非知识学习培训”的指标类型');
    for (const kind of ['正向', '反向', '等于', '定性']) expect(text).toContain(kind);
    expect(html).toContain('选中第 14 行“防非、处非知识学习培训”');
  });

  it('shows the error and warning counts of the table', () => {
    expect(text).toMatch(/错误 \d+/);
    expect(text).toMatch(/警告 \d+/);
  });
});

describe('问题 view on the sample', () => {
  const html = renderPane(<FindingsView tables={tables} onSelect={noop} />);
  const text = textOf(html);
  const total = tables[0].findings.length;

  it('states the count and groups by severity then type', () => {
    expect(text).toContain(`共 ${total} 个问题`);
    expect(text.indexOf('错误')).toBeLessThan(text.indexOf('警告'));
    expect(text).toContain('缺少偏差原因');
    expect(text).toContain('得分与规则不符');
  });

  it('makes every finding a button naming its cell', () => {
    const buttons = html.match(/<button[^>]*data-finding-cell="[^"]+"/g) ?? [];
    expect(buttons).toHaveLength(total);
    expect(html).toContain('data-finding-cell="附件4!K14"');
    expect(html).toMatch(/aria-label="转到 附件4!K14：/);
  });

  it('says so when there is nothing to fix', () => {
    const clean = renderPane(<FindingsView tables={[{ ...tables[0], findings: [] }]} onSelect={noop} />);
    expect(textOf(clean)).toContain('没有发现问题');
  });

  it('heads each finding with its type in English, the engine’s Chinese message below it', () => {
    const en = renderPane(<FindingsView tables={tables} onSelect={noop} />, 'en');
    const first = tables[0].findings.find((f) => f.code === 'missing-reason')!;
    const button = en.match(new RegExp(`<button[^>]*data-finding-cell="附件4!${first.cell}"[^>]*>.*?</button>`))![0];
    expect(button).toContain(`aria-label="Go to 附件4!${first.cell}: Missing explanation. ${first.message}"`);
    expect(textOf(button)).toContain(`Missing explanation ${first.message}`);
    expect(button).toContain('lang="zh-CN"');
    // In Chinese the message alone says it.
    expect(html).not.toContain('Missing explanation');
  });
});

describe('评分 view on the sample', () => {
  const text = textOf(renderPane(<ScoresView tables={tables} chart={false} />));

  it('shows 执行率, the three totals and the grade', () => {
    expect(text).toContain('预算执行率');
    expect(text).toContain('96.89%');
    expect(text).toContain('填报');
    expect(text).toContain('各项合计');
    expect(text).toContain('按规则重算');
    expect(text).toContain(tables[0].total!.rescored);
  });

  it('lists score against weight by 一级指标', () => {
    expect(text).toContain('各一级指标得分');
    for (const section of tables[0].sections) expect(text).toContain(section.name.replace(/\s+/g, ' ').trim());
  });

  it('only offers tables that have scores', () => {
    expect(scoredTables(tables)).toHaveLength(1);
    expect(scoredTables([{ ...tables[0], total: null, grade: null, sections: [], executionRate: null }])).toEqual([]);
  });
});

describe('the whole pane', () => {
  it('renders the ready state in English', () => {
    const session = new FakeSession({ status: 'ready', tables });
    const text = textOf(renderPane(<App session={session} language="en" autoScan={false} chart={false} />));
    expect(text).toContain('Performance Form Assistant');
    expect(text).toContain('Recalculate');
    expect(text).toContain('Project self-evaluation');
    expect(text).not.toContain('重新计算');
  });

  it('shows a progress bar with a cancel button while scanning', () => {
    const session = new FakeSession({ status: 'scanning', progress: { done: 3, total: 10, label: '附件4' } });
    const html = renderPane(<App session={session} autoScan={false} />);
    expect(html).toContain('role="progressbar"');
    expect(textOf(html)).toContain('3 / 10 · 附件4');
    expect(textOf(html)).toContain('取消');
  });

  it('shows the session error', () => {
    const session = new FakeSession({ status: 'error', error: '工作簿已关闭' });
    expect(textOf(renderPane(<App session={session} autoScan={false} />))).toContain('出错了：工作簿已关闭');
  });

  it('labels the mode choice and the clear-marks toggle', () => {
    const session = new FakeSession({ status: 'ready', tables, highlightsOn: true, mode: 'review' });
    const html = renderPane(<App session={session} autoScan={false} />);
    expect(textOf(html)).toContain('清除标记');
    expect(html).toContain('aria-pressed="true"');
    expect(textOf(html)).toContain('审核');
  });
});
