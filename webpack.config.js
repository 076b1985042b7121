/*
 * Kring's browser build: the task pane (Excel) and the playground (the task pane beside the
 * in-memory Excel test host, no Office needed).
 *
 *   webpack --mode production                      dist/ for deployment; no certificates needed
 *   webpack serve --mode development               https://localhost:3000 (dev certificates)
 *   webpack serve --mode development --env http --env port=8080
 *                                                  plain http, e.g. for the playground/e2e tests
 *   webpack --mode production --env publicUrl=https://kring.example.org/
 *                                                  dist/manifest.xml points at that host
 *   webpack --mode production --env sourcemap      also write separate .map files
 *
 * The browser bundle must never contain ExcelJS, Node built-ins, the Node side of src/xlsx
 * (gateway.ts with files, node/ with zlib) or src/cli: the KeepOutOfBrowserPlugin below fails the
 * build if any of them is reached from an entry. The rest of src/xlsx (with JSZip and saxes)
 * builds the access workbook in the pane, in a chunk of its own loaded only for that.
 */
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const DEFAULT_PORT = 3000;

/** Where the Fluent UI icon font files are served, relative to the pages (dist/fonts/). */
const ICON_FONT_BASE = 'fonts/';

/**
 * Runs before anything else in each page. Fluent UI v8 reads window.FabricConfig when its modules
 * load: without it, @fluentui/theme registers Segoe UI web fonts from Microsoft's font CDN (which
 * the Content-Security-Policy blocks, with console errors) and initializeIcons() without an
 * argument would fetch icons from the CDN. With it, text uses the locally installed Segoe UI /
 * system font, and the icon font comes from fonts/ (also explicit: initializeIcons('fonts/')).
 * A data: module keeps this out of the inline-script-free HTML and before any import.
 */
const FABRIC_CONFIG_MODULE =
  'data:text/javascript,' +
  encodeURIComponent(
    `window.FabricConfig = Object.assign({ fontBaseUrl: '', iconBaseUrl: ${JSON.stringify(ICON_FONT_BASE)} }, window.FabricConfig);`,
  );

/** Excel on the web's build of Microsoft's Excel client library (a devDependency), for the playground. */
const OFFICE_JS_WEB = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist', 'excel-web-16.00.js');

/** Modules that belong to Node (CLI, .xlsx gateway) and must not reach a browser entry. */
const FORBIDDEN = [
  { test: /[\\/]node_modules[\\/]exceljs[\\/]/, what: 'ExcelJS' },
  { test: /[\\/]node_modules[\\/]jszip[\\/]lib[\\/](compressedObject|compressions)\.js$/, what: "JSZip's internals (src/xlsx/node/codec.ts)" },
  { test: /[\\/]src[\\/]xlsx[\\/](gateway\.ts$|node[\\/])/, what: 'the Node side of src/xlsx (gateway.ts, node/)' },
  { test: /[\\/]src[\\/]cli[\\/]/, what: 'src/cli (command line)' },
];

class KeepOutOfBrowserPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap('KeepOutOfBrowserPlugin', (compilation) => {
      compilation.hooks.finishModules.tap('KeepOutOfBrowserPlugin', (modules) => {
        const reported = new Set();
        for (const module of modules) {
          const resource = module.resource;
          if (!resource) continue;
          for (const rule of FORBIDDEN) {
            if (rule.test.test(resource) && !reported.has(rule.what)) {
              reported.add(rule.what);
              const issuer = compilation.moduleGraph.getIssuer(module);
              const from = issuer && issuer.resource ? ` (imported from ${path.relative(__dirname, issuer.resource)})` : '';
              compilation.errors.push(
                new Error(`${rule.what} must not be part of the browser bundle: ${path.relative(__dirname, resource)}${from}`),
              );
            }
          }
        }
      });
    });
  }
}

/**
 * Directory holding Fluent UI's MDL2 icon font files (fabric-icons-*.woff): those of the copy of
 * @fluentui/font-icons-mdl2 that @fluentui/react uses (its package.json is not exported, so walk
 * up from the resolved entry point).
 */
function iconFontDir() {
  const react = require.resolve('@fluentui/react');
  let dir = path.dirname(require.resolve('@fluentui/font-icons-mdl2', { paths: [react] }));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('@fluentui/font-icons-mdl2 not found');
    dir = up;
  }
  const fonts = path.join(dir, 'fonts');
  if (!fs.existsSync(fonts)) throw new Error(`Fluent UI icon fonts not found in ${fonts}`);
  return fonts;
}

/**
 * Options for the https dev server. With Excel (Windows/macOS) these are the trusted Office
 * dev certificates (installed on first use). On Linux there is no Excel: use the dev
 * certificates if they already exist, otherwise webpack-dev-server's own self-signed one
 * (installing a CA needs sudo and does not reach Chromium's certificate store anyway).
 */
async function httpsServer() {
  if (process.platform === 'win32' || process.platform === 'darwin') {
    const devCerts = require('office-addin-dev-certs');
    return { type: 'https', options: await devCerts.getHttpsServerOptions() };
  }
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };
  if (Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) {
    const options = {};
    for (const [k, f] of Object.entries(files)) options[k] = fs.readFileSync(path.join(dir, f));
    return { type: 'https', options };
  }
  return 'https';
}

/** Rewrites the dev server's address in the manifest when a public URL is given. */
function manifestTransform(publicUrl) {
  if (!publicUrl) return undefined;
  const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
  if (!base.startsWith('https://')) throw new Error(`--env publicUrl must be an https URL, got ${publicUrl}`);
  return (content) => content.toString().split(DEV_URL).join(base);
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const dev = mode === 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  const port = Number(env.port || process.env.PORT || DEFAULT_PORT);

  const config = {
    mode,
    context: __dirname,
    target: ['web', 'es2020'],
    entry: {
      taskpane: [FABRIC_CONFIG_MODULE, './src/taskpane/index.tsx'],
      playground: [FABRIC_CONFIG_MODULE, './src/playground/index.tsx'],
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval.
    devtool: dev ? 'source-map' : env.sourcemap ? 'source-map' : false,
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              // ES modules so that webpack can split code and load parts lazily.
              compilerOptions: { module: 'esnext' },
            },
          },
        },
        {
          test: /\.(png|jpe?g|gif|svg)$/i,
          type: 'asset/resource',
          generator: { filename: 'assets/[name].[contenthash:8][ext]' },
        },
      ],
    },
    plugins: [
      new KeepOutOfBrowserPlugin(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'playground.html',
        template: './src/playground/playground.html',
        chunks: ['playground'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // The support page and privacy statement (Dutch and English) the manifest links to: static, no scripts.
          { from: 'src/pages/*.html', to: '[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: manifestTransform(env.publicUrl) },
          // The playground's Excel: Microsoft's own client library, unmodified (src/testhost/officejs.ts).
          // info.minimized: Terser must leave it byte for byte as published.
          { from: OFFICE_JS_WEB, to: 'officejs/[name][ext]', info: { minimized: true } },
          // Fluent UI icon font, served with the add-in: initializeIcons('fonts/').
          { from: '*.woff', context: iconFontDir(), to: `${ICON_FONT_BASE}[name][ext]` },
        ],
      }),
    ],
    optimization: {
      splitChunks: { chunks: 'all' },
    },
    performance: dev
      ? false
      : {
          hints: 'warning',
          // React + Fluent UI are large; warn when the initial download of a page grows past this.
          maxEntrypointSize: 1536 * 1024,
          maxAssetSize: 1024 * 1024,
          assetFilter: (file) => /\.(js|css)$/.test(file),
        },
    stats: dev ? 'minimal' : 'normal',
  };

  if (serving) {
    config.devServer = {
      port,
      server: env.http ? 'http' : await httpsServer(),
      // The build output (HTML, bundles, copied assets, manifest, fonts) is served from memory.
      static: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      hot: false,
      liveReload: !env.http,
      client: env.http ? false : { overlay: { warnings: false, errors: true } },
      open: false,
    };
  }

  return config;
};
