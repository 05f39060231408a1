import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { postgis } from '@electric-sql/pglite-postgis';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from './data-dir-lock.js';

export type EmbeddedDatabase = {
  /** A plain PostgreSQL URL (to a Unix socket): the rest of the code speaks `pg` to it. */
  url: string;
  stop(): Promise<void>;
};

/**
 * Starts PGlite with PostGIS on `dataDir` and serves it on a Unix socket in a private folder
 * (mode 0700), so that no other user's process can reach the tables.
 * `maxConnections` must be at least the pool size: the socket server resets connections
 * beyond it. PGlite runs one query at a time; the server queues the rest, and keeps a
 * connection's open transaction from interleaving with others.
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  maxConnections: number;
}): Promise<EmbeddedDatabase> {
  const unlock = lockDataDir(options.dataDir);
  try {
    const db = await PGlite.create({
      dataDir: join(options.dataDir, 'pg'),
      extensions: { postgis, unaccent, pg_trgm, btree_gist },
    });
    // PGlite has no passwords: the socket lives in a folder only this user may enter.
    const socketDir = mkdtempSync(join(tmpdir(), 'plac-db-'));
    const server = new PGLiteSocketServer({
      db,
      path: join(socketDir, '.s.PGSQL.5432'),
      maxConnections: options.maxConnections,
    });
    await server.start();
    return {
      url: `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}`,
      async stop() {
        await server.stop();
        await db.close();
        rmSync(socketDir, { recursive: true, force: true });
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
