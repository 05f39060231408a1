import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const apiDir = fileURLToPath(new URL('../../api/', import.meta.url));

export type RunningPlac = { url: string; stop: () => Promise<void> };

/**
 * Plac started on a free port, on a fresh embedded database with the demo data (whatever
 * DATABASE_URL says: the browser tests need the demo accounts and consultations), serving the
 * built web client (PLAC_WEB_DIST or web/dist).
 */
export async function startPlac(): Promise<RunningPlac> {
  const dataDir = mkdtempSync(join(tmpdir(), 'plac-e2e-'));
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiDir,
    env: {
      ...process.env,
      DATABASE_URL: '',
      REDIS_URL: '',
      PORT: '0',
      PLAC_DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
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
    },
  };
}
