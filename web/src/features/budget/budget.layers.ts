import type { FilterSpecification, LayerSpecification } from '../../map/layers';
import { groupStyles, statusGroups } from './statusStyle';

export const PROJECTS_SOURCE = 'budget-projects';
export const DISTRICTS_SOURCE = 'budget-districts';
export const PROJECT_FILL = 'budget-projects-fill';
export const PROJECT_LINE = 'budget-projects-line';
export const PROJECT_LINE_CITYWIDE = 'budget-projects-line-citywide';
export const PROJECT_POINT = 'budget-projects-point';
export const HIGHLIGHT_LINE = 'budget-projects-highlight-line';
export const HIGHLIGHT_POINT = 'budget-projects-highlight-point';

/** Layers that answer clicks and hovers. */
export const interactiveProjectLayers = [
  PROJECT_FILL,
  PROJECT_LINE,
  PROJECT_LINE_CITYWIDE,
  PROJECT_POINT,
];

const highlightColor = '#1d4ed8';

/** The status group's colour as a layer expression over the feature's `group`. */
const groupColor = [
  'match',
  ['get', 'group'],
  ...statusGroups.flatMap((group) => [group, groupStyles[group].color]),
  groupStyles.pending.color,
] as unknown as string;

const isPolygon: FilterSpecification = ['==', ['geometry-type'], 'Polygon'];
const isPoint: FilterSpecification = ['==', ['geometry-type'], 'Point'];
const notPoint: FilterSpecification = ['!=', ['geometry-type'], 'Point'];
const citywide: FilterSpecification = ['==', ['get', 'poolKind'], 'CITYWIDE'];

/** The features of these projects (none when empty): the selected and the hovered one. */
export function highlightFilter(ids: readonly string[], geometry: FilterSpecification) {
  return ['all', geometry, ['in', ['get', 'id'], ['literal', ids]]] as FilterSpecification;
}

export const districtOutlineLayers: LayerSpecification[] = [
  {
    id: 'budget-districts-outline',
    type: 'line',
    source: DISTRICTS_SOURCE,
    paint: { 'line-color': '#7b8794', 'line-width': 1 },
  },
];

/**
 * Areas filled, lines and outlines drawn (dashed for city-wide projects, so pool kind is not
 * told by colour), points as circles with a white ring; highlights drawn over them all.
 */
export const projectLayers: LayerSpecification[] = [
  {
    id: PROJECT_FILL,
    type: 'fill',
    source: PROJECTS_SOURCE,
    filter: isPolygon,
    paint: { 'fill-color': groupColor, 'fill-opacity': 0.3 },
  },
  {
    id: HIGHLIGHT_LINE,
    type: 'line',
    source: PROJECTS_SOURCE,
    filter: highlightFilter([], notPoint),
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': highlightColor, 'line-width': 9, 'line-opacity': 0.6 },
  },
  {
    id: PROJECT_LINE,
    type: 'line',
    source: PROJECTS_SOURCE,
    filter: ['all', notPoint, ['!', citywide]],
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': groupColor, 'line-width': 4 },
  },
  {
    id: PROJECT_LINE_CITYWIDE,
    type: 'line',
    source: PROJECTS_SOURCE,
    filter: ['all', notPoint, citywide],
    paint: { 'line-color': groupColor, 'line-width': 4, 'line-dasharray': [2, 1] },
  },
  {
    id: HIGHLIGHT_POINT,
    type: 'circle',
    source: PROJECTS_SOURCE,
    filter: highlightFilter([], isPoint),
    paint: { 'circle-radius': 13, 'circle-color': highlightColor, 'circle-opacity': 0.5 },
  },
  {
    id: PROJECT_POINT,
    type: 'circle',
    source: PROJECTS_SOURCE,
    filter: isPoint,
    paint: {
      'circle-radius': 7,
      'circle-color': groupColor,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  },
];
