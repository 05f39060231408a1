import type { MapGeoJSONFeature, MapLayerMouseEvent, VectorTileSource } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { LayerSpecification } from './layers';
import { useMapInstance } from './MapContext';

export type VectorTileLayersProps = {
  /** The source's id; the layers' `source` must name it. */
  id: string;
  /** The tile URL template (see `tileUrl`); a new URL (new filters) fetches new tiles. */
  url: string;
  layers: LayerSpecification[];
  /** Tiles are fetched up to this zoom and drawn larger beyond it. */
  maxZoom?: number;
  onClick?: (feature: MapGeoJSONFeature) => void;
  /** Which of `layers` answer clicks and show a pointer; all of them when not given. */
  interactiveLayerIds?: string[];
};

/**
 * A vector tile source of the API and its layers on the enclosing map; removed when the
 * component unmounts. Feature ids come from the `id` property (cells have none).
 */
export function VectorTileLayers({
  id,
  url,
  layers,
  maxZoom = 16,
  onClick,
  interactiveLayerIds,
}: VectorTileLayersProps) {
  const map = useMapInstance();
  const onClickRef = useRef(onClick);
  onClickRef.current = onClick;
  const initialUrl = useRef(url);

  // The source and layers are fixed for the component's life; a new set needs a new `key`.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    map.addSource(id, {
      type: 'vector',
      tiles: [initialUrl.current],
      maxzoom: maxZoom,
      promoteId: 'id',
    });
    for (const layer of layers) map.addLayer(layer);
    const interactive = interactiveLayerIds ?? layers.map((layer) => layer.id);
    const click = (event: MapLayerMouseEvent) => {
      const feature = event.features?.[0];
      if (feature) onClickRef.current?.(feature);
    };
    const enter = () => {
      if (onClickRef.current) map.getCanvas().style.cursor = 'pointer';
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
  }, [map, id]);

  useEffect(() => {
    const source = map.getSource<VectorTileSource>(id);
    if (source && url !== initialUrl.current) source.setTiles([url]);
    initialUrl.current = url;
  }, [map, id, url]);

  return null;
}
