/*
 * ESLint 9 flat config.
 *
 * The point of linting here is eslint-plugin-office-addins: its rules catch Office.js load/sync
 * mistakes (reading a property that was not loaded, reading before context.sync(), sync in a
 * loop, ...) statically. The plugin's own `recommended` flat config also turns on Prettier and
 * only matches .js/.ts files (not .tsx), so its Office rules are registered here directly, with
 * the severities of that recommended config. Other rules are kept to a minimum on purpose.
 */
'use strict';

const tsParser = require('@typescript-eslint/parser');
const tsPlugin = require('@typescript-eslint/eslint-plugin');
const officeAddins = require('eslint-plugin-office-addins');

/** The plugin's Office rules, as its recommended config sets them. */
const officeRules = {
  'office-addins/call-sync-after-load': 'error',
  'office-addins/call-sync-before-read': 'error',
  'office-addins/load-object-before-read': 'error',
  'office-addins/no-context-sync-in-loop': 'warn',
  'office-addins/no-empty-load': 'warn',
  'office-addins/no-navigational-load': 'warn',
  'office-addins/no-office-initialize': 'warn',
  'office-addins/test-for-null-using-isNullObject': 'error',
};

// Fail loudly if the installed plugin renames or drops a rule instead of silently not checking.
for (const name of Object.keys(officeRules)) {
  const rule = name.slice('office-addins/'.length);
  if (!officeAddins.rules || !officeAddins.rules[rule]) {
    throw new Error(`eslint-plugin-office-addins has no rule "${rule}"`);
  }
}

/** At most 400 lines a file, blank lines and comments included (what `wc -l` counts). */
const MAX_LINES = ['error', { max: 400, skipBlankLines: false, skipComments: false }];

/** An import path that names a folder `name` as one of its segments (`../excel/gateway`, `../../xlsx`). */
const folder = (name) => `(^|/)${name}(/|$)`;

/**
 * Where each folder may reach (the architecture's boundaries). The engine is pure: it imports
 * only engine files (relative paths that stay inside src/engine) and no package at all; excel and
 * xlsx (the two gateways) never import each other; the task pane reaches Excel only through its
 * operations (officeOps.ts); the command line does not import the Excel gateway.
 */
const restrict = (patterns) => ['error', { patterns }];
const ENGINE_DEPTHS = [0, 1, 2, 3, 4];
const engineRules = ENGINE_DEPTHS.map((depth) => ({
  files: [`src/engine/${'*/'.repeat(depth)}*.ts`],
  rules: {
    'no-restricted-imports': restrict([
      { regex: '^[^.]', message: 'src/engine is pure: no packages or Node modules.' },
      { regex: `^(\\.\\./){${depth + 1}}`, message: 'src/engine imports nothing outside src/engine.' },
    ]),
  },
}));

module.exports = [
  {
    ignores: ['dist/**', 'lib/**', 'node_modules/**', 'coverage/**', 'test-results/**'],
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: 'module',
      parserOptions: {
        ecmaFeatures: { jsx: true },
      },
    },
    plugins: {
      '@typescript-eslint': tsPlugin,
      'office-addins': officeAddins,
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'warn',
    },
    rules: {
      ...officeRules,
      // A few cheap correctness rules; formatting and style are not linted.
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-debugger': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'max-lines': MAX_LINES,
    },
  },
  ...engineRules,
  {
    files: ['src/engine/**/*.ts', 'src/engine/**/*.tsx'],
    ignores: ENGINE_DEPTHS.map((depth) => `src/engine/${'*/'.repeat(depth)}*.ts`),
    rules: { 'no-restricted-imports': restrict([{ regex: '.', message: 'src/engine is pure TypeScript deeper than the import rules reach: add a depth to ENGINE_DEPTHS.' }]) },
  },
  {
    files: ['src/excel/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([{ regex: folder('xlsx'), message: 'The Excel gateway never imports the xlsx gateway: what both need lives in src/engine.' }]) },
  },
  {
    files: ['src/xlsx/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([{ regex: folder('excel'), message: 'The xlsx gateway never imports the Excel gateway: what both need lives in src/engine.' }]) },
  },
  {
    files: ['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx'],
    ignores: ['src/taskpane/officeOps.ts'],
    rules: { 'no-restricted-imports': restrict([{ regex: folder('excel'), message: 'The task pane reaches Excel only through its operations (officeOps.ts).' }, { regex: folder('xlsx'), message: 'The task pane does not use the xlsx gateway.' }]) },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([{ regex: folder('excel'), message: 'The command line works on .xlsx files: it does not import the Excel gateway.' }]) },
  },
];
