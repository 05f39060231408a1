import type pg from 'pg';
import { type Queryable, raw, sql } from '../../db/sql.js';
import type {
  IdentityDocument,
  VerificationMethod,
  VerificationRequestOutcome,
} from '../../generated/prisma/enums.js';
import type { Keyset } from '../../graphql/connection.js';
import type { OrganisationUnit } from '../units/unit.type.js';

export type VerificationRow = {
  id: string;
  userId: string;
  method: VerificationMethod;
  document: IdentityDocument;
  checkedOn: string;
  unit: OrganisationUnit;
  verifiedById: string;
  createdAt: Date;
  revokedAt: Date | null;
  revokeReason: string | null;
};

export type VerificationRequestRow = {
  id: string;
  userId: string;
  unit: OrganisationUnit | null;
  createdAt: Date;
  resolvedAt: Date | null;
  outcome: VerificationRequestOutcome | null;
};

export type NewVerification = {
  userId: string;
  method: VerificationMethod;
  document: IdentityDocument;
  checkedOn: string;
  unitId: string;
  verifiedById: string;
};

/** The state of the person being verified, locked until the transaction ends. */
export type Verifiee = { id: string; verifiedAt: Date | null; createdOn: string };

/** A joined unit (or null) as the GraphQL type reads it. */
export const unitJson = (alias: string) =>
  `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object('id', ${alias}.id,
     'kind', ${alias}.kind, 'name', ${alias}.name, 'slug', ${alias}.slug,
     'areaId', ${alias}.area_id) END`;

const verificationColumns = `v.id, v.user_id AS "userId", v.method, v.document,
  to_char(v.checked_on, 'YYYY-MM-DD') AS "checkedOn", ${unitJson('u')} AS unit,
  v.verified_by_id AS "verifiedById", v.created_at AS "createdAt", v.revoked_at AS "revokedAt",
  v.revoke_reason AS "revokeReason"`;

const requestColumns = `r.id, r.user_id AS "userId", ${unitJson('u')} AS unit,
  r.created_at AS "createdAt", r.resolved_at AS "resolvedAt", r.outcome`;

/** The active account, locked; null when there is none by that id. Its day is Warsaw's. */
export async function lockVerifiee(client: pg.ClientBase, userId: string) {
  const { rows } = await client.query<Verifiee>(
    `SELECT id, verified_at AS "verifiedAt",
       to_char(created_at AT TIME ZONE 'Europe/Warsaw', 'YYYY-MM-DD') AS "createdOn"
     FROM app_user WHERE id = $1 AND deleted_at IS NULL FOR UPDATE`,
    [userId],
  );
  return rows[0] ?? null;
}

/** Records the verification, marks the account verified and resolves its open request. */
export async function insertVerification(
  client: pg.ClientBase,
  v: NewVerification,
  birthYear: number | null,
) {
  await client.query(
    `INSERT INTO resident_verification (user_id, method, document, checked_on, unit_id, verified_by_id)
     VALUES ($1, $2, $3, $4::date, $5, $6)`,
    [v.userId, v.method, v.document, v.checkedOn, v.unitId, v.verifiedById],
  );
  await client.query(
    `UPDATE app_user SET verified_at = now(), verified_by_id = $2, verification_method = $3,
       birth_year = coalesce($4, birth_year)
     WHERE id = $1`,
    [v.userId, v.verifiedById, v.method, birthYear],
  );
  await client.query(
    `UPDATE verification_request SET resolved_at = now(), resolved_by_id = $2, outcome = 'VERIFIED'
     WHERE user_id = $1 AND resolved_at IS NULL`,
    [v.userId, v.verifiedById],
  );
}

/** Ends the account's verification, keeping its record with who revoked it and why. */
export async function revokeVerification(
  client: pg.ClientBase,
  revocation: { userId: string; revokedById: string; reason: string },
) {
  await client.query(
    `UPDATE resident_verification SET revoked_at = now(), revoked_by_id = $2, revoke_reason = $3
     WHERE user_id = $1 AND revoked_at IS NULL`,
    [revocation.userId, revocation.revokedById, revocation.reason],
  );
  await client.query(
    `UPDATE app_user SET verified_at = NULL, verified_by_id = NULL, verification_method = NULL
     WHERE id = $1`,
    [revocation.userId],
  );
}

/** The active verification records of these accounts. */
export async function selectActiveVerifications(db: Queryable, userIds: readonly string[]) {
  const { rows } = await db.query<VerificationRow>(
    `SELECT ${verificationColumns} FROM resident_verification v
     JOIN organisation_unit u ON u.id = v.unit_id
     WHERE v.user_id = ANY($1::uuid[]) AND v.revoked_at IS NULL`,
    [userIds],
  );
  return rows;
}

/** Every verification of the account, revoked ones too, oldest first. */
export async function selectVerificationsOf(db: Queryable, userId: string) {
  const { rows } = await db.query<VerificationRow>(
    `SELECT ${verificationColumns} FROM resident_verification v
     JOIN organisation_unit u ON u.id = v.unit_id
     WHERE v.user_id = $1 ORDER BY v.created_at, v.id`,
    [userId],
  );
  return rows;
}

/** Opens the account's request, or moves its open one to another unit. */
export async function upsertOpenRequest(
  client: pg.ClientBase,
  request: { userId: string; unitId: string | null },
) {
  const { rows } = await client.query<{ id: string; unitId: string | null; created: boolean }>(
    `INSERT INTO verification_request (user_id, unit_id) VALUES ($1, $2)
     ON CONFLICT (user_id) WHERE resolved_at IS NULL DO UPDATE SET unit_id = EXCLUDED.unit_id
     RETURNING id, unit_id AS "unitId", (xmax = 0) AS created`,
    [request.userId, request.unitId],
  );
  return rows[0] as { id: string; unitId: string | null; created: boolean };
}

/** The id of the request withdrawn; null when the account had none open. */
export async function withdrawOpenRequest(client: pg.ClientBase, userId: string) {
  const { rows } = await client.query<{ id: string }>(
    `UPDATE verification_request SET resolved_at = now(), resolved_by_id = $1, outcome = 'WITHDRAWN'
     WHERE user_id = $1 AND resolved_at IS NULL RETURNING id`,
    [userId],
  );
  return rows[0]?.id ?? null;
}

export async function selectOpenRequests(db: Queryable, userIds: readonly string[]) {
  const { rows } = await db.query<VerificationRequestRow>(
    `SELECT ${requestColumns} FROM verification_request r
     LEFT JOIN organisation_unit u ON u.id = r.unit_id
     WHERE r.user_id = ANY($1::uuid[]) AND r.resolved_at IS NULL`,
    [userIds],
  );
  return rows;
}

/** Every request of the account, oldest first. */
export async function selectRequestsOf(db: Queryable, userId: string) {
  const { rows } = await db.query<VerificationRequestRow>(
    `SELECT ${requestColumns} FROM verification_request r
     LEFT JOIN organisation_unit u ON u.id = r.unit_id
     WHERE r.user_id = $1 ORDER BY r.created_at, r.id`,
    [userId],
  );
  return rows;
}

/**
 * Open requests of active accounts that name one of `units` or no unit; every open request
 * when `units` is null (admins).
 */
function openRequestsWhere(units: string[] | null, after: Keyset | null = null) {
  return sql`WHERE r.resolved_at IS NULL
    AND EXISTS (SELECT 1 FROM app_user a WHERE a.id = r.user_id AND a.deleted_at IS NULL)
    AND (${units}::uuid[] IS NULL OR r.unit_id IS NULL OR r.unit_id = ANY(${units}::uuid[]))
    AND (${after?.createdAt ?? null}::timestamptz IS NULL
         OR (r.created_at, r.id) > (${after?.createdAt ?? null}::timestamptz, ${after?.id ?? null}::uuid))`;
}

/** Oldest first, one row more than `first`. */
export async function selectWaitingRequests(
  db: Queryable,
  units: string[] | null,
  page: { first: number; after: Keyset | null },
) {
  const { rows } = await db.query<VerificationRequestRow>(
    sql`SELECT ${raw(requestColumns)} FROM verification_request r
        LEFT JOIN organisation_unit u ON u.id = r.unit_id
        ${openRequestsWhere(units, page.after)}
        ORDER BY r.created_at, r.id LIMIT ${page.first + 1}`,
  );
  return rows;
}

export async function countWaitingRequests(db: Queryable, units: string[] | null) {
  const { rows } = await db.query<{ count: number }>(
    sql`SELECT count(*)::int AS count FROM verification_request r ${openRequestsWhere(units)}`,
  );
  return rows[0]?.count ?? 0;
}
