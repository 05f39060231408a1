import { type Queryable, sql } from '../../db/sql.js';
import type { Keyset } from '../../graphql/connection.js';
import type { Person } from './person.type.js';

const personColumns = sql`u.id, u.email, u.display_name AS "displayName", u.birth_year AS "birthYear",
  u.verified_at AS "verifiedAt", u.verified_at IS NOT NULL AS verified, u.created_at AS "createdAt",
  EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id) AS "holdsRole"`;

/** LIKE's wildcards taken literally. */
const literal = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Active accounts whose e-mail starts with `search` (case ignored: e-mails are stored lower-case)
 * or whose name contains it, accents and case ignored; newest first, one row more than `first`.
 */
export async function selectPeople(
  db: Queryable,
  search: string,
  page: { first: number; after: Keyset | null },
) {
  const pattern = literal(search);
  const { after } = page;
  const { rows } = await db.query<Person>(
    sql`SELECT ${personColumns} FROM app_user u
        WHERE u.deleted_at IS NULL
          AND (u.email LIKE lower(${pattern}) || '%'
               OR plac_fold(u.display_name) LIKE '%' || plac_fold(${pattern}) || '%')
          AND (${after?.createdAt ?? null}::timestamptz IS NULL
               OR (u.created_at, u.id) < (${after?.createdAt ?? null}::timestamptz, ${after?.id ?? null}::uuid))
        ORDER BY u.created_at DESC, u.id DESC LIMIT ${page.first + 1}`,
  );
  return rows;
}

export async function selectPeopleById(db: Queryable, ids: readonly string[]) {
  const { rows } = await db.query<Person>(
    sql`SELECT ${personColumns} FROM app_user u
        WHERE u.id = ANY(${ids}::uuid[]) AND u.deleted_at IS NULL`,
  );
  return rows;
}
