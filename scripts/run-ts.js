#!/usr/bin/env node
// Runs a TypeScript file directly (fixtures builder, benchmarks) by compiling
// each required .ts/.tsx file with swc on the fly. No type checking here:
// `npm run typecheck` does that.
const fs = require('fs');
const path = require('path');
const Module = require('module');
const { transformSync } = require('@swc/core');

function compile(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    filename,
    sourceMaps: 'inline',
    module: { type: 'commonjs' },
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx: filename.endsWith('.tsx') },
      transform: { react: { runtime: 'automatic' } },
    },
  });
  module._compile(code, filename);
}
Module._extensions['.ts'] = compile;
Module._extensions['.tsx'] = compile;

const [file, ...args] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/run-ts.js <file.ts> [args…]');
  process.exit(2);
}
process.argv = [process.argv[0], path.resolve(file), ...args];
require(path.resolve(file));
