import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The console is always served under /console (flyte-binary's layout), so assets are built for that base.
export default defineConfig({
  base: '/console/',
  plugins: [react()],
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
    // A single findBy may wait 5 s (test/setup-tests.ts) on a busy shared machine; a whole test needs more.
    testTimeout: 20_000,
    restoreMocks: true,
  },
});
