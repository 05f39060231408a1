import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Comment } from './consultation.queries';
import type { Stance } from './stancePalette';

export type CommentProps = { id: string; stance: Stance };

/** A point standing for a geometry: itself, a line's middle vertex, a ring's mean vertex. */
export function representativePoint(geometry: Geometry): Position | null {
  switch (geometry.type) {
    case 'Point':
      return geometry.coordinates;
    case 'LineString':
      return geometry.coordinates[Math.floor(geometry.coordinates.length / 2)] ?? null;
    case 'Polygon': {
      // The closing vertex repeats the first: leave it out of the mean.
      const ring = geometry.coordinates[0]?.slice(0, -1) ?? [];
      if (ring.length === 0) return null;
      let [lngSum, latSum] = [0, 0];
      for (const [lng = 0, lat = 0] of ring) [lngSum, latSum] = [lngSum + lng, latSum + lat];
      return [lngSum / ring.length, latSum / ring.length];
    }
    default:
      return null;
  }
}

/**
 * The visible, located remarks as map features with their own geometry, as the tiles hold
 * single remarks (for the remarks drawn over the tiles until the tiles are fetched again).
 */
export function commentFeatures(
  comments: readonly Comment[],
): FeatureCollection<Geometry, CommentProps> {
  const features: Feature<Geometry, CommentProps>[] = [];
  for (const comment of comments) {
    const { geometry, stance } = comment;
    if (!geometry || !stance || comment.status !== 'VISIBLE') continue;
    features.push({ type: 'Feature', properties: { id: comment.id, stance }, geometry });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * What arrived live or was added here (newest first) above the pages loaded so far (in the
 * API's order, oldest first), once each (the loaded version first), visible ones only.
 */
export function mergeComments(pages: readonly Comment[], added: readonly Comment[]): Comment[] {
  const loaded = new Set(pages.map((comment) => comment.id));
  const fresh = [...added]
    .filter(
      (comment, index) =>
        !loaded.has(comment.id) && added.findIndex((c) => c.id === comment.id) === index,
    )
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  // A remark withdrawn or hidden meanwhile leaves the list.
  return [...fresh, ...pages].filter((comment) => comment.status === 'VISIBLE');
}
