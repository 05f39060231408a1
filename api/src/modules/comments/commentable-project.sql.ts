import type { Queryable } from '../../db/sql.js';
import type { BudgetProjectStatus } from '../../generated/prisma/enums.js';

/** A budget project as a subject of comments: its status and when its edition's schedule ends. */
export type CommentableProject = {
  id: string;
  status: BudgetProjectStatus;
  /** The end of the edition's last phase; null while it has no schedule. */
  editionEndsAt: Date | null;
};

export async function selectCommentableProject(db: Queryable, id: string) {
  const { rows } = await db.query<CommentableProject>(
    `SELECT p.id, p.status,
       (SELECT max(ph.ends_at) FROM budget_phase_period ph WHERE ph.edition_id = pl.edition_id)
         AS "editionEndsAt"
     FROM budget_project p JOIN budget_pool pl ON pl.id = p.pool_id WHERE p.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}
