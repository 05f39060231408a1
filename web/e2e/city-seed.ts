import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { PlacData } from './start-plac';

const apiDir = fileURLToPath(new URL('../../api/', import.meta.url));

/**
 * bench/seed's city-wide consultation of `size` remarks (no budget projects), written into the
 * database a Plac is about to start on; answers the consultation's id.
 */
export function seedCityConsultation(
  { dataDir, databaseUrl }: PlacData,
  size: number,
): Promise<string> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '../bench/seed.ts', '--size', String(size), '--projects', '0'],
    {
      cwd: apiDir,
      env: { ...process.env, DATABASE_URL: databaseUrl ?? '', PLAC_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => {
      const id = output.match(/\(consultation ([0-9a-f-]{36})\)/)?.[1];
      if (code === 0 && id) resolve(id);
      else reject(new Error(`bench/seed failed (${code}):\n${output}`));
    }),
  );
}
