import type {
  MapGeoJSONFeature,
  MapLayerMouseEvent,
  Map as MapLibreMap,
  SourceSpecification,
} from 'maplibre-gl';
import type { LayerSpecification } from './layers';

type SourceLayers = {
  id: string;
  source: SourceSpecification;
  layers: LayerSpecification[];
  /** Which of `layers` answer clicks and show a pointer; all of them when not given. */
  interactiveLayerIds?: string[];
  /** Read at each click, so the handler may change without re-adding the layers. */
  onClick: { current?: (feature: MapGeoJSONFeature) => void };
};

/**
 * Adds a source and its layers to the map, with clicks and a pointer on the interactive ones;
 * returns what removes them again (a no-op once the map itself is gone).
 */
export function addSourceLayers(map: MapLibreMap, options: SourceLayers): () => void {
  const { id, source, layers, onClick } = options;
  map.addSource(id, source);
  for (const layer of layers) map.addLayer(layer);
  const interactive = options.interactiveLayerIds ?? layers.map((layer) => layer.id);
  const click = (event: MapLayerMouseEvent) => {
    const feature = event.features?.[0];
    if (feature) onClick.current?.(feature);
  };
  const enter = () => {
    if (onClick.current) map.getCanvas().style.cursor = 'pointer';
  };
  const leave = () => {
    map.getCanvas().style.cursor = '';
  };
  for (const layer of interactive) {
    map.on('click', layer, click);
    map.on('mouseenter', layer, enter);
    map.on('mouseleave', layer, leave);
  }
  return () => {
    for (const layer of interactive) {
      map.off('click', layer, click);
      map.off('mouseenter', layer, enter);
      map.off('mouseleave', layer, leave);
    }
    // The map may already be gone when the whole page unmounts.
    if (!map.getStyle()) return;
    for (const layer of layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
    if (map.getSource(id)) map.removeSource(id);
  };
}
