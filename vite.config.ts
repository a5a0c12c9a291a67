import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { versionJson } from './deploy/version-json.ts';

// The console is always served under /console (flyte-binary's layout), so assets are built for that base.
export default defineConfig({
  base: '/console/',
  plugins: [react(), versionJson()],
  build: {
    outDir: 'dist',
    sourcemap: true,
    // The benchmark reads the manifest to size the login shell and each route's chunks.
    manifest: true,
    rollupOptions: {
      input: {
        main: 'index.html',
        'silent-callback': 'silent-callback.html',
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'test/fixtures/**/*.test.ts', 'test/msw/**/*.test.ts'],
    setupFiles: ['test/setup-tests.ts'],
    restoreMocks: true,
    // Above findBy/waitFor's 5 s bound (test/setup-tests.ts), so a busy 2-core machine reports the real wait
    // that ran out instead of cutting the test off first. Not a speed check: timings belong to the bench.
    testTimeout: 20_000,
  },
});
