import type { Geometry } from 'geojson';
import type { MapGeoJSONFeature, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { type Bounds, geometryBounds } from '../../map/bounds';
import { GeoJsonLayers } from '../../map/GeoJsonLayers';
import { useLabels } from '../../map/labels';
import { useMapInstance } from '../../map/MapContext';
import { tileUrl } from '../../map/tiles';
import { VectorTileLayers } from '../../map/VectorTileLayers';
import { commentFeatures } from './commentData';
import {
  AREA_SOURCE,
  areaLayers,
  DETAIL_ZOOM,
  idFilter,
  LIVE_REMARKS_SOURCE,
  MEETINGS_SOURCE,
  meetingLayers,
  REMARK_TILES_SOURCE,
  remarkFilter,
  remarkLayerIds,
  remarkLayers,
  ZONE_LABELS_SOURCE,
  ZONES_FILL,
  ZONES_SELECTED,
  ZONES_SOURCE,
  zoneLabelLayers,
  zoneLayers,
} from './consultation.layers';
import type { Comment, Consultation } from './consultation.queries';
import { consultationFeatures } from './consultationFeatures';
import { DraftLayer } from './DraftLayer';
import { DrawControl } from './DrawControl';
import type { CommentGeometry, Shape } from './locationInput';
import { addStanceImages } from './mapImages';
import { type RemarkFilter, shownStances } from './remarkFilter';

export type FlyTarget = { geometry: Geometry; key: number };

export type ConsultationMapProps = {
  consultation: Consultation;
  /** Which remarks the tiles hold (the list's stances; the view limits only the list). */
  filter: RemarkFilter;
  /** Remarks added since the tiles were fetched, drawn over them at once. */
  live: readonly Comment[];
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

const remarkTileLayers = remarkLayers(REMARK_TILES_SOURCE, 'comments');
const liveRemarkLayers = remarkLayers(LIVE_REMARKS_SOURCE);
const cellLayers = [REMARK_TILES_SOURCE, LIVE_REMARKS_SOURCE].map(
  (source) => remarkLayerIds(source).cells,
);

const interactive = (source: string) => {
  const ids = remarkLayerIds(source);
  return [ids.cells, ids.markers, ids.fill, ids.line];
};

/** The consultation's layers on the enclosing map: area, plan, meetings and comments. */
export function ConsultationMap(props: ConsultationMapProps) {
  const map = useMapInstance();
  const { consultation, highlightId, selectedZoneId, flyTo, drawShape } = props;
  const data = useMemo(() => consultationFeatures(consultation), [consultation]);
  const live = useMemo(() => commentFeatures(props.live), [props.live]);
  const tiles = tileUrl('comments', {
    consultation: consultation.id,
    stance: shownStances(props.filter),
  });

  // Before the layers' effects name the images (children's effects run first).
  useLayoutEffect(() => addStanceImages(map), [map]);
  useLabels(map, cellLayers);
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
    for (const source of [REMARK_TILES_SOURCE, LIVE_REMARKS_SOURCE]) {
      const ids = remarkLayerIds(source);
      map.setFilter(ids.markersHighlight, remarkFilter(highlightId, 'Point', 'MultiPoint'));
      map.setFilter(
        ids.shapesHighlight,
        remarkFilter(highlightId, 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'),
      );
    }
  }, [map, highlightId]);
  useEffect(() => {
    map.setFilter(ZONES_SELECTED, idFilter(selectedZoneId));
  }, [map, selectedZoneId]);

  useEffect(() => {
    const bounds = flyTo && geometryBounds(flyTo.geometry);
    if (!bounds) return;
    const zoom = Math.max(map.getZoom(), DETAIL_ZOOM + 2);
    map.fitBounds(bounds, { padding: 60, maxZoom: zoom, animate: !reducedMotion() });
  }, [map, flyTo]);

  const drawing = drawShape !== null;
  const selectComment = (feature: MapGeoJSONFeature) => {
    if (drawing) return;
    const { id, count } = feature.properties;
    if (typeof count === 'number') {
      // A counted cell: closer, until the single remarks show.
      const center = feature.geometry.type === 'Point' ? feature.geometry.coordinates : null;
      const zoom = Math.min(map.getZoom() + 2, DETAIL_ZOOM);
      if (center) map.easeTo({ center: [center[0] ?? 0, center[1] ?? 0], zoom });
      return;
    }
    if (typeof id === 'string') props.onSelectComment(id);
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
      <VectorTileLayers
        id={REMARK_TILES_SOURCE}
        url={tiles}
        layers={remarkTileLayers}
        onClick={selectComment}
        interactiveLayerIds={interactive(REMARK_TILES_SOURCE)}
      />
      <GeoJsonLayers
        id={LIVE_REMARKS_SOURCE}
        data={live}
        layers={liveRemarkLayers}
        onClick={selectComment}
        interactiveLayerIds={interactive(LIVE_REMARKS_SOURCE)}
      />
      {/* Above the remarks: the symbol is what tells zones apart without colour. */}
      <GeoJsonLayers id={ZONE_LABELS_SOURCE} data={data.zoneLabels} layers={zoneLabelLayers} />
      <DraftLayer geometry={props.draft} />
      {drawShape && <DrawControl shape={drawShape} onDrawn={props.onDrawn} />}
    </>
  );
}
