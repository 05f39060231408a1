import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { type RefObject, useEffect, useRef, useState } from 'react';
import type { ClientConfig } from '../app/ClientConfig';
import type { Bounds } from './bounds';
import { baseStyle } from './layers';

// MapLibre finds its worker beside its own module, which the bundler moves: point at the
// copy Vite emits instead.
setWorkerUrl(workerUrl);

/** Roughly Warsaw, until the districts arrive. */
const warsaw: Bounds = [
  [20.85, 52.09],
  [21.28, 52.37],
];

export type MapStatus = { map: MapLibreMap | null; failed: boolean };

/**
 * Creates a MapLibre map in `container` once, and answers it when its style has loaded.
 * `label` names the canvas for assistive technology (later changes: see `MapView`).
 * The style is the product's offline one unless `config` names a basemap; no map is made
 * until `config` is known. `failed` is set when the browser cannot draw the map (no WebGL).
 */
export function useMaplibre(
  container: RefObject<HTMLDivElement | null>,
  label: string,
  config: ClientConfig | null,
): MapStatus {
  const [status, setStatus] = useState<MapStatus>({ map: null, failed: false });
  const initialLabel = useRef(label);

  useEffect(() => {
    if (!container.current || !config) return;
    const style = config.mapStyleUrl ?? baseStyle;
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({
        container: container.current,
        style,
        bounds: warsaw,
        attributionControl: false,
        locale: { 'Map.Title': initialLabel.current },
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
      });
    } catch (error) {
      console.error('MapLibre could not start', error);
      setStatus({ map: null, failed: true });
      return;
    }
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    window.__placMap = map;
    map.on('error', (event) => console.error('MapLibre', event.error));
    map.once('load', () => setStatus({ map, failed: false }));
    return () => {
      setStatus({ map: null, failed: false });
      if (window.__placMap === map) window.__placMap = undefined;
      map.remove();
    };
  }, [container, config]);

  return status;
}
