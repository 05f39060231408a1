import type { Database } from '../../db/database.js';
import { isUuid } from '../../db/uuid.js';
import { badInput } from '../../errors/domain-error.js';
import { type Geometry, parseGeometry } from '../../geo/geojson.js';
import { assertValidGeometry } from '../../geo/validity.js';
import { placeAgainstArea } from './comment.sql.js';

/** Metres a remark's bounding box may reach past its consultation area's. */
export const maxReachBeyondArea = 500;

/**
 * Where a remark is pinned: a Point, LineString or Polygon, valid, touching the consultation
 * area. Otherwise a BAD_USER_INPUT naming `field`, with the distance when it lies outside.
 */
export async function checkPlace(
  db: Database,
  place: { consultationId: string; value: unknown; field: string; maxVertices: number },
): Promise<Geometry> {
  const { consultationId, value, field, maxVertices } = place;
  const geometry = parseGeometry(value, {
    field,
    allowed: ['Point', 'LineString', 'Polygon'],
    maxVertices,
  });
  await assertValidGeometry(db.pool, geometry, field);
  const { outside, beyond } = await placeAgainstArea(db.pool, consultationId, geometry);
  // Rounded up: "0 m outside" would read as inside.
  const meters = Math.ceil(outside);
  if (meters > 0) {
    const problem = `lies ${meters} m outside the consultation area`;
    throw badInput(field, problem, 'COMMENT_OUTSIDE_AREA', { meters });
  }
  // A remark may reach a little past the area (a street leading out of it), never cover the
  // city: its extent bounds the work of every grid and tile it is counted in.
  if (beyond > maxReachBeyondArea) {
    const reach = Math.ceil(beyond);
    const problem = `reaches ${reach} m past the consultation area; at most ${maxReachBeyondArea} m are allowed`;
    throw badInput(field, problem, 'COMMENT_TOO_LARGE', { meters: reach, max: maxReachBeyondArea });
  }
  return geometry;
}

/** One of the consultation's topics, or null when none is given. */
export async function checkTopic(
  db: Database,
  consultationId: string,
  topicId: string | null | undefined,
  field: string,
) {
  if (topicId == null) return null;
  const topic = isUuid(topicId)
    ? await db.prisma.consultationTopic.findFirst({ where: { id: topicId, consultationId } })
    : null;
  if (!topic) {
    throw badInput(
      field,
      `"${topicId}" is not a topic of this consultation`,
      'COMMENT_TOPIC_UNKNOWN',
    );
  }
  return topic.id;
}
