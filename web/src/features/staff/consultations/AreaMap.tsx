import type { FeatureCollection, Geometry, Polygon } from 'geojson';
import { useEffect, useMemo } from 'react';
import { geometryBounds } from '../../../map/bounds';
import { GeoJsonLayers } from '../../../map/GeoJsonLayers';
import type { LayerSpecification } from '../../../map/layers';
import { useMapInstance } from '../../../map/MapContext';
import { MapView } from '../../../map/MapView';
import { DrawControl } from '../../consultation/DrawControl';
import { useStaffT } from '../staff.i18n';

const color = '#1d4ed8';
const layers: LayerSpecification[] = [
  {
    id: 'staff-area-fill',
    type: 'fill',
    source: 'staff-area',
    paint: { 'fill-color': color, 'fill-opacity': 0.15 },
  },
  {
    id: 'staff-area-line',
    type: 'line',
    source: 'staff-area',
    paint: { 'line-color': color, 'line-width': 3 },
  },
];

function AreaLayer({ geometry }: { geometry: Geometry | null }) {
  const map = useMapInstance();
  const data = useMemo<FeatureCollection>(
    () => ({
      type: 'FeatureCollection',
      features: geometry ? [{ type: 'Feature', properties: {}, geometry }] : [],
    }),
    [geometry],
  );
  useEffect(() => {
    const bounds = geometry && geometryBounds(geometry);
    if (bounds) map.fitBounds(bounds, { padding: 24, animate: false, maxZoom: 16 });
  }, [map, geometry]);
  return <GeoJsonLayers id="staff-area" data={data} layers={layers} />;
}

type Props = {
  geometry: Geometry | null;
  /** While set, a click-by-click polygon drawing hands the finished ring here. */
  onDrawn?: (polygon: Polygon) => void;
};

/** The consultation's area on the map, and terra-draw's polygon tool while drawing. */
export function AreaMap({ geometry, onDrawn }: Props) {
  const t = useStaffT();
  return (
    <MapView label={t('area.mapLabel')} className="staff-area-map">
      <AreaLayer geometry={geometry} />
      {onDrawn && (
        <DrawControl
          shape="Polygon"
          onDrawn={(drawn) => drawn.type === 'Polygon' && onDrawn(drawn)}
        />
      )}
    </MapView>
  );
}
