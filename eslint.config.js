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
    },
  },
];
