#!/usr/bin/env node
/*
 * npm start
 *
 * Windows / macOS (Excel present): office-addin-debugging starts the dev server
 * (`npm run dev-server`, https://localhost:3000) and sideloads manifest.xml into Excel.
 *
 * Linux (no Excel): starts the webpack dev server in the background and prints the address of
 * the playground, where the task pane runs against Kring's in-memory Excel test host.
 *   npm start -- --http            plain http instead of https
 *   npm start -- --port 8080       another port (the manifest expects 3000)
 * Stop it with `npm stop`. The server's pid and log live in the OS temp directory.
 */
'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');
// The server state helpers live in stop.js, which exports them.
const common = require('./stop');

const root = path.resolve(__dirname, '..');
const manifest = path.join(root, 'manifest.xml');

function hasExcel() {
  return process.platform === 'win32' || process.platform === 'darwin';
}

function parseArgs(argv) {
  const options = { http: false, port: 3000 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--http') options.http = true;
    else if (arg === '--port') options.port = Number(argv[++i]);
    else if (arg.startsWith('--port=')) options.port = Number(arg.slice('--port='.length));
    else if (arg === '--help' || arg === '-h') options.help = true;
    else {
      console.error(`Unknown option: ${arg}`);
      options.help = true;
      options.bad = true;
    }
  }
  if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65535) {
    console.error('--port needs a number between 1 and 65535');
    options.help = true;
    options.bad = true;
  }
  return options;
}

function startWithExcel() {
  const bin = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'office-addin-debugging.cmd' : 'office-addin-debugging');
  const args = ['start', manifest, 'desktop', '--app', 'excel', '--dev-server-port', '3000'];
  const child = spawn(bin, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('error', (err) => {
    console.error(`Could not run office-addin-debugging: ${err.message}`);
    process.exitCode = 1;
  });
  child.on('exit', (code) => {
    process.exitCode = code || 0;
  });
}

/** Resolves when something accepts connections on the port, rejects after the timeout. */
function waitForPort(port, timeoutMs, isAlive) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect({ port, host: 'localhost' });
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (!isAlive()) reject(new Error('the dev server stopped'));
        else if (Date.now() > deadline) reject(new Error(`nothing listens on port ${port} after ${timeoutMs / 1000} s`));
        else setTimeout(attempt, 300);
      });
    };
    attempt();
  });
}

function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: 'localhost' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function startWithoutExcel(options) {
  const scheme = options.http ? 'http' : 'https';
  const url = `${scheme}://localhost:${options.port}/playground.html`;
  console.log(`Excel is not available on ${process.platform}, so Kring cannot be sideloaded here.`);
  console.log('Starting the dev server for the playground instead: the real task pane beside an');
  console.log("in-memory workbook (Kring's Excel test host), no Office needed.");

  const running = common.readState();
  if (running && common.isAlive(running.pid)) {
    console.log(`\nThe dev server is already running (pid ${running.pid}): ${running.url}`);
    console.log('Stop it with: npm stop');
    return;
  }
  common.clearState();
  if (await portInUse(options.port)) {
    console.error(`\nPort ${options.port} is already in use by another program. Use --port <n>.`);
    process.exitCode = 1;
    return;
  }

  const webpackCli = require.resolve('webpack-cli/bin/cli.js', { paths: [root] });
  const args = [webpackCli, 'serve', '--mode', 'development', '--env', `port=${options.port}`];
  if (options.http) args.push('--env', 'http');
  const logFile = common.logPath();
  const log = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, args, {
    cwd: root,
    detached: true, // its own process group, so `npm stop` can end it and its children
    stdio: ['ignore', log, log],
    env: { ...process.env, BROWSER: 'none' },
  });
  fs.closeSync(log);
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  common.writeState({ pid: child.pid, url, port: options.port, log: logFile });
  console.log(`\nDev server starting (pid ${child.pid}); log: ${logFile}`);
  try {
    await waitForPort(options.port, 120000, () => !exited);
  } catch (err) {
    console.error(`\nThe dev server did not start: ${err.message}. See ${logFile}`);
    common.stopProcessGroup(child.pid);
    common.clearState();
    process.exitCode = 1;
    return;
  }
  child.unref();
  console.log(`\nKring playground: ${url}`);
  if (!options.http) {
    console.log('(The certificate is a local development one; your browser may ask you to accept it.)');
  }
  console.log('Stop the server with: npm stop');
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log('Usage: npm start [-- --http] [-- --port <n>]   (options apply where Excel is not available)');
    process.exitCode = options.bad ? 2 : 0;
    return;
  }
  if (hasExcel()) startWithExcel();
  else await startWithoutExcel(options);
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : String(err));
  process.exitCode = 1;
});
