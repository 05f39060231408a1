import { useEffect, useRef } from 'react';
import { useT } from '../i18n/I18nProvider';
import type { Bounds } from './bounds';
import { type AreaFeatures, useAreaLayers } from './useAreaLayers';
import { useMaplibre } from './useMaplibre';
import 'maplibre-gl/dist/maplibre-gl.css';

export type MapViewProps = {
  /** Accessible name of the map canvas. */
  label: string;
  areas: AreaFeatures;
  bounds: { all: Bounds | null; selected: Bounds | null };
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** A basemap style URL; the product's offline style when absent. */
  styleUrl?: string;
};

/** The map: areas drawn from GeoJSON, the selected one highlighted, zoom buttons. */
export function MapView({ label, areas, bounds, selectedId, onSelect, styleUrl }: MapViewProps) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const { map, failed } = useMaplibre(container, label, styleUrl);
  useAreaLayers(map, areas, bounds, selectedId, onSelect);

  useEffect(() => {
    map?.getCanvas().setAttribute('aria-label', label);
  }, [map, label]);

  return (
    <div className="map">
      <div ref={container} className="map-canvas" />
      {failed && (
        <p className="map-fallback" role="alert">
          {t('map.unavailable')}
        </p>
      )}
      {map && (
        <div className="map-zoom">
          <button
            type="button"
            aria-label={t('map.zoomIn')}
            title={t('map.zoomIn')}
            onClick={() => map.zoomIn()}
          >
            <span aria-hidden="true">+</span>
          </button>
          <button
            type="button"
            aria-label={t('map.zoomOut')}
            title={t('map.zoomOut')}
            onClick={() => map.zoomOut()}
          >
            <span aria-hidden="true">−</span>
          </button>
        </div>
      )}
    </div>
  );
}
