import type pg from 'pg';
import type { BudgetPoolKind } from '../../../generated/prisma/enums.js';

export async function existsById(
  client: pg.ClientBase,
  table: 'area' | 'organisation_unit',
  id: string,
) {
  const { rows } = await client.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id]);
  return rows.length > 0;
}

export async function selectEditionPool(
  client: pg.ClientBase,
  editionId: string,
  kind: BudgetPoolKind,
  areaId: string | null,
) {
  const { rows } = await client.query<{ id: string }>(
    `SELECT id FROM budget_pool WHERE edition_id = $1 AND kind = $2::budget_pool_kind
       AND area_id IS NOT DISTINCT FROM $3::uuid`,
    [editionId, kind, areaId],
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

export async function insertPool(client: pg.ClientBase, p: NewPool) {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO budget_pool (edition_id, kind, area_id, unit_id, name, amount_grosze)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [p.editionId, p.kind, p.areaId, p.unitId, p.name, p.amountGrosze.toString()],
  );
  return rows[0]?.id ?? '';
}
