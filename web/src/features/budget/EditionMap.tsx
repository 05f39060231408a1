import type { MapLayerMouseEvent } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { Bounds } from '../../map/bounds';
import { useLabels } from '../../map/labels';
import { useMapInstance } from '../../map/MapContext';
import { MapView } from '../../map/MapView';
import { tileUrl } from '../../map/tiles';
import { VectorTileLayers } from '../../map/VectorTileLayers';
import {
  highlightFilter,
  interactiveTileLayers,
  PROJECT_TILES_SOURCE,
  projectTileLayers,
  TILE_CELLS,
  TILE_HIGHLIGHT_LINE,
  TILE_HIGHLIGHT_POINT,
} from './budget.layers';
import { DistrictOutlines, ProjectLegend } from './ProjectMap';
import { type ProjectFilter, tileParams } from './projectFilter';

type Props = {
  label: string;
  editionId: string;
  filter: ProjectFilter;
  selectedId: string | null;
  hoveredId: string | null;
  /** The selected project's box: the map flies there. */
  selectedBounds: Bounds | null;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
};

const cellLayers = [TILE_CELLS];

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
/** Single projects from this zoom on (the API's default); counted cells below it. */
const detailZoom = 13;

/** The edition's projects from the tiles, filtered as the list; selection and hover shared. */
function ProjectTiles(props: Omit<Props, 'label'>) {
  const map = useMapInstance();
  const { selectedId, hoveredId, selectedBounds } = props;
  const handlers = useRef(props);
  handlers.current = props;

  useLabels(map, cellLayers);

  useEffect(() => {
    const ids = [selectedId, hoveredId].filter((id): id is string => id !== null);
    map.setFilter(TILE_HIGHLIGHT_LINE, highlightFilter(ids, ['!=', ['geometry-type'], 'Point']));
    map.setFilter(TILE_HIGHLIGHT_POINT, highlightFilter(ids, ['==', ['geometry-type'], 'Point']));
  }, [map, selectedId, hoveredId]);

  useEffect(() => {
    const move = (event: MapLayerMouseEvent) => {
      const id = event.features?.[0]?.properties.id;
      if (typeof id === 'string') handlers.current.onHover(id);
    };
    const leave = () => handlers.current.onHover(null);
    for (const layer of interactiveTileLayers) {
      map.on('mousemove', layer, move);
      map.on('mouseleave', layer, leave);
    }
    return () => {
      for (const layer of interactiveTileLayers) {
        map.off('mousemove', layer, move);
        map.off('mouseleave', layer, leave);
      }
    };
  }, [map]);

  useEffect(() => {
    if (!selectedBounds) return;
    map.fitBounds(selectedBounds, { padding: 48, maxZoom: 16, animate: !reducedMotion() });
  }, [map, selectedBounds]);

  return (
    <VectorTileLayers
      id={PROJECT_TILES_SOURCE}
      url={tileUrl('projects', tileParams(props.editionId, props.filter))}
      layers={projectTileLayers}
      interactiveLayerIds={interactiveTileLayers}
      onClick={(feature) => {
        const { id } = feature.properties;
        if (feature.layer.id === TILE_CELLS && feature.geometry.type === 'Point') {
          const [lng = 0, lat = 0] = feature.geometry.coordinates;
          const zoom = Math.min(map.getZoom() + 2, detailZoom);
          map.easeTo({ center: [lng, lat], zoom, animate: !reducedMotion() });
        } else if (typeof id === 'string') handlers.current.onSelect(id);
      }}
    />
  );
}

/** The edition's map: district borders, the projects from the tiles, and the legend. */
export function EditionMap({ label, ...props }: Props) {
  return (
    <div className="budget-map">
      <MapView label={label} className="budget-map-view">
        <DistrictOutlines />
        <ProjectTiles {...props} />
      </MapView>
      <ProjectLegend />
    </div>
  );
}
