import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import { type Bounds, geometryBounds, unionBounds } from '../../map/bounds';
import type { District } from '../districts/districts.queries';
import type { HomeConsultation, HomeProject } from './home.queries';
import { containsPoint, representativePoint } from './homeGeo';

export type ItemKind = 'consultation' | 'project';

/** A consultation or a budget project, as the home map and list show it. */
export type HomeItem = {
  /** Unique across kinds: `consultation:<id>` or `project:<id>`. */
  key: string;
  kind: ItemKind;
  id: string;
  title: string;
  status: string;
  href: string;
  /** The consultation's area, or the project's located points. */
  geometries: Geometry[];
  bounds: Bounds | null;
  /** Districts holding the item's point(s): the area's centre, the project's locations. */
  districtIds: string[];
};

function districtsHolding(geometries: Geometry[], districts: readonly District[]): string[] {
  const points = geometries
    .map(representativePoint)
    .filter((point): point is Position => point !== null);
  return districts
    .filter((district) => points.some((point) => containsPoint(district.geometry, point)))
    .map((district) => district.id);
}

function item(
  kind: ItemKind,
  fields: { id: string; title: string; status: string },
  geometries: Geometry[],
  districts: readonly District[],
): HomeItem {
  const path = kind === 'consultation' ? 'consultations' : 'budget/projects';
  return {
    ...fields,
    key: `${kind}:${fields.id}`,
    kind,
    href: `/${path}/${fields.id}`,
    geometries,
    bounds: unionBounds(geometries.map(geometryBounds)),
    districtIds: districtsHolding(geometries, districts),
  };
}

export function consultationItems(
  consultations: readonly HomeConsultation[],
  districts: readonly District[],
): HomeItem[] {
  return consultations.map((c) => item('consultation', c, [c.area], districts));
}

export function projectItems(
  projects: readonly HomeProject[],
  districts: readonly District[],
): HomeItem[] {
  return projects.map((p) =>
    item(
      'project',
      p,
      p.locations.map((location) => location.geometry),
      districts,
    ),
  );
}

type ItemProperties = {
  id: string;
  kind: ItemKind;
  status: string;
  title: string;
  /** On a consultation's marker: the area's larger side in degrees (see `home.layers`). */
  span?: number;
};

/** A geometry's larger side in degrees, 0 when it has no extent. */
function spanOf(bounds: Bounds | null): number {
  if (!bounds) return 0;
  return Math.max(bounds[1][0] - bounds[0][0], bounds[1][1] - bounds[0][1]);
}

/**
 * The consultations' areas as they are, each with a marker at its centre (shown while the
 * area is too small to see); each project location as one point.
 */
export function itemFeatures(
  items: readonly HomeItem[],
): FeatureCollection<Geometry, ItemProperties> {
  const features: Feature<Geometry, ItemProperties>[] = items.flatMap((it) =>
    it.geometries.flatMap((geometry) => {
      const properties = { id: it.key, kind: it.kind, status: it.status, title: it.title };
      const point = representativePoint(geometry);
      const marker: Point | null = point ? { type: 'Point', coordinates: point } : null;
      if (it.kind === 'project') {
        return marker ? [{ type: 'Feature' as const, properties, geometry: marker }] : [];
      }
      const area = { type: 'Feature' as const, properties, geometry };
      if (!marker) return [area];
      const span = spanOf(geometryBounds(geometry));
      return [
        area,
        { type: 'Feature' as const, properties: { ...properties, span }, geometry: marker },
      ];
    }),
  );
  return { type: 'FeatureCollection', features };
}
