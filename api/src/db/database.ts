import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { Config } from '../config.js';
import { PrismaClient } from '../generated/prisma/client.js';
import { startEmbeddedDatabase } from './embedded.js';
import { checkServerRequirements } from './requirements.js';

export type DatabaseMode = 'server' | 'embedded';

export type Database = {
  mode: DatabaseMode;
  /** Raw SQL, PostGIS above all, goes through this pool. */
  pool: pg.Pool;
  /** Plain reads and writes of non-spatial columns; it shares `pool`. */
  prisma: PrismaClient;
  close(): Promise<void>;
};

type PoolConfig = Pick<Config, 'poolSize' | 'statementTimeoutMs'>;
export type DatabaseConfig = PoolConfig & Pick<Config, 'databaseUrl' | 'dataDir'>;

export function createPool(url: string, config: PoolConfig) {
  // The embedded database accepts but cannot enforce the timeout: PGlite has no timer interrupts.
  // JIT off: Plac's statements are short, index-driven and planned afresh each call, so LLVM
  // compiling them (up to seconds when row estimates run far over) costs more than it saves.
  return new pg.Pool({
    connectionString: url,
    max: config.poolSize,
    options: `-c statement_timeout=${Math.trunc(config.statementTimeoutMs)} -c jit=off`,
  });
}

/** Connects to a running database at `url`: a server, or the embedded one's socket. */
export function connectDatabase(
  url: string,
  mode: DatabaseMode,
  config: PoolConfig,
  onClose: () => Promise<void> = async () => {},
): Database {
  // The embedded server multiplexes every connection onto PGlite's one session, and under load
  // can interleave their protocol messages; one connection per process keeps them apart.
  // PGlite runs one query at a time anyway, so nothing is lost.
  const pool = createPool(url, mode === 'embedded' ? { ...config, poolSize: 1 } : config);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    mode,
    pool,
    prisma,
    async close() {
      await prisma.$disconnect();
      await pool.end();
      await onClose();
    },
  };
}

/** Opens the server database when `databaseUrl` is set, else starts the embedded one. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.databaseUrl) {
    const db = connectDatabase(config.databaseUrl, 'server', config);
    await checkServerRequirements(db.pool).catch(async (error) => {
      await db.close();
      throw error;
    });
    return db;
  }
  const embedded = await startEmbeddedDatabase({
    dataDir: config.dataDir,
    maxConnections: config.poolSize + 2,
  });
  return connectDatabase(embedded.url, 'embedded', config, embedded.stop);
}
