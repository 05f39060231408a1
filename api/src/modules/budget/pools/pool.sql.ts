import { type Queryable, raw, sql } from '../../../db/sql.js';
import type { BudgetPoolKind } from '../../../generated/prisma/enums.js';

/** Whether a row of `table` has `id`. */
export async function existsById(db: Queryable, table: 'area' | 'organisation_unit', id: string) {
  const { rows } = await db.query(sql`SELECT 1 FROM ${raw(table)} WHERE id = ${id}`);
  return rows.length > 0;
}

/** The edition's pool of `kind` for `areaId` (none for the city-wide one), if it has one. */
export async function selectEditionPool(
  db: Queryable,
  editionId: string,
  kind: BudgetPoolKind,
  areaId: string | null,
) {
  const { rows } = await db.query<{ id: string }>(
    sql`SELECT id FROM budget_pool WHERE edition_id = ${editionId}
          AND kind = ${kind}::budget_pool_kind AND area_id IS NOT DISTINCT FROM ${areaId}::uuid`,
  );
  return rows[0]?.id ?? null;
}

export type NewPool = {
  editionId: string;
  kind: BudgetPoolKind;
  areaId: string | null;
  unitId: string;
  name: string;
  amountGrosze: bigint;
};

/** The one INSERT of a pool: admins' createBudgetPool and the Pabulib import. */
export async function insertPool(db: Queryable, p: NewPool) {
  const { rows } = await db.query<{ id: string }>(
    sql`INSERT INTO budget_pool (edition_id, kind, area_id, unit_id, name, amount_grosze)
        VALUES (${p.editionId}, ${p.kind}, ${p.areaId}, ${p.unitId}, ${p.name},
          ${p.amountGrosze.toString()}) RETURNING id`,
  );
  return rows[0]?.id ?? '';
}

/** The pool's edition, its row locked; null when there is no such pool. */
export async function lockPool(db: Queryable, poolId: string) {
  const { rows } = await db.query<{ editionId: string; name: string; amountGrosze: string }>(
    sql`SELECT edition_id AS "editionId", name, amount_grosze::text AS "amountGrosze"
        FROM budget_pool WHERE id = ${poolId} FOR UPDATE`,
  );
  return rows[0] ?? null;
}

export async function updatePool(db: Queryable, poolId: string, name: string, amount: bigint) {
  await db.query(
    sql`UPDATE budget_pool SET name = ${name}, amount_grosze = ${amount.toString()}
        WHERE id = ${poolId}`,
  );
}
