import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import { readdirSync } from 'node:fs';

// Import boundaries (docs/architecture.md): data flows config -> auth -> api -> features -> app, components are
// shared, features never import each other, and app code never imports test code. A zone forbids `target`
// (the importing folder) to import from `from`.
const features = readdirSync('src/features', { withFileTypes: true }).filter((entry) => entry.isDirectory());
const wrongWay = (target, from, message) => ({ target, from, message });
const boundaryZones = [
  wrongWay(
    './src/config',
    ['./src/auth', './src/api', './src/features', './src/app', './src/components'],
    'config is the bottom layer: it imports nothing else from src.',
  ),
  {
    target: './src/auth',
    from: './src/api',
    // The ports the api layer defines for auth to implement (docs/architecture.md, "Layers").
    except: ['./admin-client.ts', './api-error.ts'],
    message: 'auth sits below api: only the AuthBridge port (admin-client.ts) and ApiError may be imported.',
  },
  wrongWay('./src/auth', ['./src/features', './src/app'], 'auth sits below features and app.'),
  wrongWay(
    './src/api',
    ['./src/features', './src/app', './src/components'],
    'api sits below features, app and UI.',
  ),
  wrongWay(
    './src/components',
    ['./src/auth', './src/features', './src/app'],
    'components are shared pieces: they import only config and api.',
  ),
  wrongWay('./src/features', './src/app', 'features sit below app: the app composes them.'),
  ...features.map(({ name }) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'Features never import each other; move what they share to src/components or src/api.',
  })),
  wrongWay('./src', './test', 'App code never imports test code (test kits live under test/).'),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render server data as HTML.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // import-x only follows (and so only finds cycles through) files it is told to parse.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Tests may reach across layers (they compose the app); app code may not.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: boundaryZones }] },
  },
  {
    files: ['test/sandbox/**', 'test/e2e/**', 'test/bench/**', 'vite.config.ts', '*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);
