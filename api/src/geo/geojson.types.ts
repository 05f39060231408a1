/** A GeoJSON position: longitude first, then latitude, in degrees (EPSG:4326); flat, no altitude. */
export type Position = [longitude: number, latitude: number];

export type Point = { type: 'Point'; coordinates: Position };
export type MultiPoint = { type: 'MultiPoint'; coordinates: Position[] };
export type LineString = { type: 'LineString'; coordinates: Position[] };
export type MultiLineString = { type: 'MultiLineString'; coordinates: Position[][] };
/** The first ring is the outer boundary, the others holes; each ring is closed. */
export type Polygon = { type: 'Polygon'; coordinates: Position[][] };
export type MultiPolygon = { type: 'MultiPolygon'; coordinates: Position[][][] };

export type SingleGeometry =
  | Point
  | MultiPoint
  | LineString
  | MultiLineString
  | Polygon
  | MultiPolygon;
export type GeometryCollection = { type: 'GeometryCollection'; geometries: SingleGeometry[] };
export type Geometry = SingleGeometry | GeometryCollection;

export type GeometryType = Geometry['type'];
export type SingleGeometryType = SingleGeometry['type'];

/** How many array levels wrap the positions of each geometry type's `coordinates`. */
export const coordinateDepth: Readonly<Record<SingleGeometryType, number>> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

/** Whether `type` names a GeoJSON geometry type (not a Feature or FeatureCollection). */
export function isGeometryType(type: unknown): type is GeometryType {
  return isSingleGeometryType(type) || type === 'GeometryCollection';
}

export function isSingleGeometryType(type: unknown): type is SingleGeometryType {
  return typeof type === 'string' && Object.hasOwn(coordinateDepth, type);
}
