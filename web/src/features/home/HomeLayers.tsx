import type { FeatureCollection } from 'geojson';
import type { MapGeoJSONFeature, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import type { Bounds } from '../../map/bounds';
import { GeoJsonLayers } from '../../map/GeoJsonLayers';
import { useLabels } from '../../map/labels';
import { useMapInstance } from '../../map/MapContext';
import type { AreaFeatures } from '../../map/useAreaLayers';
import {
  CONSULTATION_MARKERS_LAYER,
  CONSULTATIONS_SOURCE,
  clusterCount,
  consultationLayers,
  DISTRICT_CHOSEN_LAYER,
  DISTRICTS_SOURCE,
  districtLayers,
  HIGHLIGHT_LAYERS,
  idFilter,
  PROJECT_CLUSTER_LAYER,
  PROJECT_CLUSTERS_SOURCE,
  PROJECT_LONE_LAYER,
  PROJECTS_SOURCE,
  projectClusterLayers,
  projectDetailZoom,
  projectLayers,
} from './home.layers';
import type { ItemKind } from './homeItems';

const clusterLayerIds = [PROJECT_CLUSTER_LAYER];

export type HomeLayersProps = {
  districts: AreaFeatures;
  consultations: FeatureCollection;
  projects: FeatureCollection;
  visible: Record<ItemKind, boolean>;
  districtId: string | null;
  /** Items drawn highlighted: the selected one and the one under the pointer or focus. */
  highlighted: (string | null)[];
  /** Where to look: the selection, else the chosen district, else the whole city. */
  focus: Bounds | null;
  onSelect: (key: string) => void;
};

const noClicks: string[] = [];

function setVisible(map: MapLibreMap, layers: { id: string }[], visible: boolean) {
  for (const layer of layers) {
    if (map.getLayer(layer.id)) {
      map.setLayoutProperty(layer.id, 'visibility', visible ? 'visible' : 'none');
    }
  }
}

function reducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Districts under consultations' areas under projects' points, kept in step with the page. */
export function HomeLayers(props: HomeLayersProps) {
  const { districts, consultations, projects, visible, districtId, highlighted, focus } = props;
  const map = useMapInstance();
  const select = (feature: { properties: { id?: unknown } }) => {
    if (typeof feature.properties.id === 'string') props.onSelect(feature.properties.id);
  };

  useLabels(map, clusterLayerIds, clusterCount);

  useEffect(() => {
    setVisible(map, consultationLayers, visible.consultation);
    setVisible(map, [...projectLayers, ...projectClusterLayers], visible.project);
  }, [map, visible.consultation, visible.project]);

  // A cluster opens by zooming in on it.
  const openCluster = (feature: MapGeoJSONFeature) => {
    if (!feature.properties.cluster) return select(feature);
    if (feature.geometry.type !== 'Point') return;
    const [lng = 0, lat = 0] = feature.geometry.coordinates;
    const zoom = Math.min(map.getZoom() + 2, projectDetailZoom);
    map.easeTo({ center: [lng, lat], zoom, animate: !reducedMotion() });
  };

  const highlightKey = highlighted.join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: highlightKey stands for highlighted
  useEffect(() => {
    for (const layer of HIGHLIGHT_LAYERS) {
      if (map.getLayer(layer)) map.setFilter(layer, idFilter(highlighted));
    }
  }, [map, highlightKey]);

  useEffect(() => {
    if (map.getLayer(DISTRICT_CHOSEN_LAYER))
      map.setFilter(DISTRICT_CHOSEN_LAYER, idFilter([districtId]));
  }, [map, districtId]);

  const focusKey = JSON.stringify(focus);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focusKey stands for focus
  useEffect(() => {
    if (!focus) return;
    map.fitBounds(focus, { padding: 40, maxZoom: 15, animate: !reducedMotion() });
  }, [map, focusKey]);

  return (
    <>
      <GeoJsonLayers
        id={DISTRICTS_SOURCE}
        data={districts}
        layers={districtLayers}
        interactiveLayerIds={noClicks}
      />
      <GeoJsonLayers
        id={CONSULTATIONS_SOURCE}
        data={consultations}
        layers={consultationLayers}
        interactiveLayerIds={['home-consultations-fill', CONSULTATION_MARKERS_LAYER]}
        onClick={select}
      />
      <GeoJsonLayers
        id={PROJECTS_SOURCE}
        data={projects}
        layers={projectLayers}
        interactiveLayerIds={['home-projects-point']}
        onClick={select}
      />
      <GeoJsonLayers
        id={PROJECT_CLUSTERS_SOURCE}
        data={projects}
        layers={projectClusterLayers}
        cluster={{ maxZoom: projectDetailZoom - 1 }}
        interactiveLayerIds={[PROJECT_LONE_LAYER, PROJECT_CLUSTER_LAYER]}
        onClick={openCluster}
      />
    </>
  );
}
