import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    placUrl: string;
  }
}

const apiDir = fileURLToPath(new URL('../../api/', import.meta.url));

/**
 * The real server for the browser: PLAC_URL if given, else Plac started here on a free port,
 * on a fresh embedded database (or on DATABASE_URL when that is set), serving web/dist.
 */
export default async function setup(project: TestProject) {
  if (process.env.PLAC_URL) {
    project.provide('placUrl', process.env.PLAC_URL);
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'plac-e2e-'));
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiDir,
    env: { ...process.env, PORT: '0', PLAC_DATA_DIR: dataDir, LOG_LEVEL: 'info' },
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
  project.provide('placUrl', url);
  return async () => {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  };
}
