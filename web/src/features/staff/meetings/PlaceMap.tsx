import type { FeatureCollection, Geometry, Point } from 'geojson';
import { useEffect, useMemo, useRef } from 'react';
import { geometryBounds } from '../../../map/bounds';
import { GeoJsonLayers } from '../../../map/GeoJsonLayers';
import type { LayerSpecification } from '../../../map/layers';
import { useMapInstance } from '../../../map/MapContext';
import { MapView } from '../../../map/MapView';
import { useStaffT } from '../staff.i18n';

const layers: LayerSpecification[] = [
  {
    id: 'staff-area-outline',
    type: 'line',
    source: 'staff-meeting',
    filter: ['!=', ['geometry-type'], 'Point'],
    paint: { 'line-color': '#52606d', 'line-width': 2, 'line-dasharray': [2, 1] },
  },
  {
    id: 'staff-meeting-place',
    type: 'circle',
    source: 'staff-meeting',
    filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-radius': 9,
      'circle-color': '#ffffff',
      'circle-stroke-color': '#1d4ed8',
      'circle-stroke-width': 4,
    },
  },
];

function PlaceLayer({ place, area, onPick }: Props) {
  const map = useMapInstance();
  const onPickRef = useRef(onPick);
  onPickRef.current = onPick;
  const data = useMemo<FeatureCollection>(
    () => ({
      type: 'FeatureCollection',
      features: [area, place].flatMap((geometry) =>
        geometry ? [{ type: 'Feature' as const, properties: {}, geometry }] : [],
      ),
    }),
    [area, place],
  );
  useEffect(() => {
    const bounds = area && geometryBounds(area);
    if (bounds) map.fitBounds(bounds, { padding: 24, animate: false, maxZoom: 16 });
  }, [map, area]);
  useEffect(() => {
    const click = (event: { lngLat: { lng: number; lat: number } }) =>
      onPickRef.current({ type: 'Point', coordinates: [event.lngLat.lng, event.lngLat.lat] });
    map.on('click', click);
    map.getCanvas().style.cursor = 'crosshair';
    return () => {
      map.off('click', click);
      map.getCanvas().style.cursor = '';
    };
  }, [map]);
  return <GeoJsonLayers id="staff-meeting" data={data} layers={layers} />;
}

type Props = {
  place: Point | null;
  /** The consultation's area, for orientation. */
  area: Geometry | null;
  onPick: (place: Point) => void;
};

/** A meeting's place, set by a click on the map, over the consultation's area. */
export function PlaceMap(props: Props) {
  const t = useStaffT();
  return (
    <MapView label={t('meeting.mapLabel')} className="staff-area-map">
      <PlaceLayer {...props} />
    </MapView>
  );
}
