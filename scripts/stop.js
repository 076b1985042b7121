#!/usr/bin/env node
/*
 * npm stop
 *
 * Windows / macOS: office-addin-debugging stops the debugging session (dev server, sideload).
 * Linux: stops the dev server that `npm start` started (pid file in the OS temp directory).
 *
 * Also exports the small helpers start.js uses to record that server.
 */
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..');
const STATE_FILE = path.join(os.tmpdir(), 'kring-dev-server.json');

function logPath() {
  return path.join(os.tmpdir(), 'kring-dev-server.log');
}

/** The recorded server: { pid, url, port, log } or undefined. */
function readState() {
  try {
    const state = JSON.parse(fs.readFileSync(STATE_FILE, 'utf8'));
    return Number.isInteger(state.pid) && state.pid > 0 ? state : undefined;
  } catch {
    return undefined;
  }
}

function writeState(state) {
  fs.writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
}

function clearState() {
  try {
    fs.unlinkSync(STATE_FILE);
  } catch {
    // nothing recorded
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** Ends the process group that start.js created (the server and anything it spawned). */
function stopProcessGroup(pid) {
  const signal = (target, sig) => {
    try {
      process.kill(target, sig);
      return true;
    } catch {
      return false;
    }
  };
  if (process.platform === 'win32') return signal(pid, 'SIGTERM');
  return signal(-pid, 'SIGTERM') || signal(pid, 'SIGTERM');
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function stopWithExcel() {
  const bin = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'office-addin-debugging.cmd' : 'office-addin-debugging');
  const result = spawnSync(bin, ['stop', path.join(root, 'manifest.xml'), 'desktop'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.error) {
    console.error(`Could not run office-addin-debugging: ${result.error.message}`);
    process.exitCode = 1;
  } else {
    process.exitCode = result.status || 0;
  }
}

function stopWithoutExcel() {
  const state = readState();
  if (!state) {
    console.log('No Kring dev server recorded as running.');
    return;
  }
  if (!isAlive(state.pid)) {
    console.log(`The Kring dev server (pid ${state.pid}) is no longer running.`);
    clearState();
    return;
  }
  stopProcessGroup(state.pid);
  for (let i = 0; i < 50 && isAlive(state.pid); i++) sleep(100);
  if (isAlive(state.pid)) {
    console.error(`The Kring dev server (pid ${state.pid}) did not stop; end it yourself.`);
    process.exitCode = 1;
    return;
  }
  clearState();
  console.log(`Stopped the Kring dev server (pid ${state.pid}, ${state.url}).`);
}

function main() {
  if (process.platform === 'win32' || process.platform === 'darwin') stopWithExcel();
  else stopWithoutExcel();
}

if (require.main === module) main();

module.exports = { logPath, readState, writeState, clearState, isAlive, stopProcessGroup };
