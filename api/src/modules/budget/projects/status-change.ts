import type pg from 'pg';
import { conflict } from '../../../errors/domain-error.js';
import type { BudgetProjectStatus } from '../../../generated/prisma/enums.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { Viewer } from '../../identity/viewer.js';
import { type ManagedProject, updateProjectStatus } from './project-staff.sql.js';

export const statusChanged = (projectId: string) =>
  conflict(
    `Project ${projectId} changed status meanwhile; reload it and retry.`,
    'status',
    'PROJECT_STATUS_CHANGED',
  );

/**
 * Moves the project (as read before the transaction) to `status` within it, audited with
 * before and after; CONFLICT when someone changed its status meanwhile. The step is checked
 * by the caller (checkStatusStep).
 */
export async function changeStatus(
  client: pg.ClientBase,
  viewer: Viewer,
  project: ManagedProject,
  status: BudgetProjectStatus,
  rejectionReason: string | null,
  reason?: string,
) {
  if (!(await updateProjectStatus(client, project.id, project.status, status, rejectionReason))) {
    throw statusChanged(project.id);
  }
  await recordAudit(client, {
    actorId: viewer.userId,
    action: 'budget.project.status',
    targetType: 'BudgetProject',
    targetId: project.id,
    before: { status: project.status, rejectionReason: project.rejectionReason },
    after: { status, rejectionReason, ...(reason ? { reason } : {}) },
  });
}
