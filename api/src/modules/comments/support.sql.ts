import type pg from 'pg';

/** False when the user already supports the comment (one support per user: the primary key). */
export async function insertSupport(pool: pg.Pool, commentId: string, userId: string) {
  const { rowCount } = await pool.query(
    `INSERT INTO comment_support (comment_id, user_id) VALUES ($1, $2)
     ON CONFLICT (comment_id, user_id) DO NOTHING`,
    [commentId, userId],
  );
  return rowCount === 1;
}

export async function deleteSupport(pool: pg.Pool, commentId: string, userId: string) {
  await pool.query('DELETE FROM comment_support WHERE comment_id = $1 AND user_id = $2', [
    commentId,
    userId,
  ]);
}

/** Supports per comment, and whether `userId` is among them, in one statement. */
export async function selectSupportTotals(
  pool: pg.Pool,
  ids: readonly string[],
  userId: string | null,
) {
  const { rows } = await pool.query<{ id: string; count: number; mine: boolean }>(
    `SELECT comment_id AS id, count(*)::int AS count,
            COALESCE(bool_or(user_id = $2::uuid), false) AS mine
     FROM comment_support WHERE comment_id = ANY($1::uuid[]) GROUP BY comment_id`,
    [ids, userId],
  );
  return new Map(rows.map((r) => [r.id, r]));
}
