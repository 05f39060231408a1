import { badInput } from '../../../errors/domain-error.js';
import type { BudgetProjectStatus } from '../../../generated/prisma/enums.js';
import type { FileService } from '../../files/file.service.js';
import { warsawToday } from '../../identity/verification.inputs.js';
import type { Viewer } from '../../identity/viewer.js';
import { parseGrosze } from '../money.js';
import type { DeliveryUpdateInput } from './delivery.input.js';
import { fundedStatuses, type UpdateValues } from './delivery.sql.js';

export const maxPhotos = 10;
const maxBody = 5000;
const photoExtensions = 'png, jpg, jpeg, webp';

export const isFunded = (status: BudgetProjectStatus) => fundedStatuses.includes(status);

/** Delivery is reported on funded projects only. */
export function checkFunded(status: BudgetProjectStatus, field: string) {
  if (isFunded(status)) return;
  throw badInput(
    field,
    `a ${status} project was not funded; delivery is reported from SELECTED on`,
    'DELIVERY_PROJECT_NOT_FUNDED',
    { status },
  );
}

const isDay = (day: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);

/** The update's values, each checked and refused naming its field under `input`. */
export function checkUpdate(input: DeliveryUpdateInput): UpdateValues {
  const reportedOn = input.reportedOn.trim();
  if (!isDay(reportedOn)) {
    throw badInput('input.reportedOn', `"${reportedOn}" is not a day YYYY-MM-DD`, 'INPUT_INVALID');
  }
  const today = warsawToday();
  if (reportedOn > today) {
    throw badInput(
      'input.reportedOn',
      `must be today (${today}) or earlier`,
      'DELIVERY_DATE_IN_FUTURE',
      { today },
    );
  }
  const body = input.body.trim();
  if (body === '') throw badInput('input.body', 'an update needs a text', 'INPUT_REQUIRED');
  if (body.length > maxBody) {
    throw badInput('input.body', `at most ${maxBody} characters`, 'INPUT_TOO_LONG', {
      max: maxBody,
    });
  }
  if (!Number.isInteger(input.progress) || input.progress < 0 || input.progress > 100) {
    throw badInput('input.progress', 'is a percent from 0 to 100', 'INPUT_OUT_OF_RANGE', {
      min: 0,
      max: 100,
    });
  }
  const cost = input.actualCostGrosze?.trim();
  const actualCostGrosze = cost ? parseGrosze(cost, 'input.actualCostGrosze') : null;
  return { reportedOn, body, progress: input.progress, actualCostGrosze };
}

/**
 * The photos' ids, once each, in order: images the viewer uploaded (any, for an admin), or
 * photos the update has already (`kept`, which a colleague may have uploaded).
 */
export async function checkPhotos(
  files: FileService,
  viewer: Viewer,
  photoIds: readonly string[],
  kept: readonly string[],
) {
  const ids = [...new Set(photoIds.map((id) => id.toLowerCase()))];
  if (ids.length > maxPhotos) {
    throw badInput('input.photoIds', `at most ${maxPhotos} photos`, 'DELIVERY_TOO_MANY_PHOTOS', {
      max: maxPhotos,
    });
  }
  for (const [i, id] of ids.entries()) {
    if (kept.includes(id)) continue;
    const field = `input.photoIds[${i}]`;
    const file = await files.findOwn(viewer, id, field);
    if (!file.mediaType.startsWith('image/')) {
      throw badInput(field, `is ${file.mediaType}, not an image`, 'FILE_TYPE_NOT_ALLOWED', {
        allowed: photoExtensions,
      });
    }
  }
  return ids;
}
