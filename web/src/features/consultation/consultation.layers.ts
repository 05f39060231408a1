import { countLabel, symbolLabel } from '../../map/labels';
import type { FilterSpecification, LayerSpecification } from '../../map/layers';
import { stanceStyle, stances } from './stancePalette';

export const AREA_SOURCE = 'consultation-area';
export const ZONES_SOURCE = 'plan-zones';
export const ZONE_LABELS_SOURCE = 'plan-zone-labels';
export const MEETINGS_SOURCE = 'meetings';
/** The remarks' vector tiles, and the remarks added since they were fetched. */
export const REMARK_TILES_SOURCE = 'comment-tiles';
export const LIVE_REMARKS_SOURCE = 'comment-live';

export const ZONES_FILL = 'plan-zones-fill';
export const ZONES_SELECTED = 'plan-zones-selected';

export const meetingColor = '#1f2933';
const highlightColor = '#1d4ed8';

/** The stance's colour as a layer expression over the feature's `stance`. */
const stanceColor = [
  'match',
  ['get', 'stance'],
  ...stances.flatMap((stance) => [stance, stanceStyle(stance).color]),
  stanceStyle(null).color,
] as unknown as string;

/** The features with this id, or none. */
export function idFilter(id: string | null): ['==', ['get', 'id'], string] {
  return ['==', ['get', 'id'], id ?? ''];
}

export const areaLayers: LayerSpecification[] = [
  {
    id: 'consultation-area-outline',
    type: 'line',
    source: AREA_SOURCE,
    paint: { 'line-color': '#35516b', 'line-width': 2, 'line-dasharray': [3, 2] },
  },
];

export const zoneLayers: LayerSpecification[] = [
  {
    id: ZONES_FILL,
    type: 'fill',
    source: ZONES_SOURCE,
    paint: { 'fill-color': ['get', 'color'], 'fill-opacity': 0.45 },
  },
  {
    id: 'plan-zones-outline',
    type: 'line',
    source: ZONES_SOURCE,
    paint: { 'line-color': '#1f2933', 'line-width': 1 },
  },
  {
    id: ZONES_SELECTED,
    type: 'line',
    source: ZONES_SOURCE,
    filter: idFilter(null),
    paint: { 'line-color': highlightColor, 'line-width': 4 },
  },
];

/** One label per zone, at a point of its own: a polygon's label repeats on every tile. */
export const zoneLabelLayers: LayerSpecification[] = [
  {
    id: 'plan-zones-label',
    type: 'symbol',
    source: ZONE_LABELS_SOURCE,
    // Always shown: the symbol is what tells zones apart without colour.
    ...symbolLabel,
  },
];

// Typed loosely: the style-spec's expression types are not exported by maplibre-gl.
type Expression = unknown[];
const isCell: Expression = ['has', 'count'];
const isRemark: Expression = ['!', isCell];
const geometryIs = (...types: string[]): Expression => [
  'in',
  ['geometry-type'],
  ['literal', types],
];
const all = (...tests: Expression[]) => ['all', ...tests] as unknown as FilterSpecification;

/** The remark with this id (a point, or a line or area), or none. */
export function remarkFilter(id: string | null, ...types: string[]): FilterSpecification {
  return all(isRemark, geometryIs(...types), idFilter(id));
}

/** The ids of one source's remark layers: the tiles' or the live overlay's. */
export function remarkLayerIds(source: string) {
  return {
    cells: `${source}-cells`,
    fill: `${source}-fill`,
    line: `${source}-line`,
    markers: `${source}-markers`,
    markersHighlight: `${source}-markers-highlight`,
    shapesHighlight: `${source}-shapes-highlight`,
  };
}

/**
 * Remarks as the tiles hold them: counted cells (a `count`, by stance) at low zooms, single
 * remarks (`id`, `stance`) from the detail zoom on: points as their stance's sign, lines and
 * areas in its colour. The live overlay (remarks added since the tiles came) uses the same.
 */
export function remarkLayers(source: string, sourceLayer?: string): LayerSpecification[] {
  const ids = remarkLayerIds(source);
  const from = sourceLayer ? { source, 'source-layer': sourceLayer } : { source };
  const points = ['Point', 'MultiPoint'];
  const shapes = ['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'];
  return [
    {
      id: ids.fill,
      type: 'fill',
      ...from,
      filter: all(isRemark, geometryIs('Polygon', 'MultiPolygon')),
      paint: { 'fill-color': stanceColor, 'fill-opacity': 0.2 },
    },
    {
      id: ids.line,
      type: 'line',
      ...from,
      filter: all(isRemark, geometryIs(...shapes)),
      paint: { 'line-color': stanceColor, 'line-width': 3 },
    },
    {
      id: ids.shapesHighlight,
      type: 'line',
      ...from,
      filter: remarkFilter(null, ...shapes),
      paint: { 'line-color': highlightColor, 'line-width': 5 },
    },
    {
      id: ids.markersHighlight,
      type: 'circle',
      ...from,
      filter: remarkFilter(null, ...points),
      paint: {
        'circle-radius': 17,
        'circle-color': '#ffffff',
        'circle-stroke-color': highlightColor,
        'circle-stroke-width': 4,
      },
    },
    {
      id: ids.cells,
      type: 'symbol',
      ...from,
      filter: all(isCell),
      ...countLabel(),
    },
    {
      id: ids.markers,
      type: 'symbol',
      ...from,
      filter: all(isRemark, geometryIs(...points)),
      layout: {
        'icon-image': ['concat', 'plac-stance-', ['get', 'stance']],
        'icon-allow-overlap': true,
      },
    },
  ];
}

/** Single remarks from this zoom on; counted cells below it (the API's default). */
export const DETAIL_ZOOM = 14;

export const meetingLayers: LayerSpecification[] = [
  {
    id: 'meetings-place',
    type: 'circle',
    source: MEETINGS_SOURCE,
    paint: {
      'circle-radius': 8,
      'circle-color': meetingColor,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 3,
    },
  },
];
