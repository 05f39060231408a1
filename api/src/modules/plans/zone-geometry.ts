import { badInput } from '../../errors/domain-error.js';
import { show } from '../../geo/coordinates.js';
import { type MultiPolygon, type Polygon, parseGeometry } from '../../geo/geojson.js';
import { list, nonEmpty, polygonOf, ShapeError, tooManyVertices } from '../../geo/positions.js';
import { countVertices } from '../../geo/vertex-count.js';
import { PlanCrs, puwg1992Position } from './plan.crs.js';

const zoneTypes = ['Polygon', 'MultiPolygon'] as const;
const polygon = polygonOf(puwg1992Position);

/** A zone's geometry as sent, in its CRS: the same shape as GeoJSON, not yet transformed. */
export type ZoneGeometry = Polygon | MultiPolygon;

/**
 * Reads a zone's geometry: a Polygon or MultiPolygon of closed rings, each position in range
 * for `crs`, at most `maxVertices` positions. Throws BAD_USER_INPUT naming `field`.
 * Self-intersection is left to PostGIS, as for any geometry.
 */
export function parseZoneGeometry(
  value: unknown,
  crs: PlanCrs,
  field: string,
  maxVertices: number,
): ZoneGeometry {
  if (crs === PlanCrs.EPSG_4326) {
    return parseGeometry(value, { field, allowed: zoneTypes, maxVertices, altitude: 'drop' });
  }
  // parseGeometry holds positions to degrees, so EPSG:2180 gets the same checks in metres here.
  try {
    return readProjected(value, maxVertices);
  } catch (err) {
    if (err instanceof ShapeError) throw badInput(field, err.message, err.reason, err.params);
    throw err;
  }
}

function readProjected(value: unknown, maxVertices: number): ZoneGeometry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ShapeError(`must be a GeoJSON geometry object, not ${show(value)}`);
  }
  const object = value as Record<string, unknown>;
  if (object.type !== 'Polygon' && object.type !== 'MultiPolygon') {
    throw new ShapeError(
      `type ${show(object.type)} is not allowed here; use one of ${zoneTypes.join(', ')}`,
      'GEOMETRY_TYPE_NOT_ALLOWED',
      { allowed: zoneTypes.join(', ') },
    );
  }
  if (countVertices(object, maxVertices) > maxVertices) {
    throw tooManyVertices(maxVertices);
  }
  const coordinates =
    object.type === 'Polygon'
      ? polygon(object.coordinates, 'coordinates')
      : nonEmpty(list(object.coordinates, 'coordinates', polygon), 'coordinates', 'polygon');
  return { type: object.type, coordinates } as ZoneGeometry;
}
