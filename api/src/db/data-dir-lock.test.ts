import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
