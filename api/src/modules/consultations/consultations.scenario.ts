import type { Database } from '../../db/database.js';
import type { ConsultationStatus } from '../../generated/prisma/enums.js';
import { updateConsultationStatus } from './consultation.sql.js';

/** Test data: a consultation moved straight to a status (CLOSED, say), skipping the steps. */
export const setConsultationStatus = (
  db: Database,
  consultationId: string,
  status: Exclude<ConsultationStatus, 'REPORTED'>,
) => updateConsultationStatus(db.pool, consultationId, status);
