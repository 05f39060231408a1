import type { FeatureCollection, Geometry } from 'geojson';
import type { MapLayerMouseEvent } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { Bounds } from '../../map/bounds';
import { GeoJsonLayers } from '../../map/GeoJsonLayers';
import { useMapInstance } from '../../map/MapContext';
import {
  HIGHLIGHT_LINE,
  HIGHLIGHT_POINT,
  highlightFilter,
  interactiveProjectLayers,
  PROJECTS_SOURCE,
  projectLayers,
} from './budget.layers';
import type { ProjectFeatureProps } from './projectGeo';

export type ProjectLayersProps = {
  features: FeatureCollection<Geometry, ProjectFeatureProps>;
  selectedId: string | null;
  hoveredId: string | null;
  /** Fitted when nothing is selected. */
  allBounds: Bounds | null;
  /** The selected project's box: the map flies there. */
  selectedBounds: Bounds | null;
  onSelect?: (id: string) => void;
  onHover?: (id: string | null) => void;
};

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/** The projects on the enclosing map; the selected and hovered ones highlighted. */
export function ProjectLayers(props: ProjectLayersProps) {
  const { features, selectedId, hoveredId, allBounds, selectedBounds, onSelect, onHover } = props;
  const map = useMapInstance();
  const onHoverRef = useRef(onHover);
  onHoverRef.current = onHover;

  useEffect(() => {
    const ids = [selectedId, hoveredId].filter((id): id is string => id !== null);
    map.setFilter(HIGHLIGHT_LINE, highlightFilter(ids, ['!=', ['geometry-type'], 'Point']));
    map.setFilter(HIGHLIGHT_POINT, highlightFilter(ids, ['==', ['geometry-type'], 'Point']));
  }, [map, selectedId, hoveredId]);

  useEffect(() => {
    const move = (event: MapLayerMouseEvent) => {
      const id = event.features?.[0]?.properties.id;
      if (typeof id === 'string') onHoverRef.current?.(id);
    };
    const leave = () => onHoverRef.current?.(null);
    for (const layer of interactiveProjectLayers) {
      map.on('mousemove', layer, move);
      map.on('mouseleave', layer, leave);
    }
    return () => {
      for (const layer of interactiveProjectLayers) {
        map.off('mousemove', layer, move);
        map.off('mouseleave', layer, leave);
      }
    };
  }, [map]);

  useEffect(() => {
    const target = selectedBounds ?? allBounds;
    if (!target) return;
    map.fitBounds(target, {
      padding: 48,
      maxZoom: selectedBounds ? 16 : 14,
      animate: selectedBounds !== null && !reducedMotion(),
    });
  }, [map, selectedBounds, allBounds]);

  return (
    <GeoJsonLayers
      id={PROJECTS_SOURCE}
      data={features}
      layers={projectLayers}
      interactiveLayerIds={interactiveProjectLayers}
      onClick={onSelect ? (feature) => onSelect(String(feature.properties.id)) : undefined}
    />
  );
}
