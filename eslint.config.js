/**
 * Lint rules, including the import boundaries of docs/architecture.md:
 * app → features → state, storage, content, ui → domain. No feature imports
 * another feature; domain imports nothing of the app; only storage imports
 * Dexie (dexie-react-hooks is for feature hooks and components).
 */
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Every folder under src/features gets the boundary rules, including ones added later. */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** A no-restricted-imports rule forbidding the given import patterns, with a reason. */
function forbid(groups) {
  return { 'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }] };
}

const noDexie = ['dexie', 'only src/storage may import dexie; read records through a repository'];
const noDexieHooks = ['dexie-react-hooks', 'useLiveQuery belongs in feature hooks and components'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'dev-dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: forbid([
      [['react', 'react-dom', 'react-router', 'zustand', 'zod', '**/content/**', '**/storage/**', '**/state/**', '**/ui/**', '**/features/**', '**/app/**'], 'domain is pure TypeScript: it imports nothing of the app'],
      [[noDexie[0], noDexieHooks[0]], 'domain is pure TypeScript'],
    ]),
  },
  {
    // The one file format is defined by zod schemas (types inferred from them), in the domain (decision 0027).
    files: ['src/domain/files/**'],
    rules: forbid([
      [['react', 'react-dom', 'react-router', 'zustand', '**/content/**', '**/storage/**', '**/state/**', '**/ui/**', '**/features/**', '**/app/**'], 'domain is pure TypeScript: it imports nothing of the app'],
      [[noDexie[0], noDexieHooks[0]], 'domain is pure TypeScript'],
    ]),
  },
  {
    files: ['src/content/**'],
    rules: forbid([
      [['**/storage/**', '**/state/**', '**/ui/**', '**/features/**', '**/app/**', 'react'], 'content may import only domain'],
      [[noDexie[0]], noDexie[1]],
    ]),
  },
  {
    files: ['src/storage/**'],
    rules: forbid([
      [['**/state/**', '**/ui/**', '**/features/**', '**/app/**', '**/content/**', 'react'], 'storage may import only domain'],
      [[noDexieHooks[0]], noDexieHooks[1]],
    ]),
  },
  {
    files: ['src/state/**'],
    rules: forbid([
      [['**/ui/**', '**/features/**', '**/app/**'], 'state may import storage, content and domain only'],
      [[noDexie[0]], noDexie[1]],
    ]),
  },
  {
    files: ['src/ui/**'],
    rules: forbid([
      [['**/storage/**', '**/state/**', '**/features/**', '**/app/**', '**/content/**'], 'ui primitives know nothing of data'],
      [[noDexie[0], noDexieHooks[0]], 'ui primitives know nothing of data'],
    ]),
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: forbid([
      [
        FEATURES.filter((other) => other !== feature).flatMap((other) => [`**/features/${other}/**`, `../${other}/**`]),
        'a feature never imports another feature: share through domain or ui',
      ],
      [['**/app/*', '!**/app/paths.ts'], 'features may import only app/paths.ts from the app (see docs/decisions)'],
      [[noDexie[0]], noDexie[1]],
    ]),
  })),
  {
    files: ['src/app/**'],
    rules: forbid([[[noDexie[0], noDexieHooks[0]], 'the app composes features; it does not read records itself']]),
  },
  {
    // Chromium keeps a control's value in its own files (form history, autofill, session restore) unless it says autocomplete="off" (decision 0022).
    files: ['src/**/*.tsx'],
    ignores: ['**/*.test.tsx', 'src/testing/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXOpeningElement[name.name=/^(input|select|textarea)$/]:not(:has(JSXAttribute[name.name='autoComplete']))",
          message: 'Give every form control autoComplete="off" (or a password token), so what is typed or chosen stays out of the browser\'s own files (decision 0022).',
        },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'src/testing/**', 'tests/**', 'scripts/**', 'vite/**', '*.config.ts'],
    rules: { 'no-restricted-imports': 'off', 'no-console': 'off' },
  },
);
