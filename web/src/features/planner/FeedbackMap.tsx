import type { FeatureCollection, Geometry } from 'geojson';
import { useEffect, useMemo } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { geometryBounds, unionBounds } from '../../map/bounds';
import { GeoJsonLayers } from '../../map/GeoJsonLayers';
import { Legend } from '../../map/Legend';
import { useMapInstance } from '../../map/MapContext';
import { MapView } from '../../map/MapView';
import { formatNumber } from '../../ui/format';
import { type CountClass, classOf } from './classBreaks';
import { usePlannerT } from './planner.i18n';
import {
  AREA_SOURCE,
  areaOutlineColor,
  areaOutlineLayers,
  FEEDBACK_FILL_LAYER,
  FEEDBACK_SELECTED_LAYER,
  FEEDBACK_SOURCE,
  feedbackLayers,
  selectedAreaFilter,
} from './planner.layers';
import type { FeedbackCell } from './planner.queries';

export type FeedbackMapProps = {
  cells: FeedbackCell[];
  /** The consulted area, outlined for orientation. */
  area: Geometry;
  classes: CountClass[];
  /** Changes when the grouping does: the map then fits the new areas. */
  groupingKey: string;
  selectedKey: string | null;
  onSelect: (key: string) => void;
};

function toFeatures(cells: FeedbackCell[], classes: CountClass[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: cells.map((cell) => ({
      type: 'Feature',
      geometry: cell.geometry as Geometry,
      properties: {
        id: cell.key,
        name: cell.name,
        total: cell.total,
        color: classOf(cell.total, classes)?.color ?? '#cccccc',
      },
    })),
  };
}

/** Fits the map to the areas once per grouping, so a new grouping is seen whole. */
function FitToCells({ cells }: { cells: FeedbackCell[] }) {
  const map = useMapInstance();
  // biome-ignore lint/correctness/useExhaustiveDependencies: fit once per mount (per grouping)
  useEffect(() => {
    const bounds = unionBounds(cells.map((cell) => geometryBounds(cell.geometry as Geometry)));
    if (bounds) map.fitBounds(bounds, { padding: 40, duration: 0, maxZoom: 16 });
  }, [map]);
  return null;
}

function SelectedOutline({ selectedKey }: { selectedKey: string | null }) {
  const map = useMapInstance();
  useEffect(() => {
    if (map.getLayer(FEEDBACK_SELECTED_LAYER)) {
      map.setFilter(FEEDBACK_SELECTED_LAYER, selectedAreaFilter(selectedKey));
    }
  }, [map, selectedKey]);
  return null;
}

/** The choropleth of comment counts by area, with its legend of numbers. */
export function FeedbackMap({
  cells,
  area,
  classes,
  groupingKey,
  selectedKey,
  onSelect,
}: FeedbackMapProps) {
  const { lang } = useI18n();
  const t = usePlannerT();
  const data = useMemo(() => toFeatures(cells, classes), [cells, classes]);
  const outline = useMemo(
    (): FeatureCollection => ({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: area, properties: {} }],
    }),
    [area],
  );
  const legend = classes.map((c) => ({
    label:
      c.min === c.max
        ? formatNumber(c.min, lang)
        : t('legend.range', {
            min: formatNumber(c.min, lang),
            max: formatNumber(c.max, lang),
          }),
    color: c.color,
    shape: 'area' as const,
  }));
  const legendItems = [
    ...legend,
    { label: t('legend.area'), color: areaOutlineColor, shape: 'line' as const },
  ];
  return (
    <div className="planner-map">
      <MapView label={t('map.label')}>
        <GeoJsonLayers
          id={FEEDBACK_SOURCE}
          data={data}
          layers={feedbackLayers}
          interactiveLayerIds={[FEEDBACK_FILL_LAYER]}
          onClick={(feature) => onSelect(String(feature.properties.id))}
        />
        <GeoJsonLayers id={AREA_SOURCE} data={outline} layers={areaOutlineLayers} />
        {cells.length > 0 && <FitToCells key={groupingKey} cells={cells} />}
        <SelectedOutline selectedKey={selectedKey} />
      </MapView>
      {legend.length > 0 && (
        <div className="planner-legend">
          <Legend title={t('legend.title')} items={legendItems} />
        </div>
      )}
    </div>
  );
}
