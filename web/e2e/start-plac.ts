import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const apiDir = fileURLToPath(new URL('../../api/', import.meta.url));

export type RunningPlac = { url: string; stop: () => Promise<void> };

/** Where the started Plac keeps its data, for `prepare` to fill before it starts. */
export type PlacData = { dataDir: string; databaseUrl: string | undefined };

/**
 * Plac started on a free port with the demo data, serving the built web client (PLAC_WEB_DIST
 * or web/dist): on a fresh database of the PostgreSQL server at DATABASE_URL when it is set,
 * else on a fresh embedded database — so the browser tests exercise the database of the run.
 * `prepare` may fill that database first (e.g. with bench/seed's city-scale data); `env` overrides
 * the variables it is started with.
 */
export async function startPlac(
  options: { prepare?: (data: PlacData) => Promise<void>; env?: Record<string, string> } = {},
): Promise<RunningPlac> {
  const dataDir = mkdtempSync(join(tmpdir(), 'plac-e2e-'));
  const database = process.env.DATABASE_URL
    ? await freshServerDatabase(process.env.DATABASE_URL)
    : undefined;
  await options.prepare?.({ dataDir, databaseUrl: database?.url });
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiDir,
    env: {
      ...process.env,
      DATABASE_URL: database?.url ?? '',
      PLAC_DEMO_DATA: 'true',
      REDIS_URL: '',
      // The suite sets its editions up as one admin through the API, dozens of budget projects
      // an hour: past an office's pace (createBudgetProject allows 20 an hour per account).
      PLAC_RATE_LIMIT_FACTOR: process.env.PLAC_RATE_LIMIT_FACTOR ?? '10',
      PORT: '0',
      PLAC_DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const port = output.match(/listening on http:\/\/localhost:(\d+)/)?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    server.on('exit', (code) =>
      reject(new Error(`Plac exited (${code}) before listening:\n${output}`)),
    );
  });
  return {
    url,
    stop: async () => {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
      rmSync(dataDir, { recursive: true, force: true });
      await database?.drop();
    },
  };
}

type PgClient = {
  connect(): Promise<void>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
};
// The API's pg client; the web workspace does not depend on it itself.
const { Client } = createRequire(join(apiDir, 'package.json'))('pg') as {
  Client: new (url: string) => PgClient;
};

/** A new, empty database on the server at `serverUrl`, dropped again by `drop()`. */
async function freshServerDatabase(serverUrl: string) {
  const name = `plac_e2e_${process.pid}_${Date.now()}`;
  const admin = async (sql: string) => {
    const client = new Client(serverUrl);
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
