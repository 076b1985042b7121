#!/usr/bin/env node
/*
 * Kring's end-to-end tests: the playground (the real task pane on the in-memory Excel test host)
 * in Debian's headless Chromium via playwright-core. No Playwright test runner, no network.
 *
 *   node scripts/e2e.js                 build dist/ if it is missing or older than the sources, run all tests
 *   node scripts/e2e.js --build         always rebuild first
 *   node scripts/e2e.js --no-build      use dist/ as it is
 *   node scripts/e2e.js --grep keyboard run the tests whose name contains "keyboard"
 *
 * Environment: CHROMIUM=/path/to/chromium (default /usr/bin/chromium), E2E_TIMEOUT=ms per test.
 *
 * The tests are the *.spec.js files in test/e2e/; each exports an array of { name, run, timeout? }, where
 * run receives { page, context, baseUrl, open, saveScreenshot, ignoreExternal }. A test fails when run throws,
 * when the page requests anything from another host than 127.0.0.1 (all such requests are
 * blocked; ignoreExternal(url) accepts one exact address as expected-and-blocked), on an uncaught page error,
 * or on a console error. Screenshots go to test-results/. The last line reads "N passed, M failed";
 * the exit code is non-zero on any failure.
 */
'use strict';

const fs = require('fs');
const http = require('http');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const SPECS = path.join(ROOT, 'test', 'e2e');
const RESULTS = path.join(ROOT, 'test-results');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TEST_TIMEOUT = Number(process.env.E2E_TIMEOUT) || 60_000;

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

// ---------------------------------------------------------------------------------------------
// build

/** Newest modification time under the given files and directories. */
function newest(paths) {
  let max = 0;
  const visit = (p) => {
    let stat;
    try {
      stat = fs.statSync(p);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
    } else if (stat.mtimeMs > max) {
      max = stat.mtimeMs;
    }
  };
  paths.forEach(visit);
  return max;
}

/** Written after a build by this script (webpack leaves unchanged files with their old times). */
const STAMP = path.join(DIST, '.e2e-built');

function ensureBuild() {
  if (flag('--no-build')) return;
  const page = path.join(DIST, 'playground.html');
  const inputs = ['src', 'assets', 'webpack.config.js', 'tsconfig.json', 'manifest.xml', 'package-lock.json'].map((p) => path.join(ROOT, p));
  const builtAt = fs.existsSync(STAMP) ? fs.statSync(STAMP).mtimeMs : fs.existsSync(page) ? fs.statSync(page).mtimeMs : 0;
  const stale = !fs.existsSync(page) || newest(inputs) > builtAt;
  if (!flag('--build') && !stale) {
    console.log('e2e: dist/ is up to date');
    return;
  }
  console.log('e2e: building dist/ (webpack --mode production)');
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  const result = spawnSync(process.execPath, [cli, '--mode', 'production', '--stats', 'errors-warnings'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`webpack failed (exit ${result.status})`);
  fs.writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

// ---------------------------------------------------------------------------------------------
// static server on 127.0.0.1

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

function serve(dir) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || '/', 'http://127.0.0.1');
    let rel;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = path.join(dir, path.normalize(rel === '/' ? '/playground.html' : rel));
    if (!file.startsWith(dir + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(data);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ baseUrl: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// tests

function loadTests() {
  const files = fs.readdirSync(SPECS).filter((f) => f.endsWith('.spec.js')).sort();
  const grep = option('--grep');
  const tests = [];
  for (const file of files) {
    const exported = require(path.join(SPECS, file));
    for (const t of exported) {
      if (!t || typeof t.name !== 'string' || typeof t.run !== 'function') throw new Error(`${file}: every test needs a name and a run function`);
      if (!grep || t.name.includes(grep)) tests.push({ ...t, file });
    }
  }
  return tests;
}

const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function runTest(browser, baseUrl, test) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  context.setDefaultTimeout(15_000);
  const external = [];
  /** Addresses a test expects to be requested and blocked (e.g. office.js on the production page). */
  const expectedExternal = new Set();
  const pageErrors = [];
  const consoleErrors = [];
  // Nothing may leave 127.0.0.1: client data never leaves the workbook.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    if (!expectedExternal.has(route.request().url())) external.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // Chromium logs each blocked request; those are judged by their address above.
    const where = msg.location() && msg.location().url;
    if (where && expectedExternal.has(where) && /ERR_BLOCKED_BY_CLIENT/.test(msg.text())) return;
    consoleErrors.push(msg.text());
  });
  const saveScreenshot = async (name, target = page) => {
    fs.mkdirSync(RESULTS, { recursive: true });
    const file = path.join(RESULTS, `${slug(name)}.png`);
    await target.screenshot({ path: file });
    return path.relative(ROOT, file);
  };
  /** Opens the playground (with optional query) and waits until its workbook is ready. */
  const open = async (query = '') => {
    await page.goto(`${baseUrl}playground.html${query}`);
    await page.waitForFunction(() => window.kringPlayground && window.kringPlayground.session !== null);
    await page.evaluate(() => window.kringPlayground.ready);
  };
  let error;
  try {
    const ignoreExternal = (url) => expectedExternal.add(url);
    await withTimeout(test.run({ page, context, baseUrl, open, saveScreenshot, ignoreExternal }), Math.max(TEST_TIMEOUT, test.timeout || 0), 'the test');
  } catch (e) {
    error = e;
  }
  const problems = [];
  if (error) problems.push(error.stack || String(error));
  if (external.length) problems.push(`requests to other hosts than 127.0.0.1:\n  ${[...new Set(external)].join('\n  ')}`);
  if (pageErrors.length) problems.push(`page errors:\n  ${pageErrors.join('\n  ')}`);
  if (consoleErrors.length) problems.push(`console errors:\n  ${consoleErrors.join('\n  ')}`);
  if (problems.length) {
    try {
      problems.push(`screenshot: ${await saveScreenshot(`failed-${test.name}`)}`);
    } catch {
      // the page may be gone
    }
  }
  await context.close();
  return problems;
}

async function main() {
  ensureBuild();
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (set CHROMIUM=...)`);
  const tests = loadTests();
  if (!tests.length) throw new Error('no tests found');
  const { chromium } = require('playwright-core');
  const server = await serve(DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  let passed = 0;
  let failed = 0;
  try {
    for (const test of tests) {
      const started = Date.now();
      const problems = await runTest(browser, server.baseUrl, test);
      const ms = Date.now() - started;
      if (problems.length) {
        failed++;
        console.log(`✗ ${test.name} (${ms} ms)`);
        for (const p of problems) console.log(p.replace(/^/gm, '    '));
      } else {
        passed++;
        console.log(`✓ ${test.name} (${ms} ms)`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(`e2e: ${error.stack || error}`);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
