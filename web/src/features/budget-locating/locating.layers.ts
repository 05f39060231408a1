import type { LayerSpecification } from '../../map/layers';

export const LOCATING_SOURCE = 'budget-locating';

/** What a feature on the locating map is: a listed project, the one being placed, its draft. */
export type FeatureKind = 'project' | 'selected' | 'draft' | 'nearby' | 'pair';

const colorOf = [
  'match',
  ['get', 'kind'],
  'selected',
  '#c2410c',
  'draft',
  '#c2410c',
  'nearby',
  '#7c3aed',
  'pair',
  '#b91c1c',
  '#1d4ed8',
] as const;

const notPoint = ['!=', ['geometry-type'], 'Point'] as const;

export const locatingLayers: LayerSpecification[] = [
  {
    id: `${LOCATING_SOURCE}-fill`,
    type: 'fill',
    source: LOCATING_SOURCE,
    filter: ['==', ['geometry-type'], 'Polygon'],
    paint: { 'fill-color': colorOf as never, 'fill-opacity': 0.2 },
  },
  {
    id: `${LOCATING_SOURCE}-line`,
    type: 'line',
    source: LOCATING_SOURCE,
    filter: notPoint as never,
    paint: {
      'line-color': colorOf as never,
      'line-width': ['match', ['get', 'kind'], 'draft', 4, 3] as never,
      'line-dasharray': [2, 1],
    },
  },
  {
    id: `${LOCATING_SOURCE}-point`,
    type: 'circle',
    source: LOCATING_SOURCE,
    filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-color': colorOf as never,
      'circle-radius': ['match', ['get', 'kind'], 'draft', 8, 'selected', 8, 6] as never,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  },
];
