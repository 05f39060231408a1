import type { Geometry } from 'geojson';
import type { GeoJSONSource, MapGeoJSONFeature, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { type Bounds, geometryBounds } from '../../map/bounds';
import { GeoJsonLayers } from '../../map/GeoJsonLayers';
import { useMapInstance } from '../../map/MapContext';
import type { CommentFeatures } from './commentData';
import {
  AREA_SOURCE,
  areaLayers,
  CLUSTER_MAX_ZOOM,
  CLUSTERS,
  idFilter,
  MARKERS,
  MARKERS_HIGHLIGHT,
  MARKERS_SOURCE,
  MEETINGS_SOURCE,
  markerFilter,
  markerLayers,
  meetingLayers,
  SHAPES_FILL,
  SHAPES_HIGHLIGHT,
  SHAPES_LINE,
  SHAPES_SOURCE,
  shapeLayers,
  ZONE_LABELS_SOURCE,
  ZONES_FILL,
  ZONES_SELECTED,
  ZONES_SOURCE,
  zoneLabelLayers,
  zoneLayers,
} from './consultation.layers';
import type { Consultation } from './consultation.queries';
import { consultationFeatures } from './consultationFeatures';
import { DraftLayer } from './DraftLayer';
import { DrawControl } from './DrawControl';
import type { CommentGeometry, Shape } from './locationInput';
import { provideImages } from './mapImages';

export type FlyTarget = { geometry: Geometry; key: number };

export type ConsultationMapProps = {
  consultation: Consultation;
  comments: CommentFeatures;
  highlightId: string | null;
  selectedZoneId: string | null;
  flyTo: FlyTarget | null;
  draft: CommentGeometry | null;
  drawShape: Shape | null;
  onDrawn: (geometry: CommentGeometry) => void;
  onSelectComment: (id: string) => void;
  onSelectZone: (id: string) => void;
  /** The map's view after each move, for the list's "only what is on the map". */
  onViewChange: (bounds: Bounds) => void;
};

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/**
 * Fits the map to the area, and again the first time it gets a size: on a phone the map
 * starts hidden behind the list, with no size to fit into.
 */
function fitWhenShown(map: MapLibreMap, area: Geometry): () => void {
  const bounds = geometryBounds(area);
  const fitArea = () => {
    if (!bounds || map.getContainer().clientWidth === 0) return false;
    map.fitBounds(bounds, { padding: 24, animate: false });
    return true;
  };
  if (fitArea()) return () => {};
  const onResize = () => {
    if (fitArea()) map.off('resize', onResize);
  };
  map.on('resize', onResize);
  return () => {
    map.off('resize', onResize);
  };
}

/** The consultation's layers on the enclosing map: area, plan, meetings and comments. */
export function ConsultationMap(props: ConsultationMapProps) {
  const map = useMapInstance();
  const { consultation, highlightId, selectedZoneId, flyTo, drawShape } = props;
  const data = useMemo(() => consultationFeatures(consultation), [consultation]);

  // Before the layers' effects ask for images (children's effects run first).
  useLayoutEffect(() => provideImages(map), [map]);
  useEffect(() => fitWhenShown(map, consultation.area), [map, consultation.area]);

  const onViewChange = useRef(props.onViewChange);
  onViewChange.current = props.onViewChange;
  useEffect(() => {
    const moved = () => {
      const view = map.getBounds();
      onViewChange.current([
        [view.getWest(), view.getSouth()],
        [view.getEast(), view.getNorth()],
      ]);
    };
    moved();
    map.on('moveend', moved);
    return () => {
      map.off('moveend', moved);
    };
  }, [map]);

  useEffect(() => {
    map.setFilter(MARKERS_HIGHLIGHT, markerFilter(highlightId));
    map.setFilter(SHAPES_HIGHLIGHT, idFilter(highlightId));
  }, [map, highlightId]);
  useEffect(() => {
    map.setFilter(ZONES_SELECTED, idFilter(selectedZoneId));
  }, [map, selectedZoneId]);

  useEffect(() => {
    const bounds = flyTo && geometryBounds(flyTo.geometry);
    if (!bounds) return;
    const zoom = Math.max(map.getZoom(), CLUSTER_MAX_ZOOM + 2);
    map.fitBounds(bounds, { padding: 60, maxZoom: zoom, animate: !reducedMotion() });
  }, [map, flyTo]);

  const drawing = drawShape !== null;
  const selectComment = (feature: MapGeoJSONFeature) => {
    if (drawing) return;
    const clusterId = feature.properties.cluster_id;
    if (typeof clusterId === 'number') {
      const source = map.getSource<GeoJSONSource>(MARKERS_SOURCE);
      void source?.getClusterExpansionZoom(clusterId).then((zoom) => {
        const center = feature.geometry.type === 'Point' ? feature.geometry.coordinates : null;
        if (center) map.easeTo({ center: [center[0] ?? 0, center[1] ?? 0], zoom });
      });
      return;
    }
    if (typeof feature.properties.id === 'string') props.onSelectComment(feature.properties.id);
  };
  const selectZone = (feature: MapGeoJSONFeature) => {
    if (!drawing && typeof feature.properties.id === 'string')
      props.onSelectZone(feature.properties.id);
  };

  return (
    <>
      <GeoJsonLayers id={AREA_SOURCE} data={data.area} layers={areaLayers} />
      <GeoJsonLayers
        id={ZONES_SOURCE}
        data={data.zones}
        layers={zoneLayers}
        onClick={selectZone}
        interactiveLayerIds={[ZONES_FILL]}
      />
      <GeoJsonLayers id={MEETINGS_SOURCE} data={data.meetings} layers={meetingLayers} />
      <GeoJsonLayers
        id={SHAPES_SOURCE}
        data={props.comments.shapes}
        layers={shapeLayers}
        onClick={selectComment}
        interactiveLayerIds={[SHAPES_FILL, SHAPES_LINE]}
      />
      <GeoJsonLayers
        id={MARKERS_SOURCE}
        data={props.comments.markers}
        layers={markerLayers}
        cluster={{ maxZoom: CLUSTER_MAX_ZOOM, radius: 36 }}
        onClick={selectComment}
        interactiveLayerIds={[CLUSTERS, MARKERS]}
      />
      {/* Above the remarks: the symbol is what tells zones apart without colour. */}
      <GeoJsonLayers id={ZONE_LABELS_SOURCE} data={data.zoneLabels} layers={zoneLabelLayers} />
      <DraftLayer geometry={props.draft} />
      {drawShape && <DrawControl shape={drawShape} onDrawn={props.onDrawn} />}
    </>
  );
}
