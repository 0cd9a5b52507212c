#!/usr/bin/env node
/**
 * Runs webpack-dev-server with the development config on port 3000.
 *
 *   node scripts/dev-server.js [--ensure-certs] [--open]
 *
 * Serves https when the Office add-in developer certificates are installed
 * (with --ensure-certs: installs them first, as desktop sideloading needs),
 * plain http otherwise. Needs no network.
 */
'use strict';

const webpack = require('webpack');
const WebpackDevServer = require('webpack-dev-server');
const makeConfig = require('../webpack.config.js');

const PLAYGROUND_PAGE = '/playground.html';

/** Starts the dev server; resolves once it listens, with the playground URL. */
async function startDevServer({ ensureCerts = false, openBrowser = false } = {}) {
  const config = await makeConfig({ devServer: true, ensureCerts }, { mode: 'development' });
  const protocol = config.devServer.server === 'http' ? 'http' : 'https';
  const origin = `${protocol}://localhost:${config.devServer.port}`;
  const compiler = webpack(config);
  compiler.hooks.done.tap('jixiao-dev-server', (stats) => {
    if (!stats.hasErrors()) console.log(`\n绩效表格助手 ready: ${origin}${PLAYGROUND_PAGE}  (task pane: ${origin}/taskpane.html)\n`);
  });
  const server = new WebpackDevServer({ ...config.devServer, open: openBrowser ? [PLAYGROUND_PAGE] : false }, compiler);
  try {
    await server.start();
  } catch (error) {
    if (error && error.code === 'EADDRINUSE') {
      throw new Error(`port ${config.devServer.port} is already in use: stop the other dev server first`);
    }
    throw error;
  }
  console.log(`Playground: ${origin}${PLAYGROUND_PAGE}`);
  return { server, url: `${origin}${PLAYGROUND_PAGE}` };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  startDevServer({ ensureCerts: args.includes('--ensure-certs'), openBrowser: args.includes('--open') }).catch(
    (error) => {
      console.error(`dev server failed: ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    },
  );
}

module.exports = { startDevServer, PLAYGROUND_PAGE };
