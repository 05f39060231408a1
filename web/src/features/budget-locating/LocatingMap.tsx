import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { useEffect, useMemo } from 'react';
import { geometryBounds, unionBounds } from '../../map/bounds';
import { GeoJsonLayers } from '../../map/GeoJsonLayers';
import { useMapInstance } from '../../map/MapContext';
import { MapView } from '../../map/MapView';
import { DistrictOutlines } from '../budget/ProjectMap';
import { DrawControl } from '../consultation/DrawControl';
import type { CommentGeometry, Shape } from '../consultation/locationInput';
import { useLocatingT } from './locating.i18n';
import { type FeatureKind, LOCATING_SOURCE, locatingLayers } from './locating.layers';

export type MapFeature = { id: string; kind: FeatureKind; geometry: Geometry };

type Props = {
  features: readonly MapFeature[];
  /** The map fits these when they change (the project being placed, or a pair). */
  focus: readonly Geometry[];
  drawShape: Shape | null;
  onDrawn: (geometry: CommentGeometry) => void;
};

/** The edition's projects, the one being placed with its draft, and terra-draw while drawing. */
export function LocatingMap({ features, focus, drawShape, onDrawn }: Props) {
  const t = useLocatingT();
  return (
    <MapView label={t('map.label')} className="locating-map">
      <DistrictOutlines />
      <Features features={features} focus={focus} />
      {drawShape && <DrawControl shape={drawShape} onDrawn={onDrawn} />}
    </MapView>
  );
}

function Features({ features, focus }: Pick<Props, 'features' | 'focus'>) {
  const map = useMapInstance();
  const data = useMemo<FeatureCollection>(
    () => ({
      type: 'FeatureCollection',
      features: features.map(
        (f): Feature => ({
          type: 'Feature',
          properties: { id: f.id, kind: f.kind },
          geometry: f.geometry,
        }),
      ),
    }),
    [features],
  );
  useEffect(() => {
    const bounds = unionBounds(focus.map(geometryBounds));
    if (bounds) map.fitBounds(bounds, { padding: 48, animate: false, maxZoom: 16 });
  }, [map, focus]);
  return <GeoJsonLayers id={LOCATING_SOURCE} data={data} layers={locatingLayers} />;
}
