import DataLoader from 'dataloader';
import type { Database } from '../../db/database.js';
import { isUuid } from '../../db/uuid.js';
import { notFound } from '../../errors/domain-error.js';
import { ConsultationService } from '../consultations/consultation.service.js';
import type { FileService } from '../files/file.service.js';
import { managesUnit, type Viewer } from '../identity/viewer.js';
import type { PlanImportInput } from './plan.input.js';
import { planLoaders, planSelect, toPlanZone, zoneSelect } from './plan.loaders.js';
import type { PlanZone, SpatialPlan } from './plan.type.js';
import { type Importer, PlanImporter, type PreviewInput } from './plan-import.js';
import { Reassignments } from './plan-reassignment.js';
import {
  selectPlanConsultations,
  selectVersionIds,
  selectZoneChanges,
  type ZoneChange,
} from './plan-version.sql.js';

export type { Importer } from './plan-import.js';

export class PlanService {
  private readonly importer: PlanImporter;
  readonly reassignments: Reassignments;

  constructor(
    private readonly db: Database,
    private readonly consultations: ConsultationService,
    files: FileService | null,
    settings: { maxVertices: number; reassignBatchSize: number },
  ) {
    this.reassignments = new Reassignments(db, settings.reassignBatchSize);
    this.importer = new PlanImporter(db, files, this.reassignments, settings.maxVertices);
  }

  /** For imports by the system (the CLI, seeds), which read no uploaded files. */
  static forSystem(db: Database, maxVertices: number) {
    const consultations = new ConsultationService(db, maxVertices);
    return new PlanService(db, consultations, null, { maxVertices, reassignBatchSize: 5000 });
  }

  /** Per-request loaders for plans, zones, their geometries and the plans of consultations. */
  loaders() {
    return { ...planLoaders(this.db), planReassignment: this.reassignmentLoader() };
  }

  /** See PlanImporter.import: all or nothing, a version replacing one of the same name. */
  async importPlan(
    importer: Importer,
    consultationId: string,
    input: PlanImportInput,
  ): Promise<SpatialPlan> {
    await this.checkConsultation(importer, consultationId);
    const id = await this.importer.import(importer, consultationId, input);
    return this.db.prisma.spatialPlan.findUniqueOrThrow({ select: planSelect, where: { id } });
  }

  /** What importing would do, for a consultation the viewer manages; writes nothing. */
  async preview(viewer: Viewer, consultationId: string, input: PreviewInput) {
    await this.consultations.findManaged(viewer, consultationId, 'consultationId');
    return this.importer.preview(viewer, consultationId, input);
  }

  /** The versions of a plan the viewer sees, newest first. */
  async versions(planId: string, first: number): Promise<SpatialPlan[]> {
    const ids = await selectVersionIds(this.db.pool, planId, first);
    const rows = await this.db.prisma.spatialPlan.findMany({
      select: planSelect,
      where: { id: { in: ids } },
    });
    return ids.flatMap((id) => rows.find((r) => r.id === id) ?? []);
  }

  /** How a plan's zones differ from its previous version's, by symbol. */
  async changes(plan: SpatialPlan) {
    if (!plan.previousVersionId) return null;
    const zones = await selectZoneChanges(this.db.pool, plan.id, plan.previousVersionId);
    const symbols = (change: ZoneChange['change']) =>
      zones.filter((z) => z.change === change).map((z) => z.symbol);
    return {
      added: symbols('ADDED'),
      removed: symbols('REMOVED'),
      changed: symbols('CHANGED'),
      unchanged: symbols('UNCHANGED').length,
    };
  }

  private reassignmentLoader() {
    return new DataLoader((planIds: readonly string[]) => this.reassignments.progress(planIds));
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

  // A plan for a consultation still in DRAFT is as private as the consultation; an earlier
  // version as private as the version that replaced it.
  private async isVisible(viewer: Viewer | null, planId: string) {
    const consultations = await selectPlanConsultations(this.db.pool, planId);
    return consultations.some((c) => c.status !== 'DRAFT' || managesUnit(viewer, c.unitId));
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
