import type { FeatureCollection, Geometry } from 'geojson';
import type { GeoJSONSource, MapLayerMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { Bounds } from './bounds';
import {
  AREAS_FILL_LAYER,
  AREAS_SELECTED_LAYER,
  AREAS_SOURCE,
  type AreaState,
  areaLayers,
  selectedFilter,
} from './layers';

/** Areas as the map draws them: each feature carries its area's id and name. */
export type AreaFeatures = FeatureCollection<Geometry, { id: string; name: string }>;

const fitPadding = 32;
const empty: AreaFeatures = { type: 'FeatureCollection', features: [] };

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

function fitTo(map: MapLibreMap, bounds: Bounds | null, animate: boolean): void {
  if (!bounds) return;
  map.fitBounds(bounds, {
    padding: fitPadding,
    maxZoom: 15,
    animate: animate && !prefersReducedMotion(),
  });
}

function setAreaState(map: MapLibreMap, id: string | null, state: AreaState): void {
  if (id !== null) map.setFeatureState({ source: AREAS_SOURCE, id }, state);
}

/**
 * Draws `areas` on `map`, highlights `selectedId` and fits the map to it (or to every area
 * when none is selected), and reports clicks on an area through `onSelect`.
 */
export function useAreaLayers(
  map: MapLibreMap,
  areas: AreaFeatures,
  bounds: { all: Bounds | null; selected: Bounds | null },
  selectedId: string | null,
  onSelect: (id: string) => void,
): void {
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    // Idempotent: React's strict mode runs this effect twice on the same map.
    if (!map.getSource(AREAS_SOURCE)) {
      map.addSource(AREAS_SOURCE, { type: 'geojson', data: empty, promoteId: 'id' });
    }
    for (const layer of areaLayers) if (!map.getLayer(layer.id)) map.addLayer(layer);
    let hovered: string | null = null;
    const onMove = (event: MapLayerMouseEvent) => {
      const id = event.features?.[0]?.properties.id;
      if (typeof id !== 'string' || id === hovered) return;
      setAreaState(map, hovered, { hover: false });
      hovered = id;
      setAreaState(map, hovered, { hover: true });
      map.getCanvas().style.cursor = 'pointer';
    };
    const onLeave = () => {
      setAreaState(map, hovered, { hover: false });
      hovered = null;
      map.getCanvas().style.cursor = '';
    };
    const onClick = (event: MapLayerMouseEvent) => {
      const id = event.features?.[0]?.properties.id;
      if (typeof id === 'string') onSelectRef.current(id);
    };
    map.on('mousemove', AREAS_FILL_LAYER, onMove);
    map.on('mouseleave', AREAS_FILL_LAYER, onLeave);
    map.on('click', AREAS_FILL_LAYER, onClick);
    return () => {
      map.off('mousemove', AREAS_FILL_LAYER, onMove);
      map.off('mouseleave', AREAS_FILL_LAYER, onLeave);
      map.off('click', AREAS_FILL_LAYER, onClick);
    };
  }, [map]);

  useEffect(() => {
    map.getSource<GeoJSONSource>(AREAS_SOURCE)?.setData(areas);
  }, [map, areas]);

  // No effect cleanup here: it would run after the map is removed on unmount.
  const highlighted = useRef<string | null>(null);
  useEffect(() => {
    setAreaState(map, highlighted.current, { selected: false });
    setAreaState(map, selectedId, { selected: true });
    map.setFilter(AREAS_SELECTED_LAYER, selectedFilter(selectedId));
    highlighted.current = selectedId;
  }, [map, selectedId]);

  useEffect(() => {
    fitTo(map, bounds.selected ?? bounds.all, bounds.selected !== null);
  }, [map, bounds.selected, bounds.all]);
}
