import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, MapGeoJSONFeature } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { LayerSpecification } from './layers';
import { useMapInstance } from './MapContext';
import { addSourceLayers } from './sourceLayers';

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
  useEffect(
    () =>
      addSourceLayers(map, {
        id,
        source: {
          type: 'geojson',
          data: initialData.current,
          promoteId: 'id',
          ...(cluster
            ? {
                cluster: true,
                clusterMaxZoom: cluster.maxZoom,
                clusterRadius: cluster.radius ?? 40,
              }
            : {}),
        },
        layers,
        interactiveLayerIds,
        onClick: onClickRef,
      }),
    [map, id],
  );

  useEffect(() => {
    map.getSource<GeoJSONSource>(id)?.setData(data);
  }, [map, id, data]);

  return null;
}
