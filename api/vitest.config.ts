import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One graphql instance: type-graphql loads graphql's CommonJS build, so the tests must too,
  // or its `instanceof GraphQLScalarType` checks fail.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
