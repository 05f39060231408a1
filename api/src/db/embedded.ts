import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { postgis } from '@electric-sql/pglite-postgis';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from './data-dir-lock.js';

export type EmbeddedDatabase = {
  /** A plain PostgreSQL URL on a loopback port: the rest of the code speaks `pg` to it. */
  url: string;
  stop(): Promise<void>;
};

/**
 * Starts PGlite with PostGIS on `dataDir` and serves it on a loopback port.
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
      extensions: { postgis, unaccent, pg_trgm },
    });
    const server = new PGLiteSocketServer({
      db,
      host: '127.0.0.1',
      port: 0,
      maxConnections: options.maxConnections,
    });
    await server.start();
    return {
      url: `postgresql://postgres@${server.getServerConn()}/postgres`,
      async stop() {
        await server.stop();
        await db.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
