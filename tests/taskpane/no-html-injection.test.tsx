import type { Finding } from '../../src/core/model/finding';
import { App } from '../../src/taskpane/App';
import type { PaneTable } from '../../src/taskpane/session';
import { FindingsView } from '../../src/taskpane/views/FindingsView';
import { RecogniseView } from '../../src/taskpane/views/RecogniseView';
import { ScoresView } from '../../src/taskpane/views/ScoresView';
import { FakeSession } from './fake-session';
import { renderPane } from './render';

const ATTACK = '<img src=x onerror="alert(1)">';
const SCRIPT = '<script>alert(2)</script>';

const finding: Finding = {
  code: 'missing-reason',
  severity: 'error',
  sheet: `附件4${SCRIPT}`,
  cell: 'K14',
  message: `偏差原因为空 ${ATTACK}`,
  expected: ATTACK,
  actual: SCRIPT,
};

const table: PaneTable = {
  id: 'x!C3:K40',
  sheet: `附件4${SCRIPT}`,
  range: 'C3:K40',
  template: 'project-self-eval',
  templateName: '项目支出绩效自评表',
  unit: ATTACK,
  project: SCRIPT,
  executionRate: '96.89%',
  total: { cell: 'J40', reported: '98', computed: '98.00', rescored: '99.69', max: '100' },
  grade: { cell: null, reported: ATTACK, computed: '优' },
  indicators: [{ row: 14, level1: ATTACK, level2: ATTACK, name: ATTACK, target: ATTACK, actual: SCRIPT, weight: '10', reported: '10', computed: '10.00', kind: 'positive' }],
  findings: [finding],
  counts: { error: 1, warning: 0, info: 0 },
  sections: [{ name: ATTACK, weight: '50', score: '49', rate: '98.00%' }],
  fields: [{ label: ATTACK, cell: 'D4', value: SCRIPT }],
  bindings: [{ row: 14, name: ATTACK, kind: 'positive', kindOverridden: false, cells: [{ role: 'target', address: 'G14' }] }],
};

function expectEscaped(html: string): void {
  expect(html).not.toMatch(/<img/i);
  expect(html).not.toMatch(/<script/i);
  expect(html).toContain('&lt;img');
}

describe('workbook text is rendered as text', () => {
  it('in the findings view: message, sheet, expected and actual', () => {
    const html = renderPane(<FindingsView tables={[table]} onSelect={() => undefined} />);
    expectEscaped(html);
    expect(html).toContain('&lt;script&gt;');
  });

  it('in the recognise view: fields, values, indicator names, project and unit', () => {
    expectEscaped(renderPane(<RecogniseView tables={[table]} onSelect={() => undefined} onKind={() => undefined} onRebind={() => undefined} />));
  });

  it('in the scores view: section names and grades', () => {
    expectEscaped(renderPane(<ScoresView tables={[table]} chart={false} />));
  });

  it('in the whole pane, in every tab and both languages', () => {
    for (const initialTab of ['recognise', 'findings', 'scores'] as const) {
      for (const language of ['zh-CN', 'en'] as const) {
        const session = new FakeSession({ status: 'ready', tables: [table], message: ATTACK });
        expectEscaped(renderPane(<App session={session} autoScan={false} initialTab={initialTab} language={language} chart={false} />));
      }
    }
  });

  it('and the pane sources never use dangerouslySetInnerHTML', () => {
    const fs = require('node:fs') as typeof import('node:fs');
    const path = require('node:path') as typeof import('node:path');
    const roots = ['src/taskpane', 'src/playground'].map((d) => path.join(__dirname, '..', '..', d));
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name)) files.push(full);
      }
    };
    roots.forEach(walk);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = fs.readFileSync(file, 'utf8');
      expect([file, /dangerouslySetInnerHTML|innerHTML\s*=|insertAdjacentHTML|document\.write/.test(source)]).toEqual([file, false]);
    }
  });
});
