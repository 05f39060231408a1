import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** The page's map, for end-to-end tests (e.g. `map.project` to find a pixel to click). */
    __placMap?: MapLibreMap;
  }
}
