// Lint rules that keep the layers apart and the code honest; `npm test` runs them.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The pure core: runs in Node, the worker and tests, so it may not reach the browser, React or the UI. */
const CORE = ['lib/**/*.ts'];
const ADAPTERS = ['lib/browser/**', 'lib/extension/**', 'lib/history/**', 'lib/sites/**', 'lib/online/**', 'lib/messages.ts'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/artifacts/**', 'scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // vitest's importOriginal<typeof import('…')>() is the documented way to type a partial mock.
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
      'no-control-regex': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: CORE,
    ignores: ADAPTERS,
    rules: {
      // Type-only imports vanish at run time, so they cannot pull the browser or the UI into the core.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*'], message: 'lib/ is framework-free: React belongs in components/.', allowTypeImports: true },
            { group: ['wxt', 'wxt/*', '@wxt-dev/*'], message: 'The browser APIs live in the adapters (lib/browser, lib/extension).', allowTypeImports: true },
            { group: ['dexie'], message: 'Storage lives in lib/history.', allowTypeImports: true },
            { group: ['**/components/**', '**/entrypoints/**'], message: 'lib/ never imports the UI or the entrypoints.', allowTypeImports: true },
            {
              group: [
                '**/history',
                '**/history/**',
                '**/extension',
                '**/extension/**',
                '**/browser',
                '**/browser/**',
                '**/sites',
                '**/sites/**',
                '**/online',
                '**/online/**',
                '**/messages',
                // The UI's text sections named after the pages are text, not the adapters.
                '!./sections/**',
              ],
              message: 'The pure core does not depend on the adapters above it.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // The pipeline's lower layers (text, parsing, extraction) sit below the signals and never reach up.
    files: ['lib/text/**', 'lib/parse/**', 'lib/extract/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/signals/**', '**/profile/**', '**/templates/**'], message: 'Extraction sits below the signals.' }] },
      ],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/entrypoints/**'], message: 'Components are wired by the entrypoints, never the reverse.' }] },
      ],
    },
  },
);
