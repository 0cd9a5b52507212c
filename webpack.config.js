/**
 * Builds the Excel task pane (taskpane.html), the ribbon's function file
 * (commands.html) and the browser playground (playground.html) into build/web/.
 *
 *   webpack --mode production        one-off build with content-hashed files
 *   node scripts/start.js            dev server on port 3000 (see scripts/dev-server.js)
 *
 * The pages carry a Content-Security-Policy meta tag built here per mode.
 * Nothing is evaluated from strings (no eval source maps), and office.js is
 * served from our own origin (copied from @microsoft/office-js).
 */
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_SERVER_PORT = 3000;
const OUTPUT_DIR = path.resolve(__dirname, 'build', 'web');

/**
 * Fluent UI (Griffel and FluentProvider) creates EMPTY <style> elements and
 * fills them through CSSOM insertRule, which CSP does not govern. An empty
 * inline style block is allowed by the hash of the empty string, so styles
 * need neither 'unsafe-inline' nor a nonce.
 */
const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/** The Content-Security-Policy of every page, for the given webpack mode. */
function contentSecurityPolicy(mode) {
  const devReload =
    mode === 'development' ? [`ws://localhost:${DEV_SERVER_PORT}`, `wss://localhost:${DEV_SERVER_PORT}`] : [];
  const directives = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", EMPTY_STYLE_HASH],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...devReload],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * HTTPS options for the dev server when the Office add-in developer
 * certificates are already installed; undefined otherwise (plain http).
 * With `ensure`, installs them first (desktop sideloading needs https).
 */
async function devServerHttpsOptions(ensure) {
  const certificateDir = path.join(os.homedir(), '.office-addin-dev-certs');
  const certificateFiles = ['ca.crt', 'localhost.crt', 'localhost.key'];
  const present = certificateFiles.every((file) => fs.existsSync(path.join(certificateDir, file)));
  if (!present && !ensure) return undefined;
  try {
    const devCerts = require('office-addin-dev-certs');
    // getHttpsServerOptions installs certificates when they are missing or
    // invalid: only let it do so when asked to.
    if (!ensure && !devCerts.verifyCertificates()) return undefined;
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    if (ensure) throw error;
    return undefined;
  }
}

function page(name, template, chunks, mode) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template,
    chunks,
    scriptLoading: 'defer',
    templateParameters: { contentSecurityPolicy: contentSecurityPolicy(mode) },
    minify: mode === 'production' ? { collapseWhitespace: true, removeComments: true } : false,
  });
}

/**
 * @param {Record<string, unknown>} env  webpack-cli's --env values; WEBPACK_SERVE is
 *   set by `webpack serve`, `ensureCerts` by scripts/dev-server.js for desktop debugging.
 * @param {{ mode?: 'production' | 'development' }} argv
 */
module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === 'production' ? 'production' : 'development';
  const production = mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE || env.devServer);
  const httpsOptions = serving ? await devServerHttpsOptions(Boolean(env.ensureCerts)) : undefined;

  return {
    mode,
    context: __dirname,
    target: ['web', 'es2020'],
    // Never an eval-based source map: the CSP forbids 'unsafe-eval'.
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/taskpane/commands.ts',
      playground: './src/playground/index.tsx',
    },
    output: {
      path: OUTPUT_DIR,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.mjs', '.js', '.json'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic', development: !production } },
                target: 'es2020',
              },
              sourceMaps: true,
            },
          },
        },
      ],
    },
    plugins: [
      page('taskpane', './src/taskpane/taskpane.html', ['taskpane'], mode),
      page('commands', './src/taskpane/commands.html', ['commands'], mode),
      page('playground', './src/playground/playground.html', ['playground'], mode),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          {
            from: 'node_modules/@microsoft/office-js/dist',
            to: 'office-js',
            // The page loads office.js, which then loads only non-debug files.
            globOptions: { ignore: ['**/*.debug.js', '**/*.d.ts'] },
            info: { minimized: true },
          },
        ],
      }),
    ],
    optimization: {
      usedExports: true,
      sideEffects: true,
      concatenateModules: production,
      minimize: production,
      runtimeChunk: false,
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // The same React for every page: one long-lived chunk.
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: 'react',
            priority: 20,
          },
          // Everything else from node_modules (Fluent UI, Griffel, Tabster …),
          // split per set of pages, so the task pane never loads modules only
          // the playground uses.
          vendors: {
            test: /[\\/]node_modules[\\/]/,
            priority: 10,
            reuseExistingChunk: true,
          },
        },
      },
    },
    performance: {
      hints: production ? 'warning' : false,
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1024 * 1024,
      assetFilter: (file) => file.endsWith('.js') && !file.startsWith('office-js/'),
    },
    devServer: {
      port: DEV_SERVER_PORT,
      host: 'localhost',
      server: httpsOptions ? { type: 'https', options: httpsOptions } : 'http',
      headers: {
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'no-store',
      },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false, runtimeErrors: true } },
    },
  };
};

module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.DEV_SERVER_PORT = DEV_SERVER_PORT;
module.exports.OUTPUT_DIR = OUTPUT_DIR;
