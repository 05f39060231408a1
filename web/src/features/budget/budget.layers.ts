import { countLabel } from '../../map/labels';
import type { FilterSpecification, LayerSpecification } from '../../map/layers';
import { projectStatuses } from './budgetStatus';
import { groupStyles, statusGroup, statusGroups } from './statusStyle';

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

/** The projects' vector tiles on the edition's map. */
export const PROJECT_TILES_SOURCE = 'budget-project-tiles';
export const TILE_CELLS = `${PROJECT_TILES_SOURCE}-cells`;
export const TILE_FILL = `${PROJECT_TILES_SOURCE}-fill`;
export const TILE_LINE = `${PROJECT_TILES_SOURCE}-line`;
export const TILE_POINT = `${PROJECT_TILES_SOURCE}-point`;
export const TILE_HIGHLIGHT_LINE = `${PROJECT_TILES_SOURCE}-highlight-line`;
export const TILE_HIGHLIGHT_POINT = `${PROJECT_TILES_SOURCE}-highlight-point`;
export const interactiveTileLayers = [TILE_CELLS, TILE_FILL, TILE_LINE, TILE_POINT];

/** The status group's colour over a feature's `status`: the one palette of every budget map. */
export const statusColor = [
  'match',
  ['get', 'status'],
  ...projectStatuses.flatMap((status) => [status, groupStyles[statusGroup(status)].color]),
  groupStyles.pending.color,
] as unknown as string;

const isCell: FilterSpecification = ['has', 'count'];
const tileFeature = (geometry: FilterSpecification) =>
  ['all', ['!', isCell], geometry] as unknown as FilterSpecification;
const fromTiles = { source: PROJECT_TILES_SOURCE, 'source-layer': 'projects' };

/**
 * The projects as the tiles hold them: counted cells below the detail zoom (a dark disc with
 * the count), then each location in its status group's colour; highlights over them.
 */
export const projectTileLayers: LayerSpecification[] = [
  {
    id: TILE_FILL,
    type: 'fill',
    ...fromTiles,
    filter: tileFeature(isPolygon),
    paint: { 'fill-color': statusColor, 'fill-opacity': 0.3 },
  },
  {
    id: TILE_HIGHLIGHT_LINE,
    type: 'line',
    ...fromTiles,
    filter: highlightFilter([], notPoint),
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': highlightColor, 'line-width': 9, 'line-opacity': 0.6 },
  },
  {
    id: TILE_LINE,
    type: 'line',
    ...fromTiles,
    filter: tileFeature(notPoint),
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': statusColor, 'line-width': 4 },
  },
  {
    id: TILE_HIGHLIGHT_POINT,
    type: 'circle',
    ...fromTiles,
    filter: highlightFilter([], isPoint),
    paint: { 'circle-radius': 13, 'circle-color': highlightColor, 'circle-opacity': 0.5 },
  },
  {
    id: TILE_POINT,
    type: 'circle',
    ...fromTiles,
    filter: tileFeature(isPoint),
    paint: {
      'circle-radius': 7,
      'circle-color': statusColor,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  },
  {
    id: TILE_CELLS,
    type: 'symbol',
    ...fromTiles,
    filter: isCell,
    ...countLabel(),
  },
];
