import { forbidden } from '../../errors/domain-error.js';
import { CommentStance, CommentStatus } from '../../generated/prisma/enums.js';
import { oversees } from '../comments/comment.rules.js';
import type { CommentQuery } from '../comments/comment-filter.sql.js';
import type { ConsultationService } from '../consultations/consultation.service.js';
import {
  commentCellProperties,
  commentCells,
  commentFeatureProperties,
  commentFeatures,
} from './comment-tiles.sql.js';
import type { TileLayer } from './tile-layer.js';
import { TileParams } from './tile-params.js';

/**
 * `comments?consultation=<id>` with the list's filters (stance, topic, status, answered):
 * single remarks from `detailZoom` on, counted cells below it. Hidden and withdrawn remarks
 * only for those who oversee the consultation, as in the list.
 */
export const commentTiles =
  (consultations: ConsultationService, detailZoom: number): TileLayer =>
  async (viewer, address, search) => {
    const params = new TileParams(search);
    const consultationId = params.id('consultation');
    const stances = params.list('stance', Object.values(CommentStance));
    const topicId = params.optionalId('topic');
    const statuses = params.list('status', Object.values(CommentStatus)) ?? ['VISIBLE'];
    const hasResponse = params.boolean('answered');
    params.done();
    const consultation = await consultations.find(viewer, consultationId, 'consultation');
    const unseen = statuses.some((s) => s !== 'VISIBLE');
    if (unseen && !oversees(viewer, consultation.unitId)) {
      throw forbidden(
        'Only moderators and the planners of the organising unit see hidden or withdrawn remarks.',
        'status',
      );
    }
    const query: CommentQuery = {
      consultationId: consultation.id,
      statuses,
      includeReplies: false,
      intersecting: null,
      areaId: null,
      zoneId: null,
      stances,
      topicId,
      since: null,
      until: null,
      hasResponse,
    };
    const cells = address.z < detailZoom;
    return {
      layer: 'comments',
      source: cells ? commentCells(query, address) : commentFeatures(query, address),
      properties: cells ? commentCellProperties : commentFeatureProperties,
      scope: { layer: 'comments', scopeId: consultation.id },
      cache: unseen || consultation.status === 'DRAFT' ? 'private' : 'public',
      key: JSON.stringify({ stances, topicId, statuses, hasResponse, cells }),
    };
  };
