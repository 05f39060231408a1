import type { MapOptions } from 'maplibre-gl';

// maplibre-gl does not re-export the style-spec types; derive them rather than depend on
// @maplibre/maplibre-gl-style-spec directly.
export type StyleSpecification = Exclude<MapOptions['style'], string | undefined>;
export type LayerSpecification = StyleSpecification['layers'][number];
export type FilterSpecification = NonNullable<
  Extract<LayerSpecification, { type: 'line' }>['filter']
>;

/** The GeoJSON source holding the areas (districts) shown on the map. */
export const AREAS_SOURCE = 'areas';
export const AREAS_FILL_LAYER = 'areas-fill';
export const AREAS_OUTLINE_LAYER = 'areas-outline';
export const AREAS_SELECTED_LAYER = 'areas-selected-outline';

/** Feature-state flags the area layers react to. */
export type AreaState = { selected?: boolean; hover?: boolean };

const colors = {
  background: '#eef1ec',
  fill: '#7ea6c9',
  fillHover: '#4f86b6',
  selected: '#c2410c',
  outline: '#35516b',
} as const;

/**
 * The product's own base style: a plain background and nothing fetched from the network
 * (no tiles, glyphs or sprites), so the map works offline. Labels live in the list.
 */
export const baseStyle: StyleSpecification = {
  version: 8,
  name: 'Plac',
  sources: {},
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': colors.background } },
  ],
};

type StateTest = ['boolean', ['feature-state', string], boolean];
const isState = (flag: keyof AreaState): StateTest => ['boolean', ['feature-state', flag], false];
const selected = isState('selected');
const hover = isState('hover');

/** Fill and outlines of the areas; the selected and hovered ones are highlighted. */
export const areaLayers: LayerSpecification[] = [
  {
    id: AREAS_FILL_LAYER,
    type: 'fill',
    source: AREAS_SOURCE,
    paint: {
      'fill-color': ['case', selected, colors.selected, hover, colors.fillHover, colors.fill],
      'fill-opacity': ['case', selected, 0.55, hover, 0.45, 0.3],
    },
  },
  {
    id: AREAS_OUTLINE_LAYER,
    type: 'line',
    source: AREAS_SOURCE,
    layout: { 'line-join': 'round' },
    paint: { 'line-color': colors.outline, 'line-width': 1 },
  },
  {
    // A layer of its own, above every other outline, so borders shared with neighbours show
    // the highlight too. Its filter follows the selection: see `selectedFilter`.
    id: AREAS_SELECTED_LAYER,
    type: 'line',
    source: AREAS_SOURCE,
    filter: selectedFilter(null),
    layout: { 'line-join': 'round' },
    paint: { 'line-color': colors.selected, 'line-width': 3 },
  },
];

/** The filter of the selected-outline layer: the area with this id, or none. */
export function selectedFilter(id: string | null): FilterSpecification {
  return ['==', ['get', 'id'], id ?? ''];
}
