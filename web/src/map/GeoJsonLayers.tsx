import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, MapGeoJSONFeature, MapLayerMouseEvent } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { LayerSpecification } from './layers';
import { useMapInstance } from './MapContext';

export type GeoJsonLayersProps = {
  /** The source's id; the layers' `source` must name it. */
  id: string;
  data: FeatureCollection;
  layers: LayerSpecification[];
  /** Groups nearby points (MapLibre's clustering) below this zoom. */
  cluster?: { maxZoom: number; radius?: number };
  /** Clicks on these layers' features; the first feature under the pointer. */
  onClick?: (feature: MapGeoJSONFeature) => void;
  /** Which of `layers` answer clicks and show a pointer; all of them when not given. */
  interactiveLayerIds?: string[];
};

/**
 * A GeoJSON source and its layers on the enclosing map, kept in step with `data`; removed
 * when the component unmounts. Feature ids come from the `id` property.
 */
export function GeoJsonLayers({
  id,
  data,
  layers,
  cluster,
  onClick,
  interactiveLayerIds,
}: GeoJsonLayersProps) {
  const map = useMapInstance();
  const onClickRef = useRef(onClick);
  onClickRef.current = onClick;
  const initialData = useRef(data);

  // Sources and layers are fixed for the component's life; a new set needs a new `key`.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    map.addSource(id, {
      type: 'geojson',
      data: initialData.current,
      promoteId: 'id',
      ...(cluster
        ? { cluster: true, clusterMaxZoom: cluster.maxZoom, clusterRadius: cluster.radius ?? 40 }
        : {}),
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
    map.getSource<GeoJSONSource>(id)?.setData(data);
  }, [map, id, data]);

  return null;
}
