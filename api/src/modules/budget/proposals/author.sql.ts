import { type Queryable, sql } from '../../../db/sql.js';
import type { BudgetProjectAuthorRole } from '../../../generated/prisma/enums.js';

export type AuthorRow = {
  id: string;
  role: BudgetProjectAuthorRole;
  displayName: string | null;
  /** The e-mail a pending invitation went to; null once accepted. */
  invitationEmail: string | null;
  acceptedAt: Date | null;
};

/** A project's authors and pending co-authors: the author first, then by invitation. */
export async function selectAuthors(db: Queryable, projectId: string) {
  const { rows } = await db.query<AuthorRow>(
    sql`SELECT a.id, a.role, u.display_name AS "displayName",
          a.invitation_email AS "invitationEmail", a.accepted_at AS "acceptedAt"
        FROM budget_project_author a LEFT JOIN app_user u ON u.id = a.user_id
        WHERE a.project_id = ${projectId} ORDER BY a.role, a.invited_at, a.id`,
  );
  return rows;
}

/** Whether the e-mail is invited to the project already, or is one of its authors'. */
export async function isInvitedOrAuthor(db: Queryable, projectId: string, email: string) {
  const { rows } = await db.query(
    sql`SELECT 1 FROM budget_project_author a LEFT JOIN app_user u ON u.id = a.user_id
        WHERE a.project_id = ${projectId} AND (a.invitation_email = ${email} OR u.email = ${email})`,
  );
  return rows.length > 0;
}

export async function countCoauthors(db: Queryable, projectId: string) {
  const { rows } = await db.query<{ count: number }>(
    sql`SELECT count(*)::int AS count FROM budget_project_author
        WHERE project_id = ${projectId} AND role = 'COAUTHOR'`,
  );
  return rows[0]?.count ?? 0;
}

export async function insertInvitation(
  db: Queryable,
  projectId: string,
  email: string,
  tokenHash: string,
) {
  await db.query(
    sql`INSERT INTO budget_project_author (project_id, role, invitation_email, invitation_token_hash)
        VALUES (${projectId}, 'COAUTHOR', ${email}, ${tokenHash})`,
  );
}

export type PendingInvitation = { id: string; projectId: string; editionId: string; email: string };

/** The pending invitation with this token hash, locked; null when there is none. */
export async function lockInvitation(db: Queryable, tokenHash: string) {
  const { rows } = await db.query<PendingInvitation>(
    sql`SELECT a.id, a.project_id AS "projectId", pl.edition_id AS "editionId",
          a.invitation_email AS email
        FROM budget_project_author a
        JOIN budget_project p ON p.id = a.project_id JOIN budget_pool pl ON pl.id = p.pool_id
        WHERE a.invitation_token_hash = ${tokenHash} AND a.user_id IS NULL
        FOR UPDATE OF a`,
  );
  return rows[0] ?? null;
}

/** The invitee becomes a co-author; the e-mail and token are forgotten. */
export async function acceptInvitation(db: Queryable, id: string, userId: string) {
  await db.query(
    sql`UPDATE budget_project_author
        SET user_id = ${userId}, accepted_at = now(), invitation_email = NULL,
            invitation_token_hash = NULL
        WHERE id = ${id}`,
  );
}

export async function selectUserEmail(db: Queryable, userId: string) {
  const { rows } = await db.query<{ email: string | null }>(
    sql`SELECT email FROM app_user WHERE id = ${userId}`,
  );
  return rows[0]?.email ?? null;
}
