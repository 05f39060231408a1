import type { Database } from '../../db/database.js';
import { isUuid } from '../../db/uuid.js';
import { badInput, forbidden, notFound } from '../../errors/domain-error.js';
import { parseBBox } from '../../geo/bbox.js';
import { type Geometry, parseGeometry } from '../../geo/geojson.js';
import { assertValidGeometry } from '../../geo/validity.js';
import type { Keyset } from '../../graphql/connection.js';
import type { ConsultationService } from '../consultations/consultation.service.js';
import type { Viewer } from '../identity/viewer.js';
import type { CommentFilter } from './comment.input.js';
import { oversees } from './comment.rules.js';
import type { CommentQuery } from './comment-filter.sql.js';
import {
  countComments,
  selectCommentPage,
  selectCommentsByAuthor,
  selectCommentsNear,
} from './comment-list.sql.js';
import { countProjectComments, selectProjectCommentPage } from './project-comment.sql.js';

export const maxNearRadiusMeters = 5000;

/** Lists of comments: a consultation's, filtered and paged, a project's, and those near a point. */
export class CommentQueryService {
  constructor(
    private readonly db: Database,
    private readonly consultations: ConsultationService,
    private readonly maxVertices: number,
  ) {}

  async list(
    viewer: Viewer | null,
    consultationId: string,
    filter: CommentFilter,
    first: number,
    after: Keyset | null,
  ) {
    const consultation = await this.consultations.find(viewer, consultationId, 'consultationId');
    const statuses = filter.status ?? ['VISIBLE'];
    if (statuses.length === 0) {
      throw badInput('filter.status', 'must name at least one status', 'INPUT_REQUIRED');
    }
    if (statuses.some((s) => s !== 'VISIBLE') && !oversees(viewer, consultation.unitId)) {
      throw forbidden(
        'Only moderators and the planners of the organising unit list hidden or withdrawn comments.',
        'filter.status',
      );
    }
    if (filter.stance?.length === 0) {
      throw badInput('filter.stance', 'must name at least one stance', 'INPUT_REQUIRED');
    }
    if (filter.since && filter.until && filter.until <= filter.since)
      throw badInput('filter.until', 'must come after since');
    const query: CommentQuery = {
      consultationId: consultation.id,
      intersecting: await this.intersecting(filter),
      areaId: await this.checkArea(filter.areaId),
      zoneId: idOrNotFound(filter.zoneId, 'filter.zoneId', 'plan zone'),
      stances: filter.stance ?? null,
      topicId: idOrNotFound(filter.topicId, 'filter.topicId', 'topic'),
      since: filter.since ?? null,
      until: filter.until ?? null,
      hasResponse: filter.hasResponse ?? null,
      statuses,
      includeReplies: filter.includeReplies ?? false,
    };
    const rows = await selectCommentPage(this.db.pool, query, first, after);
    return { rows, count: () => countComments(this.db.pool, query) };
  }

  /**
   * A project's visible comments, oldest first: of a project the viewer already sees (a draft
   * takes no comments, so its author sees none).
   */
  async ofProject(projectId: string, first: number, after: Keyset | null) {
    const rows = await selectProjectCommentPage(this.db.pool, projectId, first, after);
    return { rows, count: () => countProjectComments(this.db.pool, projectId) };
  }

  /** Visible remarks within `radiusMeters` (at most 5 km) of a point, nearest first. */
  async near(
    viewer: Viewer | null,
    point: unknown,
    radiusMeters: number,
    consultationId: string | null,
    first: number,
  ) {
    const center = parseGeometry(point, { field: 'point', allowed: ['Point'] });
    if (!(radiusMeters > 0 && radiusMeters <= maxNearRadiusMeters)) {
      const problem = `must be more than 0 and at most ${maxNearRadiusMeters}`;
      throw badInput('radiusMeters', problem, 'INPUT_OUT_OF_RANGE', {
        min: 0,
        max: maxNearRadiusMeters,
      });
    }
    if (consultationId != null)
      await this.consultations.find(viewer, consultationId, 'consultationId');
    return selectCommentsNear(this.db.pool, {
      point: center,
      radiusMeters,
      consultationId,
      limit: first,
    });
  }

  /** The viewer's own comments and replies, whatever their status, newest first. */
  mine(viewer: Viewer, first: number) {
    return selectCommentsByAuthor(this.db.pool, viewer.userId, first);
  }

  private async intersecting(filter: CommentFilter): Promise<Geometry | null> {
    if (filter.bbox != null && filter.intersecting != null) {
      throw badInput('filter.intersecting', 'give either bbox or intersecting, not both');
    }
    if (filter.bbox != null) return parseBBox(filter.bbox, 'filter.bbox').toPolygon();
    if (filter.intersecting == null) return null;
    const geometry = parseGeometry(filter.intersecting, {
      field: 'filter.intersecting',
      allowed: ['Point', 'LineString', 'Polygon', 'MultiPolygon'],
      maxVertices: this.maxVertices,
    });
    // GEOS fails on an invalid polygon mid-query; refuse it here with the reason instead.
    await assertValidGeometry(this.db.pool, geometry, 'filter.intersecting');
    return geometry;
  }

  private async checkArea(areaId: string | null | undefined) {
    if (areaId == null) return null;
    const area = isUuid(areaId)
      ? await this.db.prisma.area.findUnique({ where: { id: areaId }, select: { id: true } })
      : null;
    if (!area) throw notFound(`No area has id "${areaId}".`, 'filter.areaId');
    return area.id;
  }
}

/** An id to filter on; one that is not even a UUID names nothing. */
function idOrNotFound(id: string | null | undefined, field: string, what: string) {
  if (id == null) return null;
  if (!isUuid(id)) throw notFound(`No ${what} has id "${id}".`, field);
  return id;
}
