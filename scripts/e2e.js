#!/usr/bin/env node
/**
 * Browser end-to-end tests of the playground (tests/e2e/*.spec.ts), in
 * Debian's headless chromium at /usr/bin/chromium through playwright-core.
 *
 *   node scripts/e2e.js [--no-build] [--only NAME]
 *
 * Builds the pages (webpack production) unless --no-build, serves build/web on
 * a free localhost port, runs every scenario in a fresh browser context and
 * prints `e2e: N passed, M failed`. Screenshots and metrics go to
 * test-artifacts/e2e/. Exits 1 when a scenario fails; when /usr/bin/chromium
 * is absent it says so and exits 0 with `e2e: 0 passed, 0 failed, 1 skipped`.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const { transformSync } = require('@swc/core');
const kit = require('./web-test-kit');

const ARTIFACTS = path.join(kit.ROOT, 'test-artifacts', 'e2e');
const SPEC_DIR = path.join(kit.ROOT, 'tests', 'e2e');

// The specs are TypeScript: compile them on the fly with swc, as scripts/run-ts.js does.
for (const ext of ['.ts', '.tsx']) {
  Module._extensions[ext] = (module, filename) => {
    const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
      filename,
      module: { type: 'commonjs' },
      jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: ext === '.tsx' } },
    });
    module._compile(code, filename);
  };
}

function loadScenarios(only) {
  const files = fs.readdirSync(SPEC_DIR).filter((f) => f.endsWith('.spec.ts')).sort();
  const scenarios = files.flatMap((file) => {
    const spec = require(path.join(SPEC_DIR, file));
    return (spec.scenarios ?? []).map((s) => ({ ...s, file }));
  });
  return only ? scenarios.filter((s) => s.name.includes(only)) : scenarios;
}

async function runScenario(browser, baseUrl, scenario) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN', deviceScaleFactor: 1, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || /Content Security Policy|Refused to/.test(text)) problems.push(`console ${message.type()}: ${text}`);
  });
  try {
    await scenario.run({ page, baseUrl, artifacts: ARTIFACTS });
    if (problems.length) throw new Error(problems.join('\n'));
  } catch (error) {
    await page.screenshot({ path: path.join(ARTIFACTS, `failed-${scenario.name.replace(/[^\w-]+/g, '_')}.png`) }).catch(() => undefined);
    throw error;
  } finally {
    await context.close();
  }
}

async function main() {
  const args = process.argv.slice(2);
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
  if (!kit.hasChromium()) {
    console.log(`e2e: skipped: ${kit.CHROMIUM} is absent (install Debian's chromium: apt-get install chromium)`);
    console.log('e2e: 0 passed, 0 failed, 1 skipped');
    return 0;
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  for (const stale of fs.readdirSync(ARTIFACTS).filter((f) => f.startsWith('failed-'))) fs.rmSync(path.join(ARTIFACTS, stale));
  if (!args.includes('--no-build')) {
    const started = Date.now();
    await kit.buildWeb();
    console.log(`e2e: built build/web in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const fixture = path.join(kit.ROOT, 'tests', 'fixtures', 'out', 'seed-001-yueyang.xlsx');
  if (!fs.existsSync(fixture)) {
    // The file-picker scenario opens a seed workbook: build them as the jest setup does.
    await require(path.join(kit.ROOT, 'tests', 'fixtures', 'build-all.ts')).buildAllFixtures(path.dirname(fixture));
  }
  const scenarios = loadScenarios(only);
  const server = await kit.serveStatic();
  const browser = await kit.launchChromium();
  let passed = 0;
  let failed = 0;
  try {
    for (const scenario of scenarios) {
      const started = Date.now();
      try {
        await runScenario(browser, server.url, scenario);
        passed += 1;
        console.log(`  ✓ ${scenario.name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed += 1;
        console.log(`  ✗ ${scenario.name} (${scenario.file})\n    ${String(error && error.stack ? error.stack : error).split('\n').join('\n    ')}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error && error.stack ? error.stack : error);
    console.log('e2e: 0 passed, 1 failed');
    process.exit(1);
  },
);
