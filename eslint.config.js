import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** Process boundaries, enforced: only src-main/electron/ may touch Electron; shared code and the renderer no Node. */
const noElectron = { name: 'electron', message: 'Only src-main/electron/ may import electron: the core must run on plain Node.' };
const nodeFree = (where) =>
  nodeBuiltins.map((name) => ({ name, message: `${where} runs without Node: no Node built-ins.` }));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'native/**', 'release/**', 'test-results/**', 'playwright-report/**', 'migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [noElectron] }],
    },
  },
  {
    files: ['src-main/electron/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src-shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...nodeFree('src-shared')],
          patterns: [{ group: ['**/src-main/**', '**/src-renderer/**'], message: 'src-shared depends on nothing else.' }],
        },
      ],
    },
  },
  {
    files: ['src-renderer/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...nodeFree('The renderer')],
          patterns: [{ group: ['**/src-main/**'], message: 'The renderer talks to main only through the IPC contract.' }],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
