import type { AccessTokenScope, Role } from '../../generated/prisma/enums.js';
import type { Queryable } from './identity.sql.js';

/** A session or an access token found by its secret's hash, with what signing in needs. */
export type CredentialRow = {
  id: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
  user: {
    id: string;
    verifiedAt: Date | null;
    birthYear: number | null;
    roles: { role: Role; unitId: string | null }[];
  };
};

export type SessionRow = CredentialRow & { expiresAt: Date };
export type AccessTokenRow = CredentialRow & { scopes: AccessTokenScope[] };

// Each request signs in with one statement: the credential, its user and the user's roles.
const holderColumns = `c.id, c.expires_at AS "expiresAt", c.revoked_at AS "revokedAt",
  json_build_object(
    'id', u.id, 'verifiedAt', u.verified_at, 'birthYear', u.birth_year,
    'roles', COALESCE((SELECT json_agg(json_build_object('role', g.role, 'unitId', g.unit_id))
                       FROM role_grant g WHERE g.user_id = u.id), '[]')) AS "user"`;

type RawHolder<R> = Omit<R, 'user'> & {
  user: Omit<CredentialRow['user'], 'verifiedAt'> & { verifiedAt: string | null };
};

// json_build_object carries the timestamp as text.
const withDates = <R extends CredentialRow>(row: RawHolder<R> | undefined): R | null =>
  row
    ? ({
        ...row,
        user: { ...row.user, verifiedAt: row.user.verifiedAt && new Date(row.user.verifiedAt) },
      } as R)
    : null;

export async function selectSession(db: Queryable, tokenHash: string) {
  const { rows } = await db.query<RawHolder<SessionRow>>(
    `SELECT ${holderColumns} FROM session c JOIN app_user u ON u.id = c.user_id
     WHERE c.token_hash = $1`,
    [tokenHash],
  );
  return withDates(rows[0]);
}

/**
 * The access token with the hash, its last use noted in the same statement. The note is kept to
 * the minute: a token sending many requests a second writes its row once a minute, not each time.
 */
export async function selectAccessTokenNotingUse(db: Queryable, tokenHash: string) {
  const { rows } = await db.query<RawHolder<AccessTokenRow>>(
    `WITH c AS (SELECT * FROM access_token WHERE token_hash = $1),
          noted AS (
            UPDATE access_token t SET last_used_at = now() FROM c
            WHERE t.id = c.id AND c.revoked_at IS NULL AND (c.expires_at IS NULL OR c.expires_at > now())
              AND (c.last_used_at IS NULL OR c.last_used_at < now() - interval '1 minute'))
     SELECT ${holderColumns}, c.scopes::text[] AS scopes FROM c JOIN app_user u ON u.id = c.user_id`,
    [tokenHash],
  );
  return withDates(rows[0]);
}
