import type { Database } from '../../db/database.js';
import type { ConsultationService } from '../consultations/consultation.service.js';
import type { Viewer } from '../identity/viewer.js';
import { managesUnit } from '../identity/viewer.js';
import { completeColumns, publicColumns } from './export.columns.js';
import { selectExportRows } from './export.sql.js';

/** Exports of a consultation's comments with their responses. */
export class ExportService {
  constructor(
    private readonly db: Database,
    private readonly consultations: ConsultationService,
  ) {}

  /**
   * The rows and columns the viewer may export: planners of the organising unit and admins get
   * the complete export, everyone else the public one.
   */
  async remarks(viewer: Viewer | null, consultationId: string, field = 'id') {
    const consultation = await this.consultations.find(viewer, consultationId, field);
    const complete = managesUnit(viewer, consultation.unitId);
    const rows = await selectExportRows(this.db.pool, consultationId, complete);
    return { consultation, complete, rows, columns: complete ? completeColumns : publicColumns };
  }
}
