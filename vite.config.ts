/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { questionnaireCatalogue } from './vite/catalogue-plugin.ts';
import { contentValidation } from './vite/content-validation-plugin.ts';
import { contentSecurityPolicy } from './vite/csp-plugin.ts';
import { manifest } from './vite/web-manifest.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  plugins: [
    contentValidation(root),
    questionnaireCatalogue(root),
    react(),
    contentSecurityPolicy(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: null,
      includeManifestIcons: false,
      manifest,
      workbox: {
        // Precache the whole built app so every route loads offline after the first visit.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,json}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    manifest: true,
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Keeps module execution order right when modules are grouped into chunks.
        strictExecutionOrder: true,
        // Storage (Dexie and our repositories) loads on demand after the first paint, as one chunk.
        advancedChunks: {
          includeDependenciesRecursively: false,
          groups: [
            { name: 'storage', test: /node_modules[\\/]dexie[\\/]|src[\\/]storage[\\/](?!errors|persistence|files[\\/])/ },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'vite/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/e2e/support/**/*.test.ts', 'tests/bench/**/*.test.ts'],
    restoreMocks: true,
    testTimeout: 60_000,
    // Files run in parallel again: the follow-up "stall" that serial runs hid was a
    // render race in the app, now fixed (docs/decisions/0017).
  },
});
