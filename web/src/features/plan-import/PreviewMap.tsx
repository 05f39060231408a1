import { useEffect, useMemo } from 'react';
import { geometryBounds } from '../../map/bounds';
import { GeoJsonLayers } from '../../map/GeoJsonLayers';
import type { LayerSpecification } from '../../map/layers';
import { useMapInstance } from '../../map/MapContext';
import { MapView } from '../../map/MapView';
import { usePlanImportT } from './planImport.i18n';
import { type PreviewZone, zoneFeatures } from './previewZones';

const layers: LayerSpecification[] = [
  {
    id: 'plan-preview-fill',
    type: 'fill',
    source: 'plan-preview',
    paint: { 'fill-color': ['get', 'color'], 'fill-opacity': 0.5 },
  },
  {
    id: 'plan-preview-outline',
    type: 'line',
    source: 'plan-preview',
    paint: { 'line-color': '#1f2933', 'line-width': 1.5 },
  },
];

function ZoneLayers({ zones }: { zones: readonly PreviewZone[] }) {
  const map = useMapInstance();
  const data = useMemo(() => zoneFeatures(zones), [zones]);
  useEffect(() => {
    const bounds = geometryBounds({
      type: 'GeometryCollection',
      geometries: zones.map((zone) => zone.geometry),
    });
    if (bounds) map.fitBounds(bounds, { padding: 24, animate: false, maxZoom: 17 });
  }, [map, zones]);
  return <GeoJsonLayers id="plan-preview" data={data} layers={layers} />;
}

/** The zones read from the file, coloured by designation, before anything is written. */
export function PreviewMap({ zones }: { zones: readonly PreviewZone[] }) {
  const t = usePlanImportT();
  return (
    <MapView label={t('preview.mapLabel', { count: zones.length })} className="plan-import-map">
      <ZoneLayers zones={zones} />
    </MapView>
  );
}
