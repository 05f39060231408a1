import { parseArgs } from 'node:util';
import type { Database } from '../../db/database.js';
import { sql } from '../../db/sql.js';
import { isUuid } from '../../db/uuid.js';
import { recountRemarks } from './remark-recount.sql.js';

/** What the remark-counts CLI may touch, so that tests can run it in memory. */
export interface RemarkCountsCliIo {
  out(text: string): void;
  err(text: string): void;
  /** Opens (and migrates) the database; the CLI closes it. */
  connect(): Promise<Database>;
}

export const remarkCountsUsage = `Usage: npm run remark-counts -w api -- [--repair] [<consultationId>…]
  Recounts each consultation's remarks (all consultations when none is named) and compares
  the counts kept for feedback and map cells with them.
  --repair   keep the recounts of those that differ, and renew their map tiles
  Remarks' count writes wait while a consultation is recounted (seconds for a million).
  Exits 0 when all match (or were repaired), 1 when some differ, 2 on bad arguments, 3 when
  the database fails.`;

/**
 * Resolves to the exit code: 0 all counts match (or were repaired), 1 some differ, 2 bad
 * arguments, 3 the database failed (a cron job tells a drift from an outage).
 */
export async function runRemarkCountsCli(args: string[], io: RemarkCountsCliIo): Promise<number> {
  let parsed: { repair: boolean; ids: string[] };
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { repair: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
    const bad = positionals.find((id) => !isUuid(id));
    if (bad !== undefined) throw new Error(`"${bad}" is not a consultation id`);
    parsed = { repair: values.repair ?? false, ids: positionals.map((id) => id.toLowerCase()) };
  } catch (error) {
    io.err(`remark-counts: ${(error as Error).message}\n\n${remarkCountsUsage}\n`);
    return 2;
  }
  let db: Database | null = null;
  try {
    db = await io.connect();
    return await recountAll(db, parsed, io);
  } catch (error) {
    io.err(`remark-counts: the database failed: ${(error as Error).message}\n`);
    return 3;
  } finally {
    await db?.close();
  }
}

async function recountAll(
  db: Database,
  { repair, ids }: { repair: boolean; ids: string[] },
  io: RemarkCountsCliIo,
) {
  const { rows } = await db.pool.query<{ id: string; title: string }>(
    ids.length
      ? sql`SELECT id, title FROM consultation WHERE id = ANY(${ids}::uuid[]) ORDER BY created_at`
      : sql`SELECT id, title FROM consultation ORDER BY created_at`,
  );
  const unknown = ids.filter((id) => !rows.some((row) => row.id === id));
  if (unknown.length) {
    io.err(`remark-counts: no consultation has id ${unknown.map((id) => `"${id}"`).join(', ')}\n`);
    return 2;
  }
  let differing = 0;
  for (const { id, title } of rows) {
    const drift = await recountRemarks(db.pool, id, repair);
    if (drift.areaRows === 0 && drift.cellRows === 0) continue;
    differing += 1;
    io.out(
      `${id} "${title}": ${drift.areaRows} district and zone rows, ${drift.cellRows} map cell rows differ${repair ? '; recounted' : ''}\n`,
    );
  }
  io.out(
    `Checked ${rows.length} consultation${rows.length === 1 ? '' : 's'}: ${differing} with counts that differ from their remarks${differing && repair ? ', recounted' : ''}.\n`,
  );
  return differing && !repair ? 1 : 0;
}
