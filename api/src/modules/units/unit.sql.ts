import type pg from 'pg';
import type { OrganisationUnit } from '../../generated/prisma/client.js';
import type { UnitKind } from '../../generated/prisma/enums.js';

/** A unit written with SQL comes back in the shape Prisma reads it in. */
export type UnitRow = OrganisationUnit;

const columns = `id, kind, name, slug, area_id AS "areaId", created_at AS "createdAt"`;

/** The new unit; null when another unit has the slug already (nothing is written). */
export async function insertUnit(
  client: pg.ClientBase,
  unit: { kind: UnitKind; name: string; slug: string; areaId: string | null },
) {
  const { rows } = await client.query<UnitRow>(
    `INSERT INTO organisation_unit (kind, name, slug, area_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (slug) DO NOTHING RETURNING ${columns}`,
    [unit.kind, unit.name, unit.slug, unit.areaId],
  );
  return rows[0] ?? null;
}
