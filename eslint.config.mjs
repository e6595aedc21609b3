// Lint: TypeScript sources and tests, with eslint-plugin-regexp's safety rules as errors. The
// matcher's compiled patterns are linted separately by tests/unit/pattern-safety.test.ts.
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['dist/**', 'action/index.mjs', 'cli/**', '.astro/**', '.cache/**', 'node_modules/**', '.tmp/**', 'repro/**/*.go', 'test-results/**'] },
  { files: ['**/*.ts', '**/*.tsx', '**/*.mts'], languageOptions: { parser: tseslint.parser } },
  regexp.configs['flat/recommended'],
  {
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
];
