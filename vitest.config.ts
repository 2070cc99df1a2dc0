import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Renderer modules under test (test/renderer) import shared code the way the renderer build does.
  resolve: { alias: { '@shared': fileURLToPath(new URL('./src-shared', import.meta.url)) } },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One Postgres for the whole run, started only when a sync test first asks for it (or PG_URL).
    globalSetup: ['test/sync/support/postgres-global-setup.ts'],
    // CI also writes a JSON report that .ci/run sums with the e2e results into one closing line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'reports/unit-results.json' },
  },
});
