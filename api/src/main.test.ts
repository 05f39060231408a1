import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, onTestFinished, test } from 'vitest';
import { lockDataDir } from './db/data-dir-lock.js';

const apiDir = fileURLToPath(new URL('..', import.meta.url));

function startPlac(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiDir,
    env: { PATH: process.env.PATH, PORT: '0', LOG_LEVEL: 'info', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  onTestFinished(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  return { child, exited, output: () => output };
}

function listeningUrl(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', () => {
      const port = output().match(/listening on http:\/\/localhost:(\d+)/)?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    child.on('exit', () => reject(new Error(`exited before listening:\n${output()}`)));
  });
}

describe('the plac process', () => {
  test('a bad environment variable stops it with a message naming the variable', async () => {
    const plac = startPlac({ PORT: 'eighty' });
    expect(await plac.exited).toBe(2);
    expect(plac.output()).toMatch(/PORT:/);
  });

  test('a second process on the same embedded data folder stops with a clear message', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'plac-busy-'));
    const unlock = lockDataDir(dataDir);
    try {
      const plac = startPlac({ PLAC_DATA_DIR: dataDir });
      expect(await plac.exited).toBe(2);
      expect(plac.output()).toContain(
        `The embedded database in ${dataDir} is in use by process ${process.pid}`,
      );
      expect(plac.output().trim().split('\n')).toHaveLength(1);
      expect(plac.output()).not.toContain('{');
    } finally {
      unlock();
    }
  });

  test('starts, reports ready, and shuts down cleanly on SIGTERM', {
    timeout: 120_000,
  }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'plac-main-'));
    const env =
      inject('databaseMode') === 'server'
        ? { DATABASE_URL: inject('databaseUrl') }
        : { PLAC_DATA_DIR: dataDir };
    const plac = startPlac(env);
    const url = await listeningUrl(plac.child, plac.output);
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${url}/readyz`)).json()).toMatchObject({ status: 'ok' });
    plac.child.kill('SIGTERM');
    expect(await plac.exited).toBe(0);
    expect(plac.output()).toMatch(/shutting down/);
    expect(existsSync(join(dataDir, 'plac.lock'))).toBe(false);
  });
});
