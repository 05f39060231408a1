import type { FeatureCollection } from 'geojson';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { GeoJsonLayers } from '../../map/GeoJsonLayers';
import { Legend } from '../../map/Legend';
import type { LayerSpecification } from '../../map/layers';
import { MapView } from '../../map/MapView';
import { formatNumber } from '../../ui/format';
import { DistrictsQuery } from '../districts/districts.queries';
import { classOf, countClasses } from '../planner/classBreaks';
import { useBudgetT } from './budget.i18n';
import type { Statistics } from './budget.queries';

const TURNOUT_SOURCE = 'budget-turnout';
const noBallots = '#f2f2f2';

const turnoutLayers: LayerSpecification[] = [
  {
    id: 'budget-turnout-fill',
    type: 'fill',
    source: TURNOUT_SOURCE,
    paint: { 'fill-color': ['get', 'color'], 'fill-opacity': 0.8 },
  },
  {
    id: 'budget-turnout-outline',
    type: 'line',
    source: TURNOUT_SOURCE,
    paint: { 'line-color': '#52606d', 'line-width': 1 },
  },
];

/** Ballots per district as a choropleth; the table beside it gives the same numbers. */
export function TurnoutMap({
  label,
  districts,
}: {
  label: string;
  districts: Statistics['districts'];
}) {
  const { lang } = useI18n();
  const t = useBudgetT();
  const [{ data }] = useQuery({ query: DistrictsQuery });
  const classes = useMemo(() => countClasses(districts.map((d) => d.ballots)), [districts]);
  const features = useMemo((): FeatureCollection => {
    const ballots = new Map(districts.map((d) => [d.areaId, d.ballots]));
    return {
      type: 'FeatureCollection',
      features: (data?.areas ?? [])
        .filter((area) => ballots.has(area.id))
        .map((area) => {
          const count = ballots.get(area.id) ?? 0;
          const color = count ? (classOf(count, classes)?.color ?? noBallots) : noBallots;
          return { type: 'Feature', geometry: area.geometry, properties: { id: area.id, color } };
        }),
    };
  }, [data, districts, classes]);
  const range = (min: number, max: number) =>
    min === max
      ? formatNumber(min, lang)
      : t('stats.legend.range', { min: formatNumber(min, lang), max: formatNumber(max, lang) });
  return (
    <div className="budget-map">
      <MapView label={label} className="budget-stats-map">
        <GeoJsonLayers id={TURNOUT_SOURCE} data={features} layers={turnoutLayers} />
      </MapView>
      <Legend
        title={t('stats.legend')}
        items={[
          { label: t('stats.legend.none'), color: noBallots, shape: 'area' },
          ...classes.map((c) => ({
            label: range(c.min, c.max),
            color: c.color,
            shape: 'area' as const,
          })),
        ]}
      />
    </div>
  );
}
