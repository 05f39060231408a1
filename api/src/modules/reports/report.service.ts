import type { Database } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, notFound } from '../../errors/domain-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { ConsultationService } from '../consultations/consultation.service.js';
import type { Viewer } from '../identity/viewer.js';
import { managesUnit } from '../identity/viewer.js';
import { buildReport } from './report.build.js';
import {
  countUnanswered,
  lockConsultationStatus,
  markReported,
  selectReportRemarks,
} from './report.sql.js';
import type { ConsultationReport } from './report.type.js';

/** The art. 8k report: a draft for the organiser, public once published. */
export class ReportService {
  constructor(
    private readonly db: Database,
    private readonly consultations: ConsultationService,
  ) {}

  /**
   * The report as the viewer may see it: public once REPORTED; before that, a draft for
   * planners of the organising unit and admins, who also see formal remarks' personal data.
   */
  async report(
    viewer: Viewer | null,
    consultationId: string,
    field = 'consultationId',
  ): Promise<ConsultationReport> {
    const consultation = await this.consultations.find(viewer, consultationId, field);
    const organiser = managesUnit(viewer, consultation.unitId);
    if (consultation.status !== 'REPORTED' && !organiser) {
      const message = `Consultation ${consultationId} has no published report yet.`;
      throw notFound(message, field, 'REPORT_NOT_PUBLISHED');
    }
    const heldBy = consultation.reportPublishedAt ?? new Date();
    const [rows, meetings, unit] = await Promise.all([
      selectReportRemarks(this.db.pool, consultationId, organiser),
      this.db.prisma.meeting.findMany({
        where: { consultationId, startsAt: { lte: heldBy } },
        orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      }),
      this.db.prisma.organisationUnit.findUniqueOrThrow({ where: { id: consultation.unitId } }),
    ]);
    return buildReport(consultation, unit.name, rows, meetings);
  }

  /**
   * Publishes the report of a CLOSED consultation whose every remark, hidden or not, is
   * answered: it becomes REPORTED, and its responses final. Audited.
   */
  async publish(viewer: Viewer, consultationId: string) {
    const field = 'consultationId';
    await this.consultations.findManaged(viewer, consultationId, field);
    await inTransaction(this.db.pool, async (client) => {
      const status = await lockConsultationStatus(client, consultationId);
      if (status !== 'CLOSED') {
        const problem = `the consultation is ${status}; only a CLOSED one's report is published`;
        throw badInput(field, problem, 'REPORT_CONSULTATION_NOT_CLOSED', { status: status ?? '' });
      }
      const { unanswered, hidden } = await countUnanswered(client, consultationId);
      if (unanswered > 0) {
        const problem =
          `${unanswered} remark(s) of consultation ${consultationId} (${hidden} of them hidden) ` +
          'have no official response yet; answer every one before publishing the report';
        throw badInput(field, problem, 'REPORT_REMARKS_UNANSWERED', { unanswered, hidden });
      }
      const reportPublishedAt = await markReported(client, consultationId);
      await recordAudit(client, {
        actorId: viewer.userId,
        action: 'consultation.report.publish',
        targetType: 'Consultation',
        targetId: consultationId,
        before: { status },
        after: { status: 'REPORTED', reportPublishedAt },
      });
    });
    return this.consultations.find(viewer, consultationId, field);
  }
}
