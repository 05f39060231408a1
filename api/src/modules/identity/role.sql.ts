import type pg from 'pg';
import { type Queryable, raw, sql } from '../../db/sql.js';
import type { Role } from '../../generated/prisma/enums.js';
import type { Keyset } from '../../graphql/connection.js';
import type { OrganisationUnit } from '../units/unit.type.js';
import { unitJson } from './verification.sql.js';

export type RoleHolderRow = {
  id: string;
  userId: string;
  role: Role;
  unit: OrganisationUnit | null;
  createdAt: Date;
};

/**
 * How many ADMIN roles there are, their rows locked until the transaction ends: of two
 * admins revoking each other at once, the second waits for the first and then counts one.
 */
export async function lockAdminCount(client: pg.ClientBase) {
  const { rows } = await client.query<{ id: string }>(
    `SELECT id FROM role_grant WHERE role = 'ADMIN' ORDER BY id FOR UPDATE`,
  );
  return rows.length;
}

/** Whether the account holds the ADMIN role. */
export async function holdsAdmin(db: Queryable, userId: string) {
  const { rows } = await db.query(
    `SELECT 1 FROM role_grant WHERE user_id = $1 AND role = 'ADMIN'`,
    [userId],
  );
  return rows.length > 0;
}

/** Role grants of active accounts, oldest first; one row more than `first`. */
export async function selectRoleHolders(
  db: Queryable,
  role: Role | null,
  page: { first: number; after: Keyset | null },
) {
  const { after } = page;
  const { rows } = await db.query<RoleHolderRow>(
    sql`SELECT g.id, g.user_id AS "userId", g.role, ${raw(unitJson('o'))} AS unit,
          g.created_at AS "createdAt"
        FROM role_grant g JOIN app_user u ON u.id = g.user_id AND u.deleted_at IS NULL
        LEFT JOIN organisation_unit o ON o.id = g.unit_id
        WHERE (${role}::role IS NULL OR g.role = ${role}::role)
          AND (${after?.createdAt ?? null}::timestamptz IS NULL
               OR (g.created_at, g.id) > (${after?.createdAt ?? null}::timestamptz, ${after?.id ?? null}::uuid))
        ORDER BY g.created_at, g.id LIMIT ${page.first + 1}`,
  );
  return rows;
}
