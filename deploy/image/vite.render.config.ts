import { defineConfig } from 'vite';

// The start-up renderer as one self-contained file for the image (node, no node_modules there): the app's
// validator (src/config) is bundled in, so the container judges config.json exactly as the console does.
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'deploy/image/render-config-cli.ts',
    outDir: 'build/image',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'render-config.mjs' } },
  },
});
