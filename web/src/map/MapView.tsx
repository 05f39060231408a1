import { AttributionControl } from 'maplibre-gl';
import { type ReactNode, useEffect, useRef } from 'react';
import { useClientConfig } from '../app/ClientConfig';
import { MapContext } from './MapContext';
import { useMapT } from './map.i18n';
import { useMaplibre } from './useMaplibre';
import 'maplibre-gl/dist/maplibre-gl.css';

export type MapViewProps = {
  /** Accessible name of the map canvas. */
  label: string;
  /** Layers of the page (components using `useMapInstance`), mounted once the map loads. */
  children?: ReactNode;
  className?: string;
};

/**
 * The map: Plac's own offline style, or the configured basemap with its attribution;
 * zoom buttons; the page's layers as children.
 */
export function MapView({ label, children, className }: MapViewProps) {
  const t = useMapT();
  const config = useClientConfig();
  const container = useRef<HTMLDivElement>(null);
  const { map, failed } = useMaplibre(container, label, config);

  useEffect(() => {
    map?.getCanvas().setAttribute('aria-label', label);
  }, [map, label]);

  useEffect(() => {
    if (!map || !config?.mapAttribution) return;
    const attribution = new AttributionControl({ customAttribution: config.mapAttribution });
    map.addControl(attribution);
    return () => {
      map.removeControl(attribution);
    };
  }, [map, config]);

  return (
    <div className={className ? `map ${className}` : 'map'}>
      <div ref={container} className="map-canvas" />
      {failed && (
        <p className="map-fallback" role="alert">
          {t('unavailable')}
        </p>
      )}
      {map && (
        <MapContext.Provider value={map}>
          {children}
          <div className="map-zoom">
            <button
              type="button"
              aria-label={t('zoomIn')}
              title={t('zoomIn')}
              onClick={() => map.zoomIn()}
            >
              <span aria-hidden="true">+</span>
            </button>
            <button
              type="button"
              aria-label={t('zoomOut')}
              title={t('zoomOut')}
              onClick={() => map.zoomOut()}
            >
              <span aria-hidden="true">−</span>
            </button>
          </div>
        </MapContext.Provider>
      )}
    </div>
  );
}
