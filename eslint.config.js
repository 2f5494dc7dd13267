// JavaScript lint gate of `make test` (ESLint's recommended rules): the extension's classic scripts, which
// share one global scope per page or worker, and the Node tooling (modules).
import js from '@eslint/js';
import globals from 'globals';

// The extension's scripts see each other's top-level names (listed in its manifest and pages).
const sift = Object.fromEntries(['siftApi', 'SiftMsg', 'SiftCore', 'SiftCollect', 'SiftHide', 'SiftHighlight', 'SiftObserve',
  'SiftMemory', 'SiftSheet', 'SiftUserRules', 'SiftPicker', 'SiftLists', 'SiftProcedural', 'wasm_bindgen', 'h', 'loadSettings', 't', 'localize'].map((n) => [n, 'readonly']));

export default [
  { ignores: ['dist/**', 'pkg/**', 'out/**', 'target/**', 'node_modules/**', 'fuzz/**', 'www/**'] },
  js.configs.recommended,
  {
    files: ['extension/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { ...globals.browser, ...globals.serviceworker, ...globals.webextensions, ...sift },
    },
    rules: {
      // Each script defines one global for the others; ESLint sees one file at a time.
      'no-unused-vars': ['error', { varsIgnorePattern: '^(Sift|siftApi$|h$|loadSettings$|t$|localize$)', args: 'after-used', caughtErrors: 'none', ignoreRestSiblings: true }],
      'no-redeclare': 'off',
    },
  },
  {
    files: ['**/*.mjs', 'eslint.config.js', 'scripts/**/*.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
    rules: { 'no-unused-vars': ['error', { args: 'after-used', caughtErrors: 'none' }] },
  },
  {
    // The bench's peer extension (built from npm into out/bench-ext) runs as a WebExtension.
    files: ['tests/bench/peer/**/*.mjs'],
    languageOptions: { globals: { ...globals.webextensions } },
  },
  {
    // Functions sent into pages by the browser tests run there, with the page's globals.
    files: ['tests/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
];
