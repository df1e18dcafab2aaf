// ESLint 10 flat config.
// - TypeScript (src, test, stories): typescript-eslint `recommendedTypeChecked` through the
//   project service (tsconfig.json), so rules such as no-floating-promises see the types.
// - src only: eslint-plugin-lit's recommended rules (plus a few correctness ones), no `any`,
//   no way to render data text as HTML (unsafeHTML/unsafeSVG/unsafeStatic, innerHTML...), and
//   no Lit styleMap (src/internal/style-map.ts is the CSP-safe one).
// - Everywhere: the `d3` umbrella package is forbidden; import the v7 submodules (d3-scale...).
// - Plain JS/MJS (configs, scripts): ESLint's recommended rules with Node globals, no type info.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS = ['**/*.ts', '**/*.mts', '**/*.cts'];
const JS = ['**/*.js', '**/*.mjs', '**/*.cjs'];

const D3_UMBRELLA = {
  name: 'd3',
  message: 'Import the d3 v7 submodule you need (d3-scale, d3-axis, d3-selection, ...), never the d3 umbrella.',
};
const NO_RAW_HTML = 'Dataset text must never be rendered as HTML: bind it as text in a lit template.';
const CSP_STYLE_MAP =
  "Lit's styleMap writes a style=\"…\" attribute string, which a strict CSP (style-src without 'unsafe-inline') refuses: " +
  "import { styleMap } from src/internal/style-map.ts instead (the CSP-safe replacement, same API).";

export default defineConfig(
  globalIgnores([
    '**/node_modules/',
    'dist/',
    'coverage/',
    'storybook-static/',
    'custom-elements.json',
    'bench/results*',
    'docs/screenshot*',
    '.scratch*/',
  ]),

  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  // ---------------------------------------------------------------- everything
  {
    files: [...JS, ...TS],
    extends: [js.configs.recommended],
    rules: {
      'no-restricted-imports': ['error', { paths: [D3_UMBRELLA], patterns: [{ group: ['d3/*'], message: D3_UMBRELLA.message }] }],
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'smart'],
      'no-var': 'error',
      'prefer-const': 'error',
    },
  },

  // ---------------------------------------------------------------- TypeScript
  {
    files: TS,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // The code writes `list[i]!` as if `noUncheckedIndexedAccess` were on; tsc (without that flag)
      // calls those assertions unnecessary. They are harmless and become required if the flag is set.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },

  // ---------------------------------------------------------------- library source
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended']],
    rules: {
      'lit/lifecycle-super': 'error',
      'lit/no-legacy-imports': 'error',
      'lit/no-this-assign-in-render': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            D3_UMBRELLA,
            { name: 'lit/static-html.js', importNames: ['unsafeStatic'], message: NO_RAW_HTML },
            { name: 'lit-html/static.js', importNames: ['unsafeStatic'], message: NO_RAW_HTML },
            { name: 'lit/directives/style-map.js', message: CSP_STYLE_MAP },
            { name: 'lit-html/directives/style-map.js', message: CSP_STYLE_MAP },
          ],
          patterns: [
            { group: ['d3/*'], message: D3_UMBRELLA.message },
            { group: ['**/directives/unsafe-*'], message: NO_RAW_HTML },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: NO_RAW_HTML,
        },
        {
          selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|parseFromString|setHTMLUnsafe)$/]',
          message: NO_RAW_HTML,
        },
        { selector: 'CallExpression[callee.property.name=/^(write|writeln)$/][callee.object.name="document"]', message: NO_RAW_HTML },
      ],
    },
  },

  // ---------------------------------------------------------------- tests
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      // chai: `expect(x).to.exist;`
      '@typescript-eslint/no-unused-expressions': 'off',
      // @open-wc/semantic-dom-diff types chai's `equal` as returning a Promise; only its DOM
      // comparison is async. Everything else (e.g. `expect(el).to.be.accessible()`) must be awaited.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' }] },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },

  // ---------------------------------------------------------------- Node scripts and configs
  {
    files: JS,
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { ...globals.node } },
  },
  {
    // e2e page scripts run inside the browser through page.evaluate()
    files: ['scripts/e2e-*.mjs', 'test/e2e/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
