import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API (port 4000) serves web/dist at / in production; in development Vite serves the app
// and forwards GraphQL to the API.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': { target: 'http://localhost:4000', ws: true },
      '/config.json': 'http://localhost:4000',
      '/tiles': 'http://localhost:4000',
      '/files': 'http://localhost:4000',
      '/audit.csv': 'http://localhost:4000',
      '^/budget/[^/]+/statistics\\.csv': 'http://localhost:4000',
      // The report page and exports are the API's; other /consultations paths are the app's.
      '^/consultations/[^/]+/(report|comments\\.)': 'http://localhost:4000',
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // MapLibre alone is ~1.1 MB minified (~300 kB gzipped); a chunk of its own caches apart
    // from the app's code, and the warning limit is raised to fit it.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] },
      },
    },
  },
});
