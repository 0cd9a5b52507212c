import { renderToString } from 'react-dom/server';
import { SSRProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { PaneShell } from '../../src/taskpane/PaneShell';
import { isDarkColour, themeForBackground } from '../../src/taskpane/theme';
import { Playground } from '../../src/playground/Playground';
import { FakeSession } from '../taskpane/fake-session';

describe('task pane shell', () => {
  it('renders the header and the three tabs without Office', () => {
    const html = renderToString(
      <SSRProvider>
        <PaneShell theme={webLightTheme}>
          <App session={new FakeSession()} autoScan={false} />
        </PaneShell>
      </SSRProvider>,
    );
    expect(html).toContain('绩效表格助手');
    for (const label of ['识别', '问题', '评分']) expect(html).toContain(label);
  });

  it('renders the playground layout with the pane column', () => {
    const html = renderToString(
      <SSRProvider>
        <PaneShell theme={webLightTheme}>
          <Playground bar={null} sheet={null} sheetLabel="工作表" paneLabel="任务窗格" pane={<App session={new FakeSession()} autoScan={false} />} />
        </PaneShell>
      </SSRProvider>,
    );
    expect(html).toContain('任务窗格');
    expect(html).toContain('绩效表格助手');
  });
});

describe('Office theme', () => {
  it.each([
    ['#000000', true],
    ['#262626', true],
    ['#1f1f1f', true],
    ['#fff', false],
    ['#FFFFFF', false],
    ['#f3f3f3', false],
    ['#444444', true],
    ['#a0a0a0', false],
    ['', false],
    [undefined, false],
    ['not a colour', false],
  ])('body background %p is dark: %p', (colour, dark) => {
    expect(isDarkColour(colour)).toBe(dark);
  });

  it('picks the dark Fluent theme for a dark background', () => {
    expect(themeForBackground('#262626').colorNeutralBackground1).toBe(webDarkTheme.colorNeutralBackground1);
    expect(themeForBackground('#ffffff').colorNeutralBackground1).toBe(webLightTheme.colorNeutralBackground1);
    expect(themeForBackground(undefined).colorNeutralBackground1).toBe(webLightTheme.colorNeutralBackground1);
    expect(themeForBackground(undefined).fontFamilyBase).toMatch(/Microsoft YaHei/);
  });
});
