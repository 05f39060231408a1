import type { Database } from '../../../db/database.js';
import { inTransaction } from '../../../db/transaction.js';
import { isUuid } from '../../../db/uuid.js';
import { conflict, forbidden, notFound } from '../../../errors/domain-error.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { FileService } from '../../files/file.service.js';
import { fileUrl } from '../../files/file.service.js';
import { isAdmin, managesUnit, type Viewer } from '../../identity/viewer.js';
import type { EditionService } from '../editions/edition.service.js';
import { money } from '../money.js';
import { updateProjectStatus } from '../projects/project-staff.sql.js';
import { checkStatusStep } from '../projects/project-status.rules.js';
import { checkFunded, checkPhotos, checkUpdate, isFunded } from './delivery.checks.js';
import type { DeliveryUpdateInput } from './delivery.input.js';
import {
  countFundedByStatus,
  type DeliveryProjectRow,
  type DeliveryUpdateRow,
  deleteUpdate,
  insertUpdate,
  replacePhotos,
  selectDeliveryProject,
  selectFundedProjects,
  selectPhotos,
  selectUpdate,
  selectUpdates,
  updateUpdate,
} from './delivery.sql.js';
import type { DeliveryStatus } from './delivery.type.js';

/** Reporting the delivery of funded projects: by planners of the pool's unit and admins. */
export class DeliveryService {
  constructor(
    private readonly db: Database,
    private readonly editions: EditionService,
    private readonly files: FileService,
  ) {}

  /** A project's delivery with its updates; null while it is not funded. */
  async ofProject(viewer: Viewer | null, projectId: string) {
    const project = await this.project(projectId, 'projectId');
    if (!isFunded(project.status)) return null;
    const updates = await this.updatesOf(projectId);
    return { ...toDeliveryProject(viewer, project), updates };
  }

  /** The edition's funded projects; with `mine`, only those of pools the viewer manages. */
  async funded(viewer: Viewer | null, editionId: string, mine: boolean) {
    await this.editions.find(editionId, 'editionId');
    const units = mine && !isAdmin(viewer) ? [...(viewer?.plannerUnitIds ?? [])] : null;
    const rows = await selectFundedProjects(this.db.pool, editionId, units);
    return rows.map((row) => toDeliveryProject(viewer, row));
  }

  async summary(editionId: string) {
    await this.editions.find(editionId, 'editionId');
    const counts = await countFundedByStatus(this.db.pool, editionId);
    const of = (status: string) => counts.find((c) => c.status === status)?.count ?? 0;
    return {
      notStarted: of('SELECTED'),
      inProgress: of('IN_PROGRESS'),
      completed: of('COMPLETED'),
      abandoned: of('ABANDONED'),
    };
  }

  /** A new update; with `status`, also that step of the status machine, audited as one. */
  async add(
    viewer: Viewer,
    projectId: string,
    input: DeliveryUpdateInput,
    status: DeliveryStatus | null,
  ) {
    const project = await this.managed(viewer, projectId, 'projectId');
    const values = checkUpdate(input);
    const photoIds = await checkPhotos(this.files, viewer, input.photoIds, []);
    const after = status && status !== project.status ? status : null;
    if (after) checkStatusStep(project.status, after, false);
    const id = await inTransaction(this.db.pool, async (client) => {
      const id = await insertUpdate(client, projectId, viewer.userId, values);
      await replacePhotos(client, id, photoIds);
      if (after) {
        if (!(await updateProjectStatus(client, projectId, project.status, after, null))) {
          throw conflict(
            `Project ${projectId} changed status meanwhile; reload it and retry.`,
            'status',
            'PROJECT_STATUS_CHANGED',
          );
        }
        await recordAudit(client, {
          actorId: viewer.userId,
          action: 'budget.project.status',
          targetType: 'BudgetProject',
          targetId: projectId,
          before: { status: project.status },
          after: { status: after },
        });
      }
      await this.audit(client, viewer, 'budget.delivery.add', id, null, { ...values, photoIds });
      return id;
    });
    return this.update(id);
  }

  async edit(viewer: Viewer, updateId: string, input: DeliveryUpdateInput) {
    const before = await this.managedUpdate(viewer, updateId);
    const values = checkUpdate(input);
    const kept = before.photos.map((p) => p.id);
    const photoIds = await checkPhotos(this.files, viewer, input.photoIds, kept);
    await inTransaction(this.db.pool, async (client) => {
      await updateUpdate(client, updateId, values);
      await replacePhotos(client, updateId, photoIds);
      await this.audit(client, viewer, 'budget.delivery.edit', updateId, snapshot(before), {
        ...values,
        photoIds,
      });
    });
    return this.update(updateId);
  }

  async remove(viewer: Viewer, updateId: string) {
    const before = await this.managedUpdate(viewer, updateId);
    await inTransaction(this.db.pool, async (client) => {
      await deleteUpdate(client, updateId);
      await this.audit(client, viewer, 'budget.delivery.remove', updateId, snapshot(before), null);
    });
    return true;
  }

  private audit(
    client: Parameters<typeof recordAudit>[0],
    viewer: Viewer,
    action: string,
    targetId: string,
    before: unknown,
    after: unknown,
  ) {
    const json = (v: unknown) =>
      JSON.parse(JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? x.toString() : x)));
    return recordAudit(client, {
      actorId: viewer.userId,
      action,
      targetType: 'BudgetDeliveryUpdate',
      targetId,
      before: json(before),
      after: json(after),
    });
  }

  private async project(id: string, field: string) {
    const row = isUuid(id) ? await selectDeliveryProject(this.db.pool, id) : null;
    if (!row) throw notFound(`No budget project has id "${id}".`, field);
    return row;
  }

  private async managed(viewer: Viewer, id: string, field: string) {
    const project = await this.project(id, field);
    if (!managesUnit(viewer, project.unitId)) {
      throw forbidden("Only planners of the project's pool unit and admins report its delivery.");
    }
    checkFunded(project.status, field);
    return project;
  }

  private async managedUpdate(viewer: Viewer, id: string) {
    const row = isUuid(id) ? await selectUpdate(this.db.pool, id) : null;
    if (!row) throw notFound(`No delivery update has id "${id}".`, 'updateId');
    await this.managed(viewer, row.projectId, 'updateId');
    return this.withPhotos([row]).then(([update]) => update as DeliveryUpdateView);
  }

  private async update(id: string) {
    const row = await selectUpdate(this.db.pool, id);
    const [update] = await this.withPhotos(row ? [row] : []);
    return update as DeliveryUpdateView;
  }

  private async updatesOf(projectId: string) {
    return this.withPhotos(await selectUpdates(this.db.pool, projectId));
  }

  private async withPhotos(rows: DeliveryUpdateRow[]) {
    const photos = await selectPhotos(
      this.db.pool,
      rows.map((r) => r.id),
    );
    return rows.map(({ actualCostGrosze, ...row }) => ({
      ...row,
      actualCost: actualCostGrosze === null ? null : money(actualCostGrosze),
      photos: photos
        .filter((p) => p.updateId === row.id)
        .map(({ updateId: _, ...file }) => ({ ...file, url: fileUrl(file) })),
    }));
  }
}

type DeliveryUpdateView = Awaited<ReturnType<DeliveryService['updatesOf']>>[number];

const snapshot = (u: DeliveryUpdateView) => ({
  reportedOn: u.reportedOn,
  body: u.body,
  progress: u.progress,
  actualCostGrosze: u.actualCost?.grosze ?? null,
  photoIds: u.photos.map((p) => p.id),
});

function toDeliveryProject(viewer: Viewer | null, row: DeliveryProjectRow) {
  const { unitId, costGrosze, actualCostGrosze, ...rest } = row;
  return {
    ...rest,
    plannedCost: money(costGrosze),
    actualCost: actualCostGrosze === null ? null : money(actualCostGrosze),
    manageable: managesUnit(viewer, unitId),
  };
}
