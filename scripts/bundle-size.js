#!/usr/bin/env node
/**
 * Prints the first-load JavaScript of each built page: the bundles the HTML
 * loads with <script src>, raw and gzipped. office.js is listed apart, since
 * Office serves it from cache and it is not part of our bundle.
 *
 *   webpack --mode production && node scripts/bundle-size.js [--max-gzip-kb 300]
 *
 * Exits 1 when the task pane's gzipped first-load bundle exceeds --max-gzip-kb.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const BUILD_DIR = path.join(__dirname, '..', 'build', 'web');
const PAGES = ['taskpane.html', 'commands.html', 'playground.html'];

function scriptSources(html) {
  // Minified HTML may leave attribute values unquoted.
  const pattern = /<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g;
  return [...html.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? match[3]);
}

function measure(page) {
  const html = fs.readFileSync(path.join(BUILD_DIR, page), 'utf8');
  const files = scriptSources(html).map((src) => {
    const relative = src.replace(/^\//, '').split('?')[0];
    const content = fs.readFileSync(path.join(BUILD_DIR, relative));
    return { file: relative, raw: content.length, gzip: zlib.gzipSync(content, { level: 9 }).length };
  });
  const bundle = files.filter((f) => !f.file.startsWith('office-js/'));
  const sum = (list, key) => list.reduce((total, f) => total + f[key], 0);
  return { page, files, raw: sum(bundle, 'raw'), gzip: sum(bundle, 'gzip') };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Gzipped first-load bundle of the task pane in KB (one decimal), from an existing build. */
function taskpaneFirstLoadGzipKB() {
  return Number((measure('taskpane.html').gzip / 1024).toFixed(1));
}

function main() {
  const flag = process.argv.indexOf('--max-gzip-kb');
  const maxGzipKb = flag >= 0 ? Number(process.argv[flag + 1]) : undefined;
  if (!fs.existsSync(BUILD_DIR)) {
    console.error('build/web does not exist: run `webpack --mode production` first.');
    process.exit(2);
  }
  let taskpaneGzip = 0;
  for (const page of PAGES.filter((p) => fs.existsSync(path.join(BUILD_DIR, p)))) {
    const result = measure(page);
    if (page === 'taskpane.html') taskpaneGzip = result.gzip;
    console.log(`${page}: first-load bundle ${kb(result.raw)} raw, ${kb(result.gzip)} gzipped`);
    for (const f of result.files) console.log(`  ${f.file}  ${kb(f.raw)} raw, ${kb(f.gzip)} gzipped`);
  }
  if (maxGzipKb !== undefined && taskpaneGzip > maxGzipKb * 1024) {
    console.error(`task pane first-load bundle ${kb(taskpaneGzip)} gzipped exceeds ${maxGzipKb} KB`);
    process.exit(1);
  }
}

if (require.main === module) main();

module.exports = { measure, taskpaneFirstLoadGzipKB, BUILD_DIR };
