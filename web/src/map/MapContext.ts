import type { Map as MapLibreMap } from 'maplibre-gl';
import { createContext, useContext } from 'react';

export const MapContext = createContext<MapLibreMap | null>(null);

/** The map of the enclosing `MapView`, once its style has loaded. */
export function useMapInstance(): MapLibreMap {
  const map = useContext(MapContext);
  if (!map) throw new Error('useMapInstance needs a loaded <MapView> above it');
  return map;
}
