// ESLint: the recommended rules of ESLint and typescript-eslint, plus the few house rules that
// Prettier does not cover (line length in strings and comments). Run by `npm test` (npm run lint).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist.building/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setImmediate: 'readonly',
        Buffer: 'readonly',
        structuredClone: 'readonly',
        performance: 'readonly',
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'max-len': ['error', { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Speed: the program takes fs from src/io/fs.ts; an ES import of node:fs reads every export, and its
  // stream getters load Node's stream library (see CONTRIBUTING.md, "Speed"). Types are free. The two
  // files left out are the terminal room's, which sets up Node's streams anyway (src/frontends/ owns them).
  {
    files: ['src/**/*.ts'],
    ignores: ['src/io/fs.ts', 'src/frontends/plan-file.ts', 'src/frontends/screens/export.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['fs', 'node:fs'].map((name) => ({
            name,
            allowTypeImports: true,
            message: "Take fs from src/io/fs.ts: importing node:fs loads Node's stream library.",
          })),
        },
      ],
    },
  },
  // Speed: no top-level await in the program. One turns off rolldown's chunk merging, and a piped run
  // then loads 41 files instead of 28 (see CONTRIBUTING.md, "Speed").
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'AwaitExpression:not(:function AwaitExpression), ForOfStatement[await=true]:not(:function *)',
          message: 'No top-level await in src/: it turns off the bundler\'s chunk merging (CONTRIBUTING.md, "Speed").',
        },
      ],
    },
  },
  // CommonJS config files (dependency-cruiser reads .cjs).
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  // Tests look for control characters on purpose: they prove none reach the output.
  { files: ['tests/**'], rules: { 'no-control-regex': 'off' } },
);
