import type { KeyOf, Translate } from '../../i18n/namespace';
import type { LegendItem } from '../../map/Legend';
import { countLabel } from '../../map/labels';
import type { FilterSpecification, LayerSpecification } from '../../map/layers';
import { statusColor } from '../budget/budget.layers';
import { groupStyles, type StatusGroup, statusGroups } from '../budget/statusStyle';
import type { homeTexts } from './home.i18n';

export const DISTRICTS_SOURCE = 'home-districts';
export const CONSULTATIONS_SOURCE = 'home-consultations';
export const PROJECTS_SOURCE = 'home-projects';
/** The same projects, grouped into counted clusters for the zooms below `projectDetailZoom`. */
export const PROJECT_CLUSTERS_SOURCE = 'home-project-clusters';
export const PROJECT_CLUSTER_LAYER = 'home-project-clusters-count';
export const PROJECT_LONE_LAYER = 'home-project-clusters-point';
/** Single projects from this zoom on; counted clusters below it, as remarks are. */
export const projectDetailZoom = 13;
export const DISTRICT_CHOSEN_LAYER = 'home-districts-chosen';
export const CONSULTATION_MARKERS_LAYER = 'home-consultations-marker';
export const HIGHLIGHT_LAYERS = ['home-consultations-highlight', 'home-projects-highlight'];

const colors = {
  district: '#64748b',
  chosen: '#1e3a8a',
  consultation: '#7c3aed',
  highlight: '#c2410c',
} as const;

/** Only the features whose `id` is one of `ids`. */
export function idFilter(ids: readonly (string | null)[]): FilterSpecification {
  return ['in', ['get', 'id'], ['literal', ids.filter((id) => id !== null)]];
}

export const districtLayers: LayerSpecification[] = [
  {
    id: 'home-districts-fill',
    type: 'fill',
    source: DISTRICTS_SOURCE,
    paint: { 'fill-color': colors.district, 'fill-opacity': 0.08 },
  },
  {
    id: 'home-districts-outline',
    type: 'line',
    source: DISTRICTS_SOURCE,
    paint: { 'line-color': colors.district, 'line-width': 1 },
  },
  {
    id: DISTRICT_CHOSEN_LAYER,
    type: 'line',
    source: DISTRICTS_SOURCE,
    filter: idFilter([]),
    paint: { 'line-color': colors.chosen, 'line-width': 3, 'line-dasharray': [3, 1] },
  },
];

const isOpen: FilterSpecification = ['==', ['get', 'status'], 'OPEN'];
const isArea: FilterSpecification = ['!=', ['geometry-type'], 'Point'];

/** Below this many pixels across, a consultation's area gets a marker to be seen by. */
const smallestVisible = 16;

/**
 * 1 while a consultation's area (its `span` in degrees) is under `smallestVisible` pixels
 * across at the zoom, else 0: a 1 km area is a speck on a phone's city view. Stepped by whole
 * zooms, as a style cannot mix the zoom into arithmetic on a feature's data.
 */
const whileSmall = [
  'step',
  ['zoom'],
  ...Array.from({ length: 19 }, (_, zoom) => {
    const degreesAtThreshold = (smallestVisible * 360) / (512 * 2 ** zoom);
    const shown = ['case', ['<', ['get', 'span'], degreesAtThreshold], 1, 0];
    return zoom === 0 ? [shown] : [zoom, shown];
  }).flat(),
] as unknown as number;

export const consultationLayers: LayerSpecification[] = [
  {
    id: 'home-consultations-fill',
    type: 'fill',
    source: CONSULTATIONS_SOURCE,
    filter: isArea,
    paint: {
      'fill-color': colors.consultation,
      'fill-opacity': ['case', isOpen, 0.3, 0.12],
    },
  },
  {
    id: 'home-consultations-outline',
    type: 'line',
    source: CONSULTATIONS_SOURCE,
    filter: isArea,
    paint: { 'line-color': colors.consultation, 'line-width': 2 },
  },
  {
    id: 'home-consultations-highlight',
    type: 'line',
    source: CONSULTATIONS_SOURCE,
    filter: idFilter([]),
    paint: { 'line-color': colors.highlight, 'line-width': 4 },
  },
  {
    id: CONSULTATION_MARKERS_LAYER,
    type: 'circle',
    source: CONSULTATIONS_SOURCE,
    filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-radius': 8,
      'circle-color': ['case', isOpen, colors.consultation, '#c4b5fd'],
      'circle-stroke-color': colors.consultation,
      'circle-stroke-width': 2,
      'circle-opacity': whileSmall,
      'circle-stroke-opacity': whileSmall,
    },
  },
];

const projectPaint = {
  'circle-radius': 6,
  'circle-color': statusColor,
  'circle-stroke-color': '#ffffff',
  'circle-stroke-width': 2,
};

export const projectLayers: LayerSpecification[] = [
  {
    id: 'home-projects-highlight',
    type: 'circle',
    source: PROJECTS_SOURCE,
    filter: idFilter([]),
    paint: { 'circle-radius': 12, 'circle-color': colors.highlight, 'circle-opacity': 0.9 },
  },
  {
    id: 'home-projects-point',
    type: 'circle',
    source: PROJECTS_SOURCE,
    minzoom: projectDetailZoom,
    paint: projectPaint,
  },
];

const isCluster: FilterSpecification = ['has', 'point_count'];
/** A cluster's count, as MapLibre's GeoJSON clustering names it. */
export const clusterCount = ['get', 'point_count'];

/** Below the detail zoom: a disc with the count for each cluster, a lone project as itself. */
export const projectClusterLayers: LayerSpecification[] = [
  {
    id: PROJECT_LONE_LAYER,
    type: 'circle',
    source: PROJECT_CLUSTERS_SOURCE,
    maxzoom: projectDetailZoom,
    filter: ['!', isCluster],
    paint: projectPaint,
  },
  {
    id: PROJECT_CLUSTER_LAYER,
    type: 'symbol',
    source: PROJECT_CLUSTERS_SOURCE,
    maxzoom: projectDetailZoom,
    filter: isCluster,
    ...countLabel(clusterCount),
  },
];

/**
 * What each colour and shape means, in words and with a symbol beside the colour; projects in
 * the budget's status groups, named as on the budget's pages.
 */
export function legendItems(
  t: Translate<KeyOf<typeof homeTexts>>,
  groupName: (group: StatusGroup) => string,
): LegendItem[] {
  return [
    { label: t('legend.district'), color: colors.district, shape: 'line' },
    { label: t('legend.selectedDistrict'), color: colors.chosen, shape: 'line', symbol: '┅' },
    { label: t('legend.open'), color: colors.consultation, shape: 'area', symbol: 'K' },
    { label: t('legend.announced'), color: '#c4b5fd', shape: 'area', symbol: 'Z' },
    ...statusGroups.map((group) => ({
      label: t('legend.project', { group: groupName(group) }),
      color: groupStyles[group].color,
      shape: 'point' as const,
      symbol: groupStyles[group].symbol,
    })),
    { label: t('legend.projectCluster'), color: '#1f2933', shape: 'point', symbol: '5' },
    { label: t('legend.selected'), color: colors.highlight, shape: 'line' },
  ];
}
