import type pg from 'pg';
import type { AccessToken } from '../../generated/prisma/client.js';
import type { AccessTokenScope, Role } from '../../generated/prisma/enums.js';

/** The pool, or the client of a transaction. */
export type Queryable = pg.Pool | pg.ClientBase;

export type RoleGrantKey = { userId: string; role: Role; unitId: string | null };

/** The new user's id; null when the email has an account already (nothing is written). */
export async function insertUser(
  client: pg.ClientBase,
  user: { email: string; passwordHash: string; displayName: string; birthYear: number | null },
) {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO app_user (email, password_hash, display_name, birth_year)
     VALUES ($1, $2, $3, $4) ON CONFLICT (email) DO NOTHING RETURNING id`,
    [user.email, user.passwordHash, user.displayName, user.birthYear],
  );
  return rows[0]?.id ?? null;
}

export async function insertSession(
  db: Queryable,
  session: { userId: string; tokenHash: string; expiresAt: Date },
) {
  await db.query('INSERT INTO session (user_id, token_hash, expires_at) VALUES ($1, $2, $3)', [
    session.userId,
    session.tokenHash,
    session.expiresAt,
  ]);
}

/**
 * Empties a deleted account's row and drops its sessions, tokens, roles, verification records
 * and requests to be verified.
 */
export async function emptyAccount(client: pg.ClientBase, userId: string) {
  await client.query(
    `WITH sessions AS (DELETE FROM session WHERE user_id = $1),
          tokens AS (DELETE FROM access_token WHERE user_id = $1),
          roles AS (DELETE FROM role_grant WHERE user_id = $1),
          verifications AS (DELETE FROM resident_verification WHERE user_id = $1),
          requests AS (DELETE FROM verification_request WHERE user_id = $1)
     UPDATE app_user SET email = NULL, password_hash = NULL, display_name = NULL,
       birth_year = NULL, deleted_at = now()
     WHERE id = $1`,
    [userId],
  );
}

/** Whether the grant is new: one already held is left as it is. */
export async function insertRoleGrant(client: pg.ClientBase, grant: RoleGrantKey) {
  const { rowCount } = await client.query(
    `INSERT INTO role_grant (user_id, role, unit_id) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING`,
    [grant.userId, grant.role, grant.unitId],
  );
  return rowCount === 1;
}

/** Whether the user held the grant. */
export async function deleteRoleGrant(client: pg.ClientBase, grant: RoleGrantKey) {
  const { rowCount } = await client.query(
    `DELETE FROM role_grant
     WHERE user_id = $1 AND role = $2 AND unit_id IS NOT DISTINCT FROM $3::uuid`,
    [grant.userId, grant.role, grant.unitId],
  );
  return rowCount === 1;
}

/** Revokes every session of the user, and with `includeTokens` their access tokens too. */
export async function revokeSignIns(db: Queryable, userId: string, includeTokens: boolean) {
  await db.query(
    `WITH tokens AS (
       UPDATE access_token SET revoked_at = now()
       WHERE $2 AND user_id = $1 AND revoked_at IS NULL)
     UPDATE session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
    [userId, includeTokens],
  );
}

const accessTokenColumns = `id, user_id AS "userId", name, token_hash AS "tokenHash",
  scopes::text[] AS scopes, created_at AS "createdAt", expires_at AS "expiresAt",
  last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"`;

export async function insertAccessToken(
  client: pg.ClientBase,
  token: {
    userId: string;
    name: string;
    tokenHash: string;
    scopes: readonly AccessTokenScope[];
    expiresAt: Date | null;
  },
) {
  const { rows } = await client.query<AccessToken>(
    `INSERT INTO access_token (user_id, name, token_hash, scopes, expires_at)
     VALUES ($1, $2, $3, $4::access_token_scope[], $5) RETURNING ${accessTokenColumns}`,
    [token.userId, token.name, token.tokenHash, token.scopes, token.expiresAt],
  );
  return rows[0] as AccessToken;
}

/** The token revoked; null when the user has no active one by that id. */
export async function revokeAccessToken(client: pg.ClientBase, userId: string, id: string) {
  const { rows } = await client.query<{ name: string }>(
    `UPDATE access_token SET revoked_at = now()
     WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING name`,
    [id, userId],
  );
  return rows[0] ?? null;
}
