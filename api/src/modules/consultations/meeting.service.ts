import type { Database } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput } from '../../errors/domain-error.js';
import { parseGeometry } from '../../geo/geojson.js';
import { checkLength } from '../../graphql/text-argument.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../identity/viewer.js';
import {
  checkPeriod,
  checkUrl,
  type DocumentInput,
  type MeetingInput,
} from './consultation.input.js';
import type { ConsultationService } from './consultation.service.js';
import { insertMeeting } from './meeting.sql.js';

/** The documents and meetings of a consultation, managed by its unit's planners. */
export class MeetingService {
  constructor(
    private readonly db: Database,
    private readonly consultations: ConsultationService,
  ) {}

  async addDocument(viewer: Viewer, consultationId: string, input: DocumentInput) {
    await this.consultations.findManaged(viewer, consultationId, 'consultationId');
    const title = checkLength(input.title, 'input.title', 1, 200);
    const url = checkUrl(input.url, 'input.url');
    return this.db.prisma.consultationDocument.create({
      data: { consultationId, title, url, kind: input.kind },
    });
  }

  async addMeeting(viewer: Viewer, consultationId: string, input: MeetingInput) {
    await this.consultations.findManaged(viewer, consultationId, 'consultationId');
    const title = checkLength(input.title, 'input.title', 1, 200);
    checkPeriod(input.startsAt, input.endsAt, 'input.endsAt');
    const place =
      input.place == null
        ? null
        : parseGeometry(input.place, { field: 'input.place', allowed: ['Point'] });
    const onlineUrl = input.onlineUrl == null ? null : checkUrl(input.onlineUrl, 'input.onlineUrl');
    if (!place && !onlineUrl) {
      const problem = 'a meeting needs a place or an online link';
      throw badInput('input.place', problem, 'MEETING_PLACE_REQUIRED');
    }
    const address = input.address?.trim() || null;
    const id = await inTransaction(this.db.pool, async (client) => {
      const meetingId = await insertMeeting(client, {
        consultationId,
        title,
        kind: input.kind,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        place,
        address,
        onlineUrl,
      });
      await recordAudit(client, {
        actorId: viewer.userId,
        action: 'meeting.add',
        targetType: 'Consultation',
        targetId: consultationId,
        after: { id: meetingId, title, kind: input.kind },
      });
      return meetingId;
    });
    return this.db.prisma.meeting.findUniqueOrThrow({ where: { id } });
  }
}
