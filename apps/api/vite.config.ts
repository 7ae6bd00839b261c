import { defineConfig } from 'vite';

/**
 * The API is bundled for Node: our workspaces (@pulse/shared) are inlined,
 * npm dependencies stay external and load from node_modules.
 */
export default defineConfig({
  build: {
    ssr: 'src/server.ts',
    outDir: 'dist',
    target: 'node20',
    sourcemap: true,
    emptyOutDir: true,
    rollupOptions: { output: { entryFileNames: 'server.js' } },
  },
  ssr: { noExternal: [/^@pulse\//] },
});
