import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Built output goes under target/, never into the source tree.
export default defineConfig({
  build: {
    outDir: fileURLToPath(new URL('../../../target/clients/vite', import.meta.url)),
    emptyOutDir: true,
  },
});
