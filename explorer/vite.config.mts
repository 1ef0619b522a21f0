import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Builds the browser explorer into dist/explorer, which the API server serves under /explore/. */
export default defineConfig({
  // Absolute paths: `npm run build`, the tests and `vite` may each start from another directory.
  root: here,
  base: '/explore/',
  build: { outDir: fileURLToPath(new URL('../dist/explorer', import.meta.url)), emptyOutDir: true, target: 'es2022' },
  // `npx vite --config explorer/vite.config.mts` serves the page with live reload beside `npm run dev`.
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
