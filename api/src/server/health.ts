import type { Request, Response } from 'express';
import type { Database } from '../db/database.js';
import { pendingMigrations, readMigrations } from '../db/migrations.js';

/** Alive: the process answers. */
export function healthz(_req: Request, res: Response) {
  res.json({ status: 'ok' });
}

/** Ready: the database answers and every migration in the repository is applied. */
export function readyz(db: Database) {
  const migrations = readMigrations();
  return async (_req: Request, res: Response) => {
    const client = await db.pool.connect().catch(() => undefined);
    if (!client) {
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
      return;
    }
    try {
      const pending = await pendingMigrations(client, migrations);
      if (pending.length > 0) {
        res.status(503).json({
          status: 'unavailable',
          reason: 'migrations pending',
          pending: pending.map((m) => m.name),
        });
        return;
      }
      res.json({ status: 'ok', database: db.mode });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', reason: (error as Error).message });
    } finally {
      client.release();
    }
  };
}
