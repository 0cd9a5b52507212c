import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require(path.join(ROOT, 'webpack.config.js'));

type Mode = 'production' | 'development';
const MODES: Mode[] = ['production', 'development'];

interface HtmlPlugin {
  constructor: { name: string };
  userOptions: { filename: string; template: string; chunks: string[]; templateParameters: { contentSecurityPolicy: string } };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function load(mode: Mode): Promise<any> {
  return makeConfig({}, { mode });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function htmlPlugins(config: any): HtmlPlugin[] {
  return config.plugins.filter((plugin: HtmlPlugin) => plugin.constructor.name === 'HtmlWebpackPlugin');
}

function directive(policy: string, name: string): string[] {
  const found = policy.split(';').map((d) => d.trim().split(/\s+/)).find(([directiveName]) => directiveName === name);
  return found ? found.slice(1) : [];
}

describe.each(MODES)('webpack config in %s mode', (mode) => {
  it('builds the task pane and the playground from their sources', async () => {
    const config = await load(mode);
    expect(config.mode).toBe(mode);
    expect(config.entry).toMatchObject({
      taskpane: './src/taskpane/index.tsx',
      playground: './src/playground/index.tsx',
    });
    for (const entry of Object.values(config.entry) as string[]) {
      expect(fs.existsSync(path.join(ROOT, entry))).toBe(true);
    }
  });

  it('writes to build/web/', async () => {
    const config = await load(mode);
    expect(config.output.path).toBe(path.join(ROOT, 'build', 'web'));
  });

  it('never uses an eval source map', async () => {
    const config = await load(mode);
    expect(config.devtool === false || typeof config.devtool === 'string').toBe(true);
    expect(String(config.devtool)).not.toMatch(/eval/);
  });

  it('emits taskpane.html, commands.html and playground.html from their templates', async () => {
    const pages = htmlPlugins(await load(mode)).map((p) => [p.userOptions.filename, p.userOptions.template, p.userOptions.chunks]);
    expect(pages).toEqual([
      ['taskpane.html', './src/taskpane/taskpane.html', ['taskpane']],
      ['commands.html', './src/taskpane/commands.html', ['commands']],
      ['playground.html', './src/playground/playground.html', ['playground']],
    ]);
  });

  it('gives every page a CSP without unsafe-eval or unsafe-inline', async () => {
    for (const plugin of htmlPlugins(await load(mode))) {
      const policy = plugin.userOptions.templateParameters.contentSecurityPolicy;
      expect(policy).not.toMatch(/unsafe-eval/);
      expect(policy).not.toMatch(/unsafe-inline/);
      expect(directive(policy, 'script-src')).toEqual(["'self'"]);
      expect(directive(policy, 'img-src')).toEqual(["'self'", 'data:']);
      // Only empty inline <style> blocks (Fluent fills them through CSSOM) are allowed.
      const emptyStringHash = `'sha256-${createHash('sha256').update('').digest('base64')}'`;
      expect(directive(policy, 'style-src')).toEqual(["'self'", emptyStringHash]);
      const connect = directive(policy, 'connect-src');
      expect(connect[0]).toBe("'self'");
      if (mode === 'production') expect(connect).toEqual(["'self'"]);
      else expect(connect).toContain('ws://localhost:3000');
    }
  });

  it('copies assets/ and office.js', async () => {
    const config = await load(mode);
    const copy = config.plugins.find((p: { constructor: { name: string } }) => p.constructor.name === 'CopyPlugin');
    const patterns = copy.patterns.map((p: { from: string; to: string }) => [p.from, p.to]);
    expect(patterns).toEqual([
      ['assets', 'assets'],
      ['node_modules/@microsoft/office-js/dist', 'office-js'],
    ]);
  });

  it('serves on port 3000 over http when not asked to serve', async () => {
    const config = await load(mode);
    expect(config.devServer.port).toBe(3000);
    expect(config.devServer.server).toBe('http');
    expect(config.devServer.headers['Access-Control-Allow-Origin']).toBe('*');
  });
});

describe('production build', () => {
  it('hashes file names and tree-shakes', async () => {
    const config = await load('production');
    expect(config.output.filename).toMatch(/\[contenthash/);
    expect(config.output.chunkFilename).toMatch(/\[contenthash/);
    expect(config.optimization.usedExports).toBe(true);
    expect(config.optimization.sideEffects).toBe(true);
    expect(config.optimization.minimize).toBe(true);
    expect(config.optimization.splitChunks.chunks).toBe('all');
  });
});

describe('page templates', () => {
  const templates = ['src/taskpane/taskpane.html', 'src/taskpane/commands.html', 'src/playground/playground.html'];

  it.each(templates)('%s takes its CSP from the build and names no outside host', (template) => {
    const html = fs.readFileSync(path.join(ROOT, template), 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="<%= contentSecurityPolicy %>" \/>/);
    expect(html).not.toMatch(/unsafe-eval/);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<style|style=/);
  });

  it.each(['src/taskpane/taskpane.html', 'src/taskpane/commands.html'])('%s loads our own office.js first', (template) => {
    const html = fs.readFileSync(path.join(ROOT, template), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts[0]).toBe('office-js/office.js');
  });
});
