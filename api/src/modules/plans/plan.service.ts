import type { Database } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { isUuid } from '../../db/uuid.js';
import { badInput, notFound } from '../../errors/domain-error.js';
import { recordAudit } from '../audit/audit.service.js';
import { rederiveZones } from '../comments/comment-zone.sql.js';
import type { ConsultationService } from '../consultations/consultation.service.js';
import type { Viewer } from '../identity/viewer.js';
import { managesUnit } from '../identity/viewer.js';
import { declaredCrs, sridOf } from './plan.crs.js';
import { readFeatures } from './plan.features.js';
import { checkPlanFields, type PlanImportInput } from './plan.input.js';
import { planLoaders, planSelect, toPlanZone, zoneSelect } from './plan.loaders.js';
import { insertPlan, linkPlan, selectInvalidZones } from './plan.sql.js';
import type { PlanZone, SpatialPlan } from './plan.type.js';
import { PlanImportError } from './plan-import.error.js';

/** Who imports: a signed-in planner or admin, or the system (the CLI, run by an operator). */
export type Importer = Viewer | 'system';

export class PlanService {
  constructor(
    private readonly db: Database,
    private readonly consultations: ConsultationService,
    private readonly maxVertices: number,
  ) {}

  /** Per-request loaders for plans, zones, their geometries and the plans of consultations. */
  loaders() {
    return planLoaders(this.db);
  }

  /**
   * Imports a plan for a consultation, all or nothing. Any faulty feature (properties, symbol
   * repeated, geometry type, range, PostGIS validity) refuses the whole plan with one error
   * listing every fault. EPSG:2180 is transformed to EPSG:4326. Audited as `plan.import`.
   */
  async importPlan(
    importer: Importer,
    consultationId: string,
    input: PlanImportInput,
  ): Promise<SpatialPlan> {
    await this.checkConsultation(importer, consultationId);
    const { name, version } = checkPlanFields(input);
    const declared = declaredCrs(input.features, 'input.features');
    if (declared && declared !== input.crs) {
      const problem = `is ${input.crs}, but the FeatureCollection declares ${declared}`;
      throw badInput('input.crs', problem, 'PLAN_CRS_MISMATCH', { crs: declared });
    }
    const srid = sridOf[input.crs];
    const { zones, problems, count } = readFeatures(input.features, input.crs, this.maxVertices);
    if (zones.length > 0) problems.push(...(await selectInvalidZones(this.db.pool, zones, srid)));
    if (problems.length > 0) throw new PlanImportError(problems, count);
    const plan = { kind: input.kind, name, stage: input.stage, version };
    const id = await inTransaction(this.db.pool, async (client) => {
      const planId = await insertPlan(client, plan, zones, srid);
      const meters = await linkPlan(client, planId, consultationId);
      if (meters > 0) {
        const problem =
          `the plan lies ${distance(meters)} from the consultation's area; ` +
          'check crs, and that each position gives easting (or longitude) first';
        throw badInput('input.features', problem, 'PLAN_OUTSIDE_AREA', {
          meters: Math.round(meters),
        });
      }
      // Remarks made before the plan was linked now fall in its zones too.
      await rederiveZones(client, consultationId);
      await recordAudit(client, {
        actorId: importer === 'system' ? null : importer.userId,
        action: 'plan.import',
        targetType: 'SpatialPlan',
        targetId: planId,
        after: { consultationId, ...plan, crs: input.crs, zones: zones.length },
      });
      return planId;
    });
    return this.db.prisma.spatialPlan.findUniqueOrThrow({ select: planSelect, where: { id } });
  }

  /** A plan the viewer may see: one of its consultations is past DRAFT, or theirs to manage. */
  async find(viewer: Viewer | null, id: string): Promise<SpatialPlan> {
    const plan = isUuid(id)
      ? await this.db.prisma.spatialPlan.findUnique({ select: planSelect, where: { id } })
      : null;
    if (!plan || !(await this.isVisible(viewer, plan.id))) {
      throw notFound(`No plan has id "${id}".`, 'id');
    }
    return plan;
  }

  /** A zone of a plan the viewer may see. */
  async findZone(viewer: Viewer | null, id: string): Promise<PlanZone> {
    const zone = isUuid(id)
      ? await this.db.prisma.planZone.findUnique({ select: zoneSelect, where: { id } })
      : null;
    if (!zone || !(await this.isVisible(viewer, zone.planId))) {
      throw notFound(`No plan zone has id "${id}".`, 'id');
    }
    return toPlanZone(zone);
  }

  // A plan for a consultation still in DRAFT is as private as the consultation.
  private async isVisible(viewer: Viewer | null, planId: string) {
    const links = await this.db.prisma.consultationPlan.findMany({
      select: { consultation: { select: { status: true, unitId: true } } },
      where: { planId },
    });
    return links.some(
      ({ consultation }) =>
        consultation.status !== 'DRAFT' || managesUnit(viewer, consultation.unitId),
    );
  }

  private async checkConsultation(importer: Importer, consultationId: string) {
    if (importer !== 'system') {
      await this.consultations.findManaged(importer, consultationId, 'consultationId');
      return;
    }
    const exists =
      isUuid(consultationId) &&
      (await this.db.prisma.consultation.count({ where: { id: consultationId } })) > 0;
    if (!exists) throw notFound(`No consultation has id "${consultationId}".`, 'consultationId');
  }
}

const distance = (meters: number) =>
  meters < 1000 ? `${Math.round(meters)} m` : `${(meters / 1000).toFixed(1)} km`;
