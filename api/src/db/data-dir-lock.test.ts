import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.js';

const freshDir = () => mkdtempSync(join(tmpdir(), 'plac-lock-'));

test('a second holder of the same data folder is refused until the first lets go', () => {
  const dir = freshDir();
  const unlock = lockDataDir(dir);
  expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
  expect(() => lockDataDir(dir)).toThrow(`in use by process ${process.pid}`);
  unlock();
  expect(existsSync(join(dir, 'plac.lock'))).toBe(false);
  lockDataDir(dir)();
});

test('a lock left by a process that no longer runs is taken over', () => {
  const dir = freshDir();
  writeFileSync(join(dir, 'plac.lock'), '2147483646');
  const unlock = lockDataDir(dir);
  unlock();
});

test('processes starting at once on a stale lock: exactly one holds the folder', async () => {
  const script = fileURLToPath(new URL('./data-dir-lock.contender.ts', import.meta.url));
  for (let trial = 0; trial < 10; trial++) {
    const dir = freshDir();
    writeFileSync(join(dir, 'plac.lock'), '2147483646');
    // Long enough for every contender to have loaded before they all try at once.
    const startAt = String(Date.now() + 2500);
    const outcomes = await Promise.all(
      Array.from({ length: 4 }, () => contend(script, dir, startAt)),
    );
    expect(outcomes.filter((o) => o === 'locked')).toHaveLength(1);
  }
}, 90_000);

function contend(script: string, dir: string, startAt: string): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, dir, startAt]);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('exit', () => resolve(output.trim()));
  });
}
