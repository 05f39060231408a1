import type { FilterSpecification, LayerSpecification } from '../../map/layers';
import { stanceStyle, stances } from './stancePalette';

export const AREA_SOURCE = 'consultation-area';
export const ZONES_SOURCE = 'plan-zones';
export const ZONE_LABELS_SOURCE = 'plan-zone-labels';
export const MARKERS_SOURCE = 'comment-markers';
export const SHAPES_SOURCE = 'comment-shapes';
export const MEETINGS_SOURCE = 'meetings';

export const ZONES_FILL = 'plan-zones-fill';
export const ZONES_SELECTED = 'plan-zones-selected';
export const MARKERS = 'comment-markers-stance';
export const CLUSTERS = 'comment-markers-clusters';
export const MARKERS_HIGHLIGHT = 'comment-markers-highlight';
export const SHAPES_FILL = 'comment-shapes-fill';
export const SHAPES_LINE = 'comment-shapes-line';
export const SHAPES_HIGHLIGHT = 'comment-shapes-highlight';

/** Comments are grouped into clusters up to this zoom; lines and areas show from the next. */
export const CLUSTER_MAX_ZOOM = 15;
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
    layout: {
      'icon-image': ['get', 'image'],
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
    },
  },
];

export const shapeLayers: LayerSpecification[] = [
  {
    id: SHAPES_FILL,
    type: 'fill',
    source: SHAPES_SOURCE,
    minzoom: CLUSTER_MAX_ZOOM + 1,
    filter: ['==', ['geometry-type'], 'Polygon'],
    paint: { 'fill-color': stanceColor, 'fill-opacity': 0.2 },
  },
  {
    id: SHAPES_LINE,
    type: 'line',
    source: SHAPES_SOURCE,
    minzoom: CLUSTER_MAX_ZOOM + 1,
    paint: { 'line-color': stanceColor, 'line-width': 3 },
  },
  {
    id: SHAPES_HIGHLIGHT,
    type: 'line',
    source: SHAPES_SOURCE,
    filter: idFilter(null),
    paint: { 'line-color': highlightColor, 'line-width': 5 },
  },
];

const unclustered: ['!', ['has', 'point_count']] = ['!', ['has', 'point_count']];

/** The unclustered marker with this id, or none. */
export function markerFilter(id: string | null): FilterSpecification {
  return ['all', unclustered, idFilter(id)];
}

export const markerLayers: LayerSpecification[] = [
  {
    id: MARKERS_HIGHLIGHT,
    type: 'circle',
    source: MARKERS_SOURCE,
    filter: markerFilter(null),
    paint: {
      'circle-radius': 17,
      'circle-color': '#ffffff',
      'circle-stroke-color': highlightColor,
      'circle-stroke-width': 4,
    },
  },
  {
    id: CLUSTERS,
    type: 'symbol',
    source: MARKERS_SOURCE,
    filter: ['has', 'point_count'],
    layout: {
      'icon-image': ['concat', 'plac-cluster-', ['get', 'point_count']],
      'icon-allow-overlap': true,
    },
  },
  {
    id: MARKERS,
    type: 'symbol',
    source: MARKERS_SOURCE,
    filter: unclustered,
    layout: {
      'icon-image': ['concat', 'plac-stance-', ['get', 'stance']],
      'icon-allow-overlap': true,
    },
  },
];

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
