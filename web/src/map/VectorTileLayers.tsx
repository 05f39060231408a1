import type { MapGeoJSONFeature, VectorTileSource } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { LayerSpecification } from './layers';
import { useMapInstance } from './MapContext';
import { addSourceLayers } from './sourceLayers';

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
  useEffect(
    () =>
      addSourceLayers(map, {
        id,
        source: { type: 'vector', tiles: [initialUrl.current], maxzoom: maxZoom, promoteId: 'id' },
        layers,
        interactiveLayerIds,
        onClick: onClickRef,
      }),
    [map, id],
  );

  useEffect(() => {
    const source = map.getSource<VectorTileSource>(id);
    if (source && url !== initialUrl.current) source.setTiles([url]);
    initialUrl.current = url;
  }, [map, id, url]);

  return null;
}
