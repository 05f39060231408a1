import type { Database } from '../../db/database.js';
import { isUuid } from '../../db/uuid.js';
import { badInput } from '../../errors/domain-error.js';
import { type Geometry, parseGeometry } from '../../geo/geojson.js';
import { assertValidGeometry } from '../../geo/validity.js';
import { clipToArea } from './comment-clip.sql.js';

/** A remark's place as stored, and whether it was cut down to the consultation area. */
export type Place = { geometry: Geometry; clipped: boolean };

/**
 * Where a remark is pinned: a Point, LineString or Polygon, valid, touching the consultation
 * area. A line or area reaching past it is clipped to it (a district picked from the list for
 * a smaller consultation), so that it is counted and painted only where it is consulted on.
 * Otherwise a BAD_USER_INPUT naming `field`, with the distance when it lies outside.
 */
export async function checkPlace(
  db: Database,
  place: { consultationId: string; value: unknown; field: string; maxVertices: number },
): Promise<Place> {
  const { consultationId, value, field, maxVertices } = place;
  const geometry = parseGeometry(value, {
    field,
    allowed: ['Point', 'LineString', 'Polygon'],
    maxVertices,
  });
  await assertValidGeometry(db.pool, geometry, field);
  const { outside, covered, clipped } = await clipToArea(db.pool, consultationId, geometry);
  if (covered) return { geometry, clipped: false };
  // Rounded up: "0 m outside" would read as inside; so does an area touching only the edge.
  const meters = Math.max(1, Math.ceil(outside ?? 0));
  if (!clipped) {
    const problem = `lies ${meters} m outside the consultation area`;
    throw badInput(field, problem, 'COMMENT_OUTSIDE_AREA', { meters });
  }
  return { geometry: clipped, clipped: true };
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
