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

type ItemProperties = { id: string; kind: ItemKind; status: string; title: string };

/** The consultations' areas as they are; each project location as one point. */
export function itemFeatures(
  items: readonly HomeItem[],
): FeatureCollection<Geometry, ItemProperties> {
  const features: Feature<Geometry, ItemProperties>[] = items.flatMap((it) =>
    it.geometries.flatMap((geometry) => {
      const point = it.kind === 'project' ? representativePoint(geometry) : null;
      const shape: Geometry | null =
        it.kind === 'project'
          ? point
            ? ({ type: 'Point', coordinates: point } as Point)
            : null
          : geometry;
      if (!shape) return [];
      const properties = { id: it.key, kind: it.kind, status: it.status, title: it.title };
      return [{ type: 'Feature' as const, properties, geometry: shape }];
    }),
  );
  return { type: 'FeatureCollection', features };
}
