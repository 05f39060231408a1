import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

/** A received file waiting in the spool folder, to be kept under a key. */
export type Spooled = { path: string; size: number; mediaType: string };

/** Where uploaded files' bytes live; their metadata is in the stored_file table. */
export interface FileStore {
  /** Keeps the spooled file under `key`; the spool file is gone afterwards. */
  keep(key: string, file: Spooled): Promise<void>;
  /** The bytes kept under `key`. */
  read(key: string): Promise<Readable>;
  remove(key: string): Promise<void>;
}

/** Keys are uuids; this store spreads them over 256 folders by their first two characters. */
export class LocalFileStore implements FileStore {
  constructor(private readonly dir: string) {}

  private pathOf(key: string) {
    if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error(`Not a file key: ${key}`);
    return join(this.dir, key.slice(0, 2), key);
  }

  async keep(key: string, file: Spooled) {
    const path = this.pathOf(key);
    await mkdir(join(this.dir, key.slice(0, 2)), { recursive: true, mode: 0o700 });
    await rename(file.path, path);
  }

  async read(key: string) {
    const path = this.pathOf(key);
    await stat(path); // fails now, not mid-response, when the bytes are gone
    return createReadStream(path);
  }

  async remove(key: string) {
    await rm(this.pathOf(key), { force: true });
  }
}
