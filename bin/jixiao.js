#!/usr/bin/env node
'use strict';
// The jixiao command line. The TypeScript sources compile to dist/ on `npm install` (the prepare script).
let main;
try {
  ({ main } = require('../dist/cli/main.js'));
} catch (e) {
  console.error('jixiao: 找不到编译后的程序（dist/）。请先运行 npm install 或 npm run build:cli。');
  console.error(String(e && e.message));
  process.exit(2);
}
main(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e) => {
    console.error(`jixiao: ${e && e.stack ? e.stack : e}`);
    process.exitCode = 2;
  });
