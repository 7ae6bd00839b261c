import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

/** `…/overview/messages/ar.ts` → `overview-ar`; the shell's own (`src/messages/`) → `shell-ar`. */
const TABLE = /\/([\w-]+)\/messages\/([a-z]{2})\.ts$/;

/** Served by the API at /dashboard, on its own origin (session cookie, socket, no CORS). */
export default defineConfig({
  base: '/dashboard/',
  plugins: [svelte()],
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    // The chunk graph, for the bundle test: what the first screen needs, chunk by chunk.
    manifest: true,
    rollupOptions: {
      output: {
        // Each message table is a chunk of its own, named for its screen and language.
        chunkFileNames(chunk) {
          const table = TABLE.exec(chunk.facadeModuleId ?? '');
          if (!table) return 'assets/[name]-[hash].js';
          return `assets/messages/${table[1] === 'src' ? 'shell' : table[1]}-${table[2]}-[hash].js`;
        },
      },
    },
  },
});
