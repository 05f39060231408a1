import type { FeatureCollection } from 'geojson';
import { useMemo } from 'react';
import { GeoJsonLayers } from '../../map/GeoJsonLayers';
import type { LayerSpecification } from '../../map/layers';
import type { CommentGeometry } from './locationInput';

const color = '#1d4ed8';
const layers: LayerSpecification[] = [
  {
    id: 'comment-draft-fill',
    type: 'fill',
    source: 'comment-draft',
    filter: ['==', ['geometry-type'], 'Polygon'],
    paint: { 'fill-color': color, 'fill-opacity': 0.15 },
  },
  {
    id: 'comment-draft-line',
    type: 'line',
    source: 'comment-draft',
    filter: ['!=', ['geometry-type'], 'Point'],
    paint: { 'line-color': color, 'line-width': 3, 'line-dasharray': [2, 1] },
  },
  {
    id: 'comment-draft-point',
    type: 'circle',
    source: 'comment-draft',
    filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-radius': 9,
      'circle-color': '#ffffff',
      'circle-stroke-color': color,
      'circle-stroke-width': 4,
    },
  },
];

/** The location chosen for a new comment, however it was chosen. */
export function DraftLayer({ geometry }: { geometry: CommentGeometry | null }) {
  const data = useMemo<FeatureCollection>(
    () => ({
      type: 'FeatureCollection',
      features: geometry ? [{ type: 'Feature', properties: {}, geometry }] : [],
    }),
    [geometry],
  );
  return <GeoJsonLayers id="comment-draft" data={data} layers={layers} />;
}
