#!/usr/bin/env node
/**
 * `npm start`: sideloads the add-in into desktop Excel where there is one,
 * otherwise serves the browser playground.
 *
 * - Windows or macOS with Excel installed, JIXIAO_PLAYGROUND unset:
 *   office-addin-debugging start manifest.xml desktop (runs scripts/dev-server.js
 *   over https; stop with `npx office-addin-debugging stop manifest.xml`).
 * - Anywhere else, or with JIXIAO_PLAYGROUND=1: the webpack dev server, printing
 *   the playground URL; a browser is opened only when there is a display.
 */
'use strict';

const { execFileSync, spawn } = require('node:child_process');
const path = require('node:path');
const { startDevServer } = require('./dev-server');

const ROOT = path.join(__dirname, '..');
const DEV_SERVER_PORT = require('../webpack.config.js').DEV_SERVER_PORT;

function succeeds(command, args) {
  try {
    return execFileSync(command, args, { stdio: ['ignore', 'pipe', 'ignore'], timeout: 10000 }).toString();
  } catch {
    return undefined;
  }
}

/** Whether desktop Excel is installed on this Windows or macOS machine. */
function hasDesktopExcel() {
  if (process.platform === 'win32') {
    const appPath = 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe';
    return ['HKLM', 'HKCU'].some((hive) => succeeds('reg', ['query', `${hive}\\${appPath}`]) !== undefined);
  }
  if (process.platform === 'darwin') {
    const found = succeeds('mdfind', ["kMDItemCFBundleIdentifier == 'com.microsoft.Excel'"]);
    return Boolean(found && found.trim());
  }
  return false;
}

function hasDisplay() {
  if (process.env.CI) return false;
  if (process.platform === 'win32' || process.platform === 'darwin') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function startDesktop() {
  const cli = path.join(path.dirname(require.resolve('office-addin-debugging/package.json')), 'cli.js');
  const devServer = `"${process.execPath}" scripts/dev-server.js --ensure-certs`;
  const args = ['start', 'manifest.xml', 'desktop', '--app', 'excel'];
  args.push('--dev-server', devServer, '--dev-server-port', String(DEV_SERVER_PORT));
  console.log('Sideloading into desktop Excel (set JIXIAO_PLAYGROUND=1 for the browser playground instead).');
  const child = spawn(process.execPath, [cli, ...args], { cwd: ROOT, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 1));
}

function main() {
  if (!process.env.JIXIAO_PLAYGROUND && hasDesktopExcel()) {
    startDesktop();
    return;
  }
  startDevServer({ openBrowser: hasDisplay() }).catch((error) => {
    console.error(`dev server failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}

main();
