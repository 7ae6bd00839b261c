import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

/** Served by the API at /dashboard, on its own origin (session cookie, socket, no CORS). */
export default defineConfig({
  base: '/dashboard/',
  plugins: [svelte()],
  build: { outDir: 'dist', target: 'es2022', sourcemap: false, modulePreload: { polyfill: false } },
});
