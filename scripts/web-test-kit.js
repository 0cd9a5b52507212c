/**
 * Shared by the browser tests (scripts/e2e.js) and the bench (bench/extra/bundle.ts):
 * build the pages, serve build/web on a free localhost port, launch Debian's
 * chromium through playwright-core (no browser is ever downloaded), and measure
 * how soon the playground's pane shows the recognised sample.
 */
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const BUILD_DIR = path.join(ROOT, 'build', 'web');
const CHROMIUM = process.env.JIXIAO_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
  '.xml': 'application/xml',
};

/** Production build of every page into build/web (the same as `npm run build:web`). */
async function buildWeb({ quiet = true } = {}) {
  const webpack = require('webpack');
  const makeConfig = require(path.join(ROOT, 'webpack.config.js'));
  const config = await makeConfig({}, { mode: 'production' });
  if (quiet) config.infrastructureLogging = { level: 'error' };
  const stats = await new Promise((resolve, reject) => {
    webpack(config, (error, result) => (error ? reject(error) : resolve(result)));
  });
  if (stats.hasErrors()) {
    const { errors } = stats.toJson({ all: false, errors: true });
    throw new Error(`webpack build failed:\n${errors.map((e) => e.message).join('\n')}`);
  }
  return BUILD_DIR;
}

/** A static file server for `dir` on 127.0.0.1 and a free port. Resolves with { url, close }. */
function serveStatic(dir = BUILD_DIR) {
  const root = path.resolve(dir);
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const file = path.resolve(root, `.${pathname === '/' ? '/playground.html' : pathname}`);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://localhost:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

function hasChromium() {
  return fs.existsSync(CHROMIUM);
}

/** Debian's chromium, headless, through playwright-core. */
async function launchChromium() {
  const { chromium } = require('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Milliseconds from navigation start until the playground's pane first shows
 * the recognised sample (the playground records it in window.jixiaoPlayground).
 */
async function measureInteractive(browser, baseUrl) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/playground.html`);
    await page.waitForFunction(() => Boolean(window.jixiaoPlayground && window.jixiaoPlayground.readyMs !== null), null, { timeout: 15000 });
    return await page.evaluate(() => Math.round(window.jixiaoPlayground.readyMs));
  } finally {
    await context.close();
  }
}

/** Median of `runs` measurements (the first run also warms the browser's own caches). */
async function medianInteractive(browser, baseUrl, runs = 3) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await measureInteractive(browser, baseUrl));
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], times };
}

module.exports = { ROOT, BUILD_DIR, CHROMIUM, CHROMIUM_ARGS, buildWeb, serveStatic, hasChromium, launchChromium, measureInteractive, medianInteractive };
