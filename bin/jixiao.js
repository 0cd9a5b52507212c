#!/usr/bin/env node
'use strict';
// The jixiao command line. The TypeScript sources compile to dist/ (npm run build:cli);
// when dist/ is missing, the first run compiles it.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const entry = path.join(root, 'dist', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('jixiao: 首次运行，正在编译命令行程序…\n');
  const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
  const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (r.status !== 0 || !fs.existsSync(entry)) {
    process.stderr.write('jixiao: 编译失败。请先运行 npm install，再运行 npm run build:cli。\n');
    process.exit(2);
  }
}
const { main } = require(entry);
main(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e) => {
    process.stderr.write(`jixiao: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 2;
  });
