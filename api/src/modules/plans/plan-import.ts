import type { Database } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { isUuid } from '../../db/uuid.js';
import { conflict, notFound } from '../../errors/domain-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { FileService } from '../files/file.service.js';
import type { Viewer } from '../identity/viewer.js';
import type { PlanCrs } from './plan.crs.js';
import { checkPlanFields, type PlanImportInput } from './plan.input.js';
import { insertPlan, linkPlan, selectPreviewGeometries } from './plan.sql.js';
import { checkPlan, outsideArea } from './plan-check.js';
import { PlanImportError } from './plan-import.error.js';
import type { Reassignments } from './plan-reassignment.js';
import { insertReassignment, isReassignmentRunning } from './plan-reassignment.sql.js';
import { type PlanSource, readPlanSource } from './plan-source.js';
import { selectLinkedPlans, unlinkReplaced } from './plan-version.sql.js';

/** Who imports: a signed-in planner or admin, or the system (the CLI, run by an operator). */
export type Importer = Viewer | 'system';

/** What a preview input names: the zones' source and CRS, and the plan it would replace. */
export type PreviewInput = PlanSource & {
  crs: PlanCrs;
  name?: string | null;
  replacesPlanId?: string | null;
};

/** Imports plans, and previews them with the same judgement, writing nothing. */
export class PlanImporter {
  constructor(
    private readonly db: Database,
    private readonly files: FileService | null,
    private readonly reassignments: Reassignments,
    private readonly maxVertices: number,
  ) {}

  /** Every zone (in EPSG:4326) and every faulty feature of a file; nothing is written. */
  async preview(viewer: Viewer, consultationId: string, input: PreviewInput) {
    const features = await readPlanSource(this.files, viewer, input);
    const checked = await checkPlan(
      this.db.pool,
      consultationId,
      { ...input, features },
      this.maxVertices,
    );
    const name = input.name?.trim() || null;
    const replaces = await this.replaced(consultationId, input.replacesPlanId, name);
    const geometries = await selectPreviewGeometries(this.db.pool, checked.zones, checked.srid);
    const zones = checked.zones.map((zone) => ({
      ...zone,
      parameters: zone.parameters.map((p) => ({
        key: p.key,
        value: String(p.value),
        unit: p.unit,
      })),
      geometry: geometries.find((g) => g.index === zone.index)?.geometry,
      problems: checked.problems.filter((p) => p.index === zone.index).map((p) => p.reason),
    }));
    const { featureCount, problems, metresOutside } = checked;
    return {
      featureCount,
      zones,
      problems,
      metresOutside,
      importable: problems.length === 0 && metresOutside === 0,
      replacesPlanId: replaces?.id ?? null,
    };
  }

  /**
   * Imports a plan for a consultation, all or nothing; any faulty feature refuses the whole
   * plan with one error listing every fault. A plan named `replacesPlanId`, or else the linked
   * plan of the same name, is replaced: kept as the previous version, no longer linked. The
   * consultation's remarks then get their zones again (in the background when they are many).
   * Audited as `plan.import`.
   */
  async import(importer: Importer, consultationId: string, input: PlanImportInput) {
    const fields = checkPlanFields(input);
    const { name } = fields;
    const features = await readPlanSource(this.files, importer, input);
    const checked = await checkPlan(
      this.db.pool,
      consultationId,
      { ...input, features },
      this.maxVertices,
    );
    if (checked.problems.length > 0)
      throw new PlanImportError(checked.problems, checked.featureCount);
    if (checked.metresOutside > 0) throw outsideArea(checked.metresOutside);
    const replaces = await this.replaced(consultationId, input.replacesPlanId, name);
    if (await isReassignmentRunning(this.db.pool, consultationId)) {
      throw conflict(
        "The consultation's remarks are still being assigned to the last import's zones.",
        'consultationId',
        'PLAN_REASSIGNMENT_RUNNING',
      );
    }
    const version = input.version == null ? nextVersion(replaces?.version) : fields.version;
    const plan = {
      kind: input.kind,
      name,
      stage: input.stage,
      version,
      previousVersionId: replaces?.id ?? null,
    };
    const { planId, done } = await inTransaction(this.db.pool, async (client) => {
      const id = await insertPlan(client, plan, checked.zones, checked.srid);
      if (replaces) await unlinkReplaced(client, replaces.id, consultationId);
      await linkPlan(client, id, consultationId);
      const reassignment = await insertReassignment(client, id, consultationId);
      const finished = await this.reassignments.startWithin(client, reassignment);
      await recordAudit(client, {
        actorId: importer === 'system' ? null : importer.userId,
        action: 'plan.import',
        targetType: 'SpatialPlan',
        targetId: id,
        before: replaces ? { planId: replaces.id, version: replaces.version } : undefined,
        after: { consultationId, ...plan, crs: input.crs, zones: checked.zones.length },
      });
      return { planId: id, done: finished };
    });
    if (!done) this.reassignments.continue(planId);
    return planId;
  }

  // The plan a new import replaces: the one named, which must be linked, or one of the same name.
  private async replaced(
    consultationId: string,
    id: string | null | undefined,
    name: string | null,
  ) {
    const linked = await selectLinkedPlans(this.db.pool, consultationId);
    if (id == null) {
      const same = (other: string) =>
        name !== null && other.trim().toLowerCase() === name.toLowerCase();
      return linked.find((p) => same(p.name)) ?? null;
    }
    const plan = isUuid(id) ? linked.find((p) => p.id === id) : undefined;
    if (!plan)
      throw notFound(`No plan of this consultation has id "${id}".`, 'input.replacesPlanId');
    return plan;
  }
}

/** "1" → "2"; a version that is no whole number gets ".1" more; a first version is "1". */
function nextVersion(previous: string | undefined) {
  if (previous === undefined) return '1';
  return /^\d{1,9}$/.test(previous) ? String(Number(previous) + 1) : `${previous.slice(0, 46)}.1`;
}
