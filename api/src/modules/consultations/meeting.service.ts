import type { Database } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { isUuid } from '../../db/uuid.js';
import { badInput, notFound } from '../../errors/domain-error.js';
import { parseGeometry } from '../../geo/geojson.js';
import { checkLength, checkMaxLength } from '../../graphql/text-argument.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../identity/viewer.js';
import { checkPeriod, checkUrl, type MeetingInput } from './consultation.input.js';
import type { ConsultationService } from './consultation.service.js';
import {
  deleteMeeting,
  insertMeeting,
  type MeetingChange,
  selectMeetingForAudit,
  updateMeeting,
} from './meeting.sql.js';

/** The meetings of a consultation, managed by its unit's planners; every change audited. */
export class MeetingService {
  constructor(
    private readonly db: Database,
    private readonly consultations: ConsultationService,
  ) {}

  async add(viewer: Viewer, consultationId: string, input: MeetingInput) {
    await this.consultations.findManaged(viewer, consultationId, 'consultationId');
    const meeting = checkMeeting(input);
    const id = await inTransaction(this.db.pool, async (client) => {
      const meetingId = await insertMeeting(client, { consultationId, ...meeting });
      await recordAudit(client, {
        actorId: viewer.userId,
        action: 'meeting.add',
        targetType: 'Consultation',
        targetId: consultationId,
        after: { id: meetingId, ...meeting },
      });
      return meetingId;
    });
    return this.db.prisma.meeting.findUniqueOrThrow({ where: { id } });
  }

  /** Replaces a meeting's fields, audited as `meeting.update` with before and after. */
  async update(viewer: Viewer, id: string, input: MeetingInput) {
    const before = await this.findManaged(viewer, id);
    const meeting = checkMeeting(input);
    await inTransaction(this.db.pool, async (client) => {
      await updateMeeting(client, id, meeting);
      await recordAudit(client, {
        actorId: viewer.userId,
        action: 'meeting.update',
        targetType: 'Consultation',
        targetId: before.consultationId,
        before,
        after: { id, ...meeting },
      });
    });
    return this.db.prisma.meeting.findUniqueOrThrow({ where: { id } });
  }

  /** Removes a meeting, audited as `meeting.remove`; returns its consultation. */
  async remove(viewer: Viewer, id: string) {
    const before = await this.findManaged(viewer, id);
    await inTransaction(this.db.pool, async (client) => {
      await deleteMeeting(client, id);
      await recordAudit(client, {
        actorId: viewer.userId,
        action: 'meeting.remove',
        targetType: 'Consultation',
        targetId: before.consultationId,
        before,
      });
    });
    return this.consultations.find(viewer, before.consultationId);
  }

  private async findManaged(viewer: Viewer, id: string) {
    const meeting = isUuid(id) ? await selectMeetingForAudit(this.db.pool, id) : null;
    if (!meeting) throw notFound(`No meeting has id "${id}".`, 'id');
    await this.consultations.findManaged(viewer, meeting.consultationId);
    return meeting;
  }
}

/** A meeting's fields checked: a title, a period, and a point, an address or an online link. */
function checkMeeting(input: MeetingInput): MeetingChange {
  const title = checkLength(input.title, 'input.title', 1, 200);
  checkPeriod(input.startsAt, input.endsAt, 'input.endsAt');
  const place =
    input.place == null
      ? null
      : parseGeometry(input.place, { field: 'input.place', allowed: ['Point'] });
  const onlineUrl = input.onlineUrl == null ? null : checkUrl(input.onlineUrl, 'input.onlineUrl');
  const address = checkMaxLength(input.address?.trim() ?? '', 'input.address', 500) || null;
  if (!place && !address && !onlineUrl) {
    const problem = 'a meeting needs a point on the map, an address or an online link';
    throw badInput('input.place', problem, 'MEETING_PLACE_REQUIRED');
  }
  const { kind, startsAt, endsAt } = input;
  return { title, kind, startsAt, endsAt, place, address, onlineUrl };
}
