import type { Database } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { isUuid } from '../../db/uuid.js';
import { badInput, forbidden, notFound } from '../../errors/domain-error.js';
import type { ConsultationStatus } from '../../generated/prisma/enums.js';
import { type Geometry, parseGeometry } from '../../geo/geojson.js';
import { assertValidGeometry } from '../../geo/validity.js';
import type { Keyset } from '../../graphql/connection.js';
import { checkLength, checkMaxLength } from '../../graphql/text-argument.js';
import { recordAudit } from '../audit/audit.service.js';
import { isAdmin, managesUnit, type Viewer } from '../identity/viewer.js';
import { type ConsultationInput, checkPeriod } from './consultation.input.js';
import { consultationLoaders } from './consultation.loaders.js';
import { checkTransition, commentingProblem } from './consultation.rules.js';
import {
  type ConsultationQuery,
  type ConsultationRow,
  countConsultations,
  insertConsultation,
  insertTopics,
  selectConsultationById,
  selectConsultations,
  updateConsultation,
  updateConsultationStatus,
} from './consultation.sql.js';

/** Planners of the owning unit manage a consultation; admins manage any. */
export type ConsultationFilter = Omit<ConsultationQuery, 'draftsOfUnits'>;

export class ConsultationService {
  constructor(
    private readonly db: Database,
    private readonly maxVertices: number,
  ) {}

  /** Per-request loaders for a consultation's area, unit, topics, documents and meetings. */
  loaders() {
    return consultationLoaders(this.db);
  }

  /** Geometry input for an area: a Polygon or MultiPolygon, valid. */
  async parseArea(value: unknown, field: string): Promise<Geometry> {
    const area = parseGeometry(value, {
      field,
      allowed: ['Polygon', 'MultiPolygon'],
      maxVertices: this.maxVertices,
    });
    await assertValidGeometry(this.db.pool, area, field);
    return area;
  }

  async list(
    viewer: Viewer | null,
    filter: ConsultationFilter,
    first: number,
    after: Keyset | null,
  ) {
    // GEOS can fail on an invalid polygon mid-query; refuse it first, with PostGIS's reason.
    if (filter.intersecting) {
      await assertValidGeometry(this.db.pool, filter.intersecting, 'filter.intersecting');
    }
    const query = {
      ...filter,
      draftsOfUnits: isAdmin(viewer) ? null : [...(viewer?.plannerUnitIds ?? [])],
    };
    const [rows, totalCount] = await Promise.all([
      selectConsultations(this.db.pool, query, first, after),
      countConsultations(this.db.pool, query),
    ]);
    return { rows, totalCount };
  }

  /** A consultation the viewer may see: drafts only to those who manage them. */
  async find(viewer: Viewer | null, id: string, field = 'id'): Promise<ConsultationRow> {
    const row = isUuid(id) ? await selectConsultationById(this.db.pool, id) : null;
    if (!row || (row.status === 'DRAFT' && !managesUnit(viewer, row.unitId))) {
      throw notFound(`No consultation has id "${id}".`, field);
    }
    return row;
  }

  /** A consultation the viewer manages, for changing it or answering its comments. */
  async findManaged(viewer: Viewer, id: string, field = 'id'): Promise<ConsultationRow> {
    const row = await this.find(viewer, id, field);
    if (!managesUnit(viewer, row.unitId)) {
      throw forbidden('Only planners of the organising unit and admins manage this consultation.');
    }
    return row;
  }

  /** A consultation taking comments now, or why not (naming `field`). */
  async findOpenForComments(viewer: Viewer | null, id: string, field = 'consultationId') {
    const row = await this.find(viewer, id, field);
    const problem = commentingProblem(row);
    if (problem) {
      const message = `${problem.message}; comments are taken only while it is open`;
      throw badInput(field, message, problem.reason, problem.params);
    }
    return row;
  }

  async create(viewer: Viewer, unitId: string, input: ConsultationInput) {
    if (!isUuid(unitId)) throw notFound(`No organisation unit has id "${unitId}".`, 'unitId');
    const unit = await this.db.prisma.organisationUnit.findUnique({ where: { id: unitId } });
    if (!unit) throw notFound(`No organisation unit has id "${unitId}".`, 'unitId');
    if (!managesUnit(viewer, unit.id))
      throw forbidden('Only planners of the unit and admins create its consultations.');
    const title = checkLength(input.title ?? '', 'input.title', 3, 200);
    const { summary = '', description = '' } = checkTexts(input);
    checkPeriod(input.opensAt, input.closesAt, 'input.closesAt');
    const area = input.area == null ? null : await this.parseArea(input.area, 'input.area');
    if (!area && !unit.areaId) {
      const problem = 'is needed: the unit has no district of its own';
      throw badInput('input.area', problem, 'CONSULTATION_AREA_REQUIRED');
    }
    const topics = checkTopics(input.topics ?? []);
    return inTransaction(this.db.pool, async (client) => {
      const row = await insertConsultation(client, {
        title,
        summary,
        description,
        unitId,
        opensAt: input.opensAt ?? null,
        closesAt: input.closesAt ?? null,
        area,
      });
      if (!row) throw notFound(`No organisation unit has id "${unitId}".`, 'unitId');
      await insertTopics(client, row.id, topics);
      await recordAudit(client, {
        actorId: viewer.userId,
        action: 'consultation.create',
        targetType: 'Consultation',
        targetId: row.id,
        after: { title, unitId },
      });
      return row;
    });
  }

  async update(viewer: Viewer, id: string, input: ConsultationInput) {
    const before = await this.findManaged(viewer, id);
    if (before.status === 'CLOSED' || before.status === 'REPORTED') {
      throw badInput(
        'id',
        `a ${before.status} consultation can no longer be changed`,
        'CONSULTATION_FINISHED',
        {
          status: before.status,
        },
      );
    }
    const title = input.title == null ? undefined : checkLength(input.title, 'input.title', 3, 200);
    const { summary, description } = checkTexts(input);
    checkPeriod(
      input.opensAt ?? before.opensAt,
      input.closesAt ?? before.closesAt,
      'input.closesAt',
    );
    const area = input.area == null ? null : await this.parseArea(input.area, 'input.area');
    const topics = checkTopics(input.topics ?? []);
    const change = {
      title,
      summary,
      description,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
    };
    await inTransaction(this.db.pool, async (client) => {
      await updateConsultation(client, id, { ...change, area });
      await insertTopics(client, id, topics);
      await recordAudit(client, {
        actorId: viewer.userId,
        action: 'consultation.update',
        targetType: 'Consultation',
        targetId: id,
        ...auditedChange(before, change, { area: area !== null, topics }),
      });
    });
    return this.find(viewer, id);
  }

  /** Moves a consultation one step on its way, audited. */
  async changeStatus(viewer: Viewer, id: string, status: ConsultationStatus) {
    const before = await this.findManaged(viewer, id);
    checkTransition(before.status, status);
    if (!before.opensAt || !before.closesAt) {
      throw badInput('status', 'set opensAt and closesAt first', 'CONSULTATION_DATES_REQUIRED');
    }
    await inTransaction(this.db.pool, async (client) => {
      await updateConsultationStatus(client, id, status);
      await recordAudit(client, {
        actorId: viewer.userId,
        action: 'consultation.status',
        targetType: 'Consultation',
        targetId: id,
        before: { status: before.status },
        after: { status },
      });
    });
    return this.find(viewer, id);
  }
}

type Edit = Partial<Pick<ConsultationRow, 'title' | 'summary' | 'description'>> & {
  opensAt?: Date | null;
  closesAt?: Date | null;
};

const same = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;

/**
 * What an edit changed, for its audit entry: each field given with a new value, before and
 * after (the description, which may be long, only as changed); a new area and topics as after.
 */
function auditedChange(
  before: ConsultationRow,
  edit: Edit,
  more: { area: boolean; topics: string[] },
) {
  const was: Record<string, unknown> = {};
  const now: Record<string, unknown> = {};
  for (const key of ['title', 'summary', 'opensAt', 'closesAt'] as const) {
    const value = edit[key];
    if (value == null || same(value, before[key])) continue;
    was[key] = before[key];
    now[key] = value;
  }
  if (edit.description != null && edit.description !== before.description) {
    now.descriptionChanged = true;
  }
  if (more.area) now.areaChanged = true;
  if (more.topics.length > 0) now.topics = more.topics;
  return { before: { status: before.status, ...was }, after: now };
}

/** The summary (trimmed) and description within the table's limits; undefined when not given. */
function checkTexts(input: ConsultationInput) {
  const { summary, description } = input;
  return {
    summary: summary == null ? undefined : checkMaxLength(summary.trim(), 'input.summary', 1000),
    description:
      description == null ? undefined : checkMaxLength(description, 'input.description', 50_000),
  };
}

function checkTopics(names: string[]) {
  return [...new Set(names.map((name, i) => checkLength(name, `input.topics[${i}]`, 1, 80)))];
}
