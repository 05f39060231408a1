/**
 * What the benches share: Plac and the raw baseline each in a process of its own on the same
 * database, an autocannon run against either, and the figures as ratios.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const apiDir = fileURLToPath(new URL('../api/', import.meta.url));
const benchDir = fileURLToPath(new URL('./', import.meta.url));

export type Running = { url: string; stop: () => Promise<void> };

/** The bench database: DATABASE_URL, seeded by bench/seed.ts. */
export function benchDatabaseUrl() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to the database bench/seed.ts filled.');
  return url;
}

/** Resolves with the URL once the process prints `listening on http://localhost:<port>`. */
function listening(child: ChildProcess, stop: () => Promise<void>): Promise<Running> {
  return new Promise((resolve, reject) => {
    let output: string | null = '';
    // Read to the end (request logs included), keeping only what comes before listening.
    child.stdout?.on('data', (chunk) => {
      if (output === null) return;
      output += chunk;
      const port = output.match(/listening on http:\/\/localhost:(\d+)/)?.[1];
      if (port) {
        output = null;
        resolve({ url: `http://127.0.0.1:${port}`, stop });
      }
    });
    child.on('exit', (code) => reject(new Error(`exited (${code}) before listening:\n${output}`)));
  });
}

function stopper(child: ChildProcess) {
  return async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  };
}

/**
 * Plac in production mode on `databaseUrl` (null: the embedded database in PLAC_DATA_DIR),
 * logging as in production; the per-address limit on requests in flight and the rate limits
 * lifted, since every request here comes from one address.
 */
export function startPlac(databaseUrl: string | null, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiDir,
    env: {
      ...process.env,
      TSX_TSCONFIG_PATH: `${apiDir}tsconfig.json`,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl ?? '',
      PLAC_DEMO_DATA: 'false',
      REDIS_URL: '',
      PORT: '0',
      PLAC_MAX_CONCURRENT_PER_ADDRESS: '1000',
      PLAC_RATE_LIMIT_FACTOR: '10000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return listening(child, stopper(child));
}

/** The raw baseline (bench/raw-server.ts): the same SQL through `pg`, answered as JSON. */
export function startRaw(databaseUrl: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', `${benchDir}raw-server.ts`], {
    cwd: apiDir,
    env: { ...process.env, TSX_TSCONFIG_PATH: `${apiDir}tsconfig.json`, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return listening(child, stopper(child));
}

export type Load = { requestsPerSecond: number; p99: number; p50: number; failures: number };

/** autocannon over `requests` (cycled per connection) for `seconds`. */
export async function load(
  url: string,
  requests: autocannon.Request[],
  options: { connections: number; seconds: number },
): Promise<Load> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    requests,
  });
  return {
    requestsPerSecond: result.requests.average,
    p99: result.latency.p99,
    p50: result.latency.p50,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

/**
 * Plac and the baseline in turns (baseline, Plac, baseline, Plac…), so that a machine shared
 * with others slows both alike; the best round of each.
 */
export async function compare(
  rounds: number,
  baseline: () => Promise<Load>,
  plac: () => Promise<Load>,
) {
  const runs = { baseline: [] as Load[], plac: [] as Load[] };
  for (let i = 0; i < rounds; i++) {
    runs.baseline.push(await baseline());
    runs.plac.push(await plac());
  }
  const best = (loads: Load[]) =>
    loads.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));
  return { baseline: best(runs.baseline), plac: best(runs.plac) };
}

export const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : `${(a / b).toFixed(2)}×`);

export function printLoads(title: string, r: { baseline: Load; plac: Load }, goal: string) {
  const line = (name: string, l: Load) =>
    `  ${name.padEnd(9)} ${l.requestsPerSecond.toFixed(1).padStart(8)} req/s  p50 ${l.p50} ms  p99 ${l.p99} ms  failures ${l.failures}`;
  console.log(title);
  console.log(line('raw', r.baseline));
  console.log(line('Plac', r.plac));
  console.log(
    `  ratio     ${ratio(r.plac.requestsPerSecond, r.baseline.requestsPerSecond)} of raw throughput (goal ${goal}); p99 ${ratio(r.plac.p99, r.baseline.p99)} of raw`,
  );
}
