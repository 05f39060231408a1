import type { FilterSpecification, LayerSpecification } from '../../map/layers';

export const FEEDBACK_SOURCE = 'planner-feedback';
export const FEEDBACK_FILL_LAYER = 'planner-feedback-fill';
const FEEDBACK_OUTLINE_LAYER = 'planner-feedback-outline';
export const FEEDBACK_SELECTED_LAYER = 'planner-feedback-selected';

/** The chosen area's outline: thick and dark, a shape cue beside the palette's colours. */
export function selectedAreaFilter(key: string | null): FilterSpecification {
  return ['==', ['get', 'id'], key ?? ''];
}

/** The choropleth: each area filled with its class colour (the feature's `color`). */
export const feedbackLayers: LayerSpecification[] = [
  {
    id: FEEDBACK_FILL_LAYER,
    type: 'fill',
    source: FEEDBACK_SOURCE,
    paint: { 'fill-color': ['get', 'color'], 'fill-opacity': 0.85 },
  },
  {
    id: FEEDBACK_OUTLINE_LAYER,
    type: 'line',
    source: FEEDBACK_SOURCE,
    layout: { 'line-join': 'round' },
    paint: { 'line-color': '#1f2933', 'line-width': 0.6, 'line-opacity': 0.7 },
  },
  {
    id: FEEDBACK_SELECTED_LAYER,
    type: 'line',
    source: FEEDBACK_SOURCE,
    filter: selectedAreaFilter(null),
    layout: { 'line-join': 'round' },
    paint: { 'line-color': '#000000', 'line-width': 4 },
  },
];

export const AREA_SOURCE = 'planner-consultation-area';
export const areaOutlineColor = '#1f2933';

/** The consulted area's border, dashed, drawn over the areas for orientation. */
export const areaOutlineLayers: LayerSpecification[] = [
  {
    id: 'planner-consultation-area-outline',
    type: 'line',
    source: AREA_SOURCE,
    paint: { 'line-color': areaOutlineColor, 'line-width': 2, 'line-dasharray': [3, 2] },
  },
];
