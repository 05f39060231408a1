import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig, repoRoot } from './config.js';

describe('loadConfig', () => {
  test('defaults: port 4000, the embedded database in .data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, databaseUrl: undefined, maxVertices: 10_000 });
    expect(config.dataDir).toBe(`${repoRoot}/.data`);
  });

  test('the explorer is off in production unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).graphqlExplorer).toBe(false);
    expect(
      loadConfig({ NODE_ENV: 'production', PLAC_GRAPHQL_EXPLORER: 'true' }).graphqlExplorer,
    ).toBe(true);
    expect(loadConfig({}).graphqlExplorer).toBe(true);
  });

  test('demo data on the embedded database by default, on a server only when asked for', () => {
    const server = 'postgresql://localhost/plac';
    expect(loadConfig({}).demoData).toBe(true);
    expect(loadConfig({ DATABASE_URL: server }).demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: server, PLAC_DEMO_DATA: 'true' }).demoData).toBe(true);
    expect(loadConfig({ PLAC_DEMO_DATA: '0' }).demoData).toBe(false);
  });

  test('an external map style comes with its attribution', () => {
    const config = loadConfig({
      MAP_STYLE_URL: 'https://tiles.example.org/style.json',
      MAP_ATTRIBUTION: '© OpenStreetMap contributors',
    });
    expect(config.map).toEqual({
      styleUrl: 'https://tiles.example.org/style.json',
      attribution: '© OpenStreetMap contributors',
    });
  });

  test('empty values count as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({
      port: 4000,
      databaseUrl: undefined,
    });
  });

  test.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/plac' }, 'DATABASE_URL'],
    [{ PLAC_MAX_VERTICES: '2' }, 'PLAC_MAX_VERTICES'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ PLAC_GRAPHQL_EXPLORER: 'yes please' }, 'PLAC_GRAPHQL_EXPLORER'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [{ MAP_STYLE_URL: 'tiles.example.org/style.json' }, 'MAP_STYLE_URL'],
    [{ MAP_STYLE_URL: 'ftp://tiles.example.org/style.json' }, 'MAP_STYLE_URL'],
  ])('a bad value names its variable: %o', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${variable}:`));
  });
});
