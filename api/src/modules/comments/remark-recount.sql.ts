import type pg from 'pg';
import { sql } from '../../db/sql.js';
import { inTransaction } from '../../db/transaction.js';

/** Rows of a consultation's kept counts that a recount from its remarks did not match. */
export type CountDrift = { areaRows: number; cellRows: number };

/**
 * Recounts a consultation's remarks into `comment_area_count` and `comment_cell_count` with
 * the triggers' own function, and tells which kept rows differed; with `repair` a recount that
 * differs is kept (and the consultation's tiles renewed), otherwise nothing changes. The count
 * tables are locked against writes meanwhile, reads going on: a remark written during the
 * recount counts itself once it may, on top of it.
 */
export function recountRemarks(
  pool: pg.Pool,
  consultationId: string,
  repair: boolean,
): Promise<CountDrift> {
  return inTransaction(pool, async (client) => {
    // A million remarks take seconds to recount; waiting long for the lock would hold every
    // remark's write behind this one.
    await client.query('SET LOCAL statement_timeout = 0');
    await client.query("SET LOCAL lock_timeout = '5s'");
    await client.query('LOCK TABLE comment_area_count, comment_cell_count IN EXCLUSIVE MODE');
    await client.query('SAVEPOINT recount');
    await client.query(keptAreas(consultationId));
    await client.query(keptCells(consultationId));
    await client.query(
      sql`DELETE FROM comment_area_count WHERE consultation_id = ${consultationId}::uuid`,
    );
    await client.query(
      sql`DELETE FROM comment_cell_count WHERE consultation_id = ${consultationId}::uuid`,
    );
    await client.query(
      sql`SELECT plac_count_remarks(ARRAY(
            SELECT plac_remark_move(1, c) FROM comment c
            WHERE c.consultation_id = ${consultationId}::uuid AND c.parent_id IS NULL))`,
    );
    const drift = await differences(client, consultationId);
    if (repair && (drift.areaRows > 0 || drift.cellRows > 0)) {
      await client.query(
        sql`SELECT plac_bump_tile_layer('comments', ARRAY[${consultationId}::uuid])`,
      );
    } else {
      await client.query('ROLLBACK TO SAVEPOINT recount');
    }
    return drift;
  });
}

// Rows with no remarks left count nothing: a recount does not write them.
const keptAreas = (consultationId: string) =>
  sql`CREATE TEMP TABLE kept_area_count ON COMMIT DROP AS
      SELECT area_kind, area_id, status, stance, topic_id, answered, remarks
      FROM comment_area_count WHERE consultation_id = ${consultationId}::uuid AND remarks <> 0`;

// A cell's sums are compared as the mean point it is drawn at, to the centimetre: sums added
// one remark at a time round otherwise than one sum.
const cellColumns = sql`cell_column, cell_row, status, stance, topic_id, answered, remarks,
  round((sum_x / remarks)::numeric, 2) AS x, round((sum_y / remarks)::numeric, 2) AS y`;

const keptCells = (consultationId: string) =>
  sql`CREATE TEMP TABLE kept_cell_count ON COMMIT DROP AS
      SELECT ${cellColumns} FROM comment_cell_count
      WHERE consultation_id = ${consultationId}::uuid AND remarks <> 0`;

async function differences(client: pg.ClientBase, consultationId: string): Promise<CountDrift> {
  const id = sql`${consultationId}::uuid`;
  const { rows } = await client.query<CountDrift>(
    sql`WITH areas AS (
          SELECT area_kind, area_id, status, stance, topic_id, answered, remarks
          FROM comment_area_count WHERE consultation_id = ${id}),
        cells AS (SELECT ${cellColumns} FROM comment_cell_count WHERE consultation_id = ${id})
        SELECT
          (SELECT count(*) FROM ((TABLE kept_area_count EXCEPT ALL TABLE areas)
             UNION ALL (TABLE areas EXCEPT ALL TABLE kept_area_count)) d)::int AS "areaRows",
          (SELECT count(*) FROM ((TABLE kept_cell_count EXCEPT ALL TABLE cells)
             UNION ALL (TABLE cells EXCEPT ALL TABLE kept_cell_count)) d)::int AS "cellRows"`,
  );
  return rows[0] ?? { areaRows: 0, cellRows: 0 };
}
