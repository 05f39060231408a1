import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Creates `path` holding this process's id, only if no file is there. The id is written to a
 * file of this process's own first and linked into place: a link is atomic and fails on an
 * existing name, so nobody ever reads a lock file half-written.
 */
function createExclusive(path: string): boolean {
  const own = `${path}.${process.pid}`;
  writeFileSync(own, String(process.pid));
  try {
    linkSync(own, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(own, { force: true });
  }
}

/** The live process holding the lock file at `path`, or null if none does (missing or stale). */
function liveHolder(path: string): number | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  const pid = Number.parseInt(text, 10);
  return Number.isInteger(pid) && isAlive(pid) ? pid : null;
}

const inUse = (dataDir: string, pid: number | null) =>
  new DataDirLockedError(
    `The embedded database in ${dataDir} is in use by process ${pid ?? 'starting now'}. ` +
      'Stop that process, or set PLAC_DATA_DIR to another folder.',
  );

/**
 * Takes the embedded data folder for this process. PGlite has no lock of its own, and two
 * processes writing one folder corrupt it, so a second one must stop here instead. A lock left
 * by a process that died is taken over, and only by whoever first creates the takeover file
 * beside it: two processes finding the same stale lock cannot both end up holding the folder.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, 'plac.lock');
  const unlock = () => rmSync(lockPath, { force: true });
  if (createExclusive(lockPath)) return unlock;
  const holder = liveHolder(lockPath);
  if (holder !== null) throw inUse(dataDir, holder);
  const takeoverPath = `${lockPath}.takeover`;
  if (!createExclusive(takeoverPath)) {
    throw new DataDirLockedError(
      `Another process is taking over the stale lock of ${dataDir}; if none is, remove ${takeoverPath}.`,
    );
  }
  try {
    const stillHeld = liveHolder(lockPath);
    if (stillHeld !== null) throw inUse(dataDir, stillHeld);
    rmSync(lockPath, { force: true });
    if (!createExclusive(lockPath)) throw inUse(dataDir, liveHolder(lockPath));
    return unlock;
  } finally {
    rmSync(takeoverPath, { force: true });
  }
}
