#!/usr/bin/env node
// Thin launcher: the command line is compiled to lib/ by `npm run build:cli` (also run by `npm ci`).
require('../lib/src/cli/main.js').main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
