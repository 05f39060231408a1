import DataLoader from 'dataloader';
import type { Database } from '../../db/database.js';
import { simplifiedGeometryLoader } from '../../geo/simplified-geometry.js';
import { selectGeometries } from './plan.sql.js';
import type { PlanZone, SpatialPlan } from './plan.type.js';
import type { ZoneParameterValue } from './zone-parameters.js';

export const planSelect = {
  id: true,
  kind: true,
  name: true,
  stage: true,
  version: true,
  createdAt: true,
  previousVersionId: true,
  replacedAt: true,
} as const;

export const zoneSelect = {
  id: true,
  planId: true,
  symbol: true,
  designationCode: true,
  designationName: true,
  parameters: true,
} as const;

type ZoneRecord = Omit<PlanZone, 'parameters'> & { parameters: unknown };

/** A stored zone as the API shows it: parameter values as text, as the schema has them. */
export function toPlanZone(row: ZoneRecord): PlanZone {
  const parameters = (row.parameters as ZoneParameterValue[]).map((p) => ({
    key: p.key,
    value: String(p.value),
    unit: p.unit,
  }));
  return { ...row, parameters };
}

// The legend's order: by designation, then 1MW, 2MW … 10MW rather than 1MW, 10MW, 2MW.
const bySymbol = new Intl.Collator('pl', { numeric: true }).compare;
const legendOrder = (a: PlanZone, b: PlanZone) =>
  bySymbol(a.designationCode, b.designationCode) || bySymbol(a.symbol, b.symbol);

const geometryLoader = (db: Database, table: 'spatial_plan' | 'plan_zone') =>
  simplifiedGeometryLoader((ids, tolerance) => selectGeometries(db.pool, table, ids, tolerance));

/** Per-request loaders for plans, their zones and geometries, and the plans of consultations. */
export function planLoaders(db: Database) {
  return {
    plan: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db.prisma.spatialPlan.findMany({
        select: planSelect,
        where: { id: { in: [...ids] } },
      });
      return ids.map((id): SpatialPlan | null => rows.find((r) => r.id === id) ?? null);
    }),
    planZone: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db.prisma.planZone.findMany({
        select: zoneSelect,
        where: { id: { in: [...ids] } },
      });
      return ids.map((id) => {
        const row = rows.find((r) => r.id === id);
        return row ? toPlanZone(row) : null;
      });
    }),
    planZones: new DataLoader(async (planIds: readonly string[]) => {
      const rows = await db.prisma.planZone.findMany({
        select: zoneSelect,
        where: { planId: { in: [...planIds] } },
      });
      const zones = rows.map(toPlanZone).sort(legendOrder);
      return planIds.map((id) => zones.filter((z) => z.planId === id));
    }),
    consultationPlans: new DataLoader(async (consultationIds: readonly string[]) => {
      const links = await db.prisma.consultationPlan.findMany({
        select: { consultationId: true, plan: { select: planSelect } },
        where: { consultationId: { in: [...consultationIds] } },
        orderBy: [{ plan: { createdAt: 'asc' } }, { planId: 'asc' }],
      });
      return consultationIds.map((id): SpatialPlan[] =>
        links.filter((l) => l.consultationId === id).map((l) => l.plan),
      );
    }),
    planBoundary: geometryLoader(db, 'spatial_plan'),
    planZoneGeometry: geometryLoader(db, 'plan_zone'),
  };
}
