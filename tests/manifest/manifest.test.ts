import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkManifest } from './manifest-checker';
import type { ManifestCheckOptions } from './manifest-checker';

const ROOT = path.join(__dirname, '..', '..');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

/** HTML pages webpack.config.js emits. */
async function builtPages(): Promise<string[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, 'webpack.config.js'));
  const config = await makeConfig({}, { mode: 'production' });
  return config.plugins
    .filter((plugin: { constructor: { name: string } }) => plugin.constructor.name === 'HtmlWebpackPlugin')
    .map((plugin: { userOptions: { filename: string } }) => plugin.userOptions.filename);
}

let options: ManifestCheckOptions;

beforeAll(async () => {
  options = { assetsDir: path.join(ROOT, 'assets'), origin: 'https://localhost:3000', pages: await builtPages() };
});

/** Problems of a copy of the manifest with `find` replaced; fails if `find` is not in it. */
function brokenCopy(find: string | RegExp, replace: string): string[] {
  const copy = MANIFEST.replace(find, replace);
  expect(copy).not.toBe(MANIFEST);
  return checkManifest(copy, options);
}

describe('manifest.xml', () => {
  it('passes every offline check', () => {
    expect(checkManifest(MANIFEST, options)).toEqual([]);
  });

  it('is a task pane app for Excel with the expected identity', () => {
    expect(MANIFEST).toContain('xsi:type="TaskPaneApp"');
    expect(MANIFEST).toContain('<ProviderName>绩效表格助手</ProviderName>');
    expect(MANIFEST).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
    expect(MANIFEST).toContain('<Set Name="ExcelApi" MinVersion="1.7"/>');
    expect(MANIFEST).not.toContain('<AppDomain>');
  });

  it('has a ribbon button 打开助手 in a group 绩效表格助手 on the Home tab', () => {
    expect(MANIFEST).toContain('<OfficeTab id="TabHome">');
    expect(MANIFEST).toMatch(/<bt:String id="Group.Label" DefaultValue="绩效表格助手">/);
    expect(MANIFEST).toMatch(/<bt:String id="OpenButton.Label" DefaultValue="打开助手">/);
    expect(MANIFEST).toContain('<Action xsi:type="ShowTaskpane">');
  });
});

describe('the manifest checker catches', () => {
  const expectProblem = (problems: string[], pattern: RegExp) =>
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(pattern)]));

  it('XML that is not well-formed', () => {
    expectProblem(brokenCopy('</DisplayName>', '</Displayname>'), /not well-formed/);
  });

  it('a resid that Resources does not define', () => {
    expectProblem(brokenCopy('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'), /"Group.Missing" is not defined/);
  });

  it('a resid defined in the wrong Resources section', () => {
    expectProblem(
      brokenCopy('<Label resid="OpenButton.Label"/>', '<Label resid="OpenButton.Tooltip"/>'),
      /defined in bt:LongStrings, expected bt:ShortStrings/,
    );
  });

  it('a resource string without an en-US override', () => {
    expectProblem(
      brokenCopy(/(<bt:String id="OpenButton.Label"[^>]*>)\s*<bt:Override[^>]*\/>/, '$1'),
      /"OpenButton.Label" has no en-US bt:Override/,
    );
  });

  it('an icon URL with no file in assets/', () => {
    expectProblem(brokenCopy('assets/icon-80.png', 'assets/icon-81.png'), /no file icon-81.png in assets/);
  });

  it('an icon URL outside assets/', () => {
    expectProblem(brokenCopy('/assets/icon-32.png', '/icon-32.png'), /is not under https:\/\/localhost:3000\/assets\//);
  });

  it('a URL on another origin', () => {
    expectProblem(brokenCopy('https://localhost:3000/commands.html', 'https://localhost:3001/commands.html'), /is not on/);
  });

  it('a page URL the build does not emit', () => {
    expectProblem(brokenCopy('https://localhost:3000/commands.html', 'https://localhost:3000/missing.html'), /not a page the build emits/);
  });

  it('a second host', () => {
    expectProblem(brokenCopy('<Host Name="Workbook"/>', '<Host Name="Workbook"/><Host Name="Document"/>'), /exactly one Host/);
  });

  it('a host other than Workbook', () => {
    expectProblem(brokenCopy('<Host Name="Workbook"/>', '<Host Name="Document"/>'), /exactly one Host/);
  });

  it('no ExcelApi requirement', () => {
    expectProblem(brokenCopy('<Set Name="ExcelApi" MinVersion="1.7"/>', ''), /no Set Name="ExcelApi"/);
  });

  it('an ExcelApi requirement without MinVersion', () => {
    expectProblem(brokenCopy('<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi"/>'), /ExcelApi has no MinVersion/);
  });

  it('a default locale other than zh-CN', () => {
    expectProblem(brokenCopy('<DefaultLocale>zh-CN</DefaultLocale>', '<DefaultLocale>en-US</DefaultLocale>'), /expected zh-CN/);
  });

  it('a display name without an en-US override', () => {
    expectProblem(brokenCopy(/(<DisplayName[^>]*>)\s*<Override[^>]*\/>/, '$1'), /DisplayName has no en-US Override/);
  });

  it('a plain http source location', () => {
    expectProblem(
      brokenCopy('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>', '<SourceLocation DefaultValue="http://localhost:3000/taskpane.html"/>'),
      /SourceLocation .* is not https/,
    );
  });

  it('children out of schema order', () => {
    const permissions = '<Permissions>ReadWriteDocument</Permissions>';
    const moved = MANIFEST.replace(permissions, '').replace('<Hosts>', `${permissions}\n  <Hosts>`);
    expect(moved).not.toBe(MANIFEST);
    expectProblem(checkManifest(moved, options), /out of schema order/);
  });

  it('an Id that is not a GUID', () => {
    expectProblem(brokenCopy(/<Id>[^<]*<\/Id>/, '<Id>jixiao</Id>'), /Id is not a GUID/);
  });

  it('a resource defined twice or never used', () => {
    const duplicate = '<bt:Image id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"/>';
    expectProblem(brokenCopy(duplicate, `${duplicate}${duplicate}`), /"Icon.16x16" is defined twice/);
    expectProblem(brokenCopy(duplicate, `${duplicate}${duplicate.replace('Icon.16x16', 'Icon.Spare')}`), /"Icon.Spare" is defined but never used/);
  });
});
