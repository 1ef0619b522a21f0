import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** The folders of src that the data layer must never reach up into. */
const ABOVE_THE_DATA_LAYER = ['seed', 'curation', 'graphql', 'http', 'auth', 'config', 'neo4j-local'];
const restricted = (groups, message) => ({ group: groups, message });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.neo4j/**', 'src/graphql/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', __dirname: 'readonly', process: 'readonly' },
    },
  },
  {
    // The folders of src lean on each other in one direction only.
    files: ['src/**/*.ts', 'explorer/src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    // Only the data layer talks to Neo4j.
    files: ['src/**/*.ts'],
    ignores: ['src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'neo4j-driver', message: 'Only src/db may import neo4j-driver.' }] },
      ],
    },
  },
  {
    // The data layer depends on no layer above it.
    files: ['src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restricted(
              ABOVE_THE_DATA_LAYER.flatMap((folder) => [
                `../${folder}`,
                `../${folder}/*`,
                `../../${folder}`,
                `../../${folder}/*`,
              ]),
              'src/db depends on no layer above it: pass what it needs in as arguments.',
            ),
            restricted(
              ['../app', '../graph-server', '../main', '../connect-neo4j'],
              'src/db is wired up by the layers above it.',
            ),
          ],
        },
      ],
    },
  },
  {
    // The vocabulary is pure data that every layer may import, so it imports nothing of the project.
    files: ['src/vocabulary/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [restricted(['../*'], 'src/vocabulary imports nothing of the rest of the project.')] },
      ],
    },
  },
  {
    // The explorer is a browser client of the public GraphQL API: no server code, no Node built-ins.
    files: ['explorer/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../*'], message: 'The explorer talks to the server only through POST /graphql.' },
            { group: ['node:*'], message: 'The explorer runs in the browser.' },
          ],
        },
      ],
    },
  },
);
