import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { type DemoRole, demoAccounts } from './support';

const apiDir = fileURLToPath(new URL('../../api/', import.meta.url));
const seedScript = fileURLToPath(new URL('./budget-seed.mjs', import.meta.url));

/** The ids budget-seed.mjs created. */
export type BudgetIds = {
  voting: string;
  park: string;
  bikeLane: string;
  meadow: string;
  rejected: string;
  wolaPark: string;
  library: string;
  trees: string;
  results: string;
};

export type BudgetPlac = { url: string; ids: BudgetIds; stop: () => Promise<void> };

function run(args: string[], env: NodeJS.ProcessEnv, until: (output: string) => string | null) {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: apiDir,
    env: { ...process.env, DATABASE_URL: '', REDIS_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const answer = new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const found = until(output);
      if (found) resolve(found);
    });
    child.on('exit', (code) => {
      const found = until(output);
      if (found) resolve(found);
      else reject(new Error(`${args.join(' ')} exited (${code}):\n${output}`));
    });
  });
  return { child, answer };
}

/**
 * A Plac of its own for the budget tests, on a database seeded with budget editions first
 * (budget-seed.mjs): the API cannot create editions or pools, so the shared server has none
 * but what its demo data holds, and these tests must not depend on that.
 */
export async function startBudgetPlac(): Promise<BudgetPlac> {
  const dataDir = mkdtempSync(join(tmpdir(), 'plac-e2e-budget-'));
  const seed = run([seedScript, dataDir], {}, (output) => output.match(/^\{.*\}$/m)?.[0] ?? null);
  const ids = JSON.parse(await seed.answer) as BudgetIds;
  await new Promise((resolve) => {
    if (seed.child.exitCode !== null) resolve(null);
    else seed.child.once('exit', resolve);
  });
  const server = run(
    ['src/main.ts'],
    { PORT: '0', PLAC_DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    (output) => output.match(/listening on http:\/\/localhost:(\d+)/)?.[1] ?? null,
  );
  const port = await server.answer;
  return {
    url: `http://127.0.0.1:${port}`,
    ids,
    stop: async () => {
      if (server.child.exitCode === null) {
        const exited = new Promise((resolve) => server.child.once('exit', resolve));
        server.child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs a GraphQL operation on `url` with the context's cookies; throws on errors. */
export async function gqlAt<T>(
  context: BrowserContext,
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await context.request.post(`${url}/graphql`, { data: { query, variables } });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

/** Signs the context in on `url` as a demo account. */
export async function signInAt(context: BrowserContext, url: string, role: DemoRole) {
  await gqlAt(
    context,
    url,
    'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }',
    demoAccounts[role],
  );
}
