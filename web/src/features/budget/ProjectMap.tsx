import { useMemo } from 'react';
import { useQuery } from 'urql';
import { GeoJsonLayers } from '../../map/GeoJsonLayers';
import { Legend } from '../../map/Legend';
import { MapView } from '../../map/MapView';
import { districtData } from '../districts/districtData';
import { DistrictsQuery } from '../districts/districts.queries';
import { useBudgetT } from './budget.i18n';
import { DISTRICTS_SOURCE, districtOutlineLayers } from './budget.layers';
import { ProjectLayers, type ProjectLayersProps } from './ProjectLayers';
import { groupStyles, statusGroups } from './statusStyle';

/** Warsaw's district borders, for orientation; they answer no clicks. */
export function DistrictOutlines() {
  const [{ data }] = useQuery({ query: DistrictsQuery });
  const features = useMemo(() => districtData(data?.areas ?? []).features, [data]);
  return <GeoJsonLayers id={DISTRICTS_SOURCE} data={features} layers={districtOutlineLayers} />;
}

/** The status legend: a colour, a symbol and words for each group, and the city-wide dash. */
export function ProjectLegend() {
  const t = useBudgetT();
  return (
    <Legend
      title={t('legend.status')}
      items={[
        ...statusGroups.map((group) => ({
          label: t(`group.${group}`),
          color: groupStyles[group].color,
          shape: 'point' as const,
          symbol: groupStyles[group].symbol,
        })),
        {
          label: t('legend.citywide'),
          color: '#52606d',
          shape: 'line' as const,
          symbol: '┄',
        },
      ]}
    />
  );
}

/** The projects' map with district borders and the legend. */
export function ProjectMap({ label, ...layers }: ProjectLayersProps & { label: string }) {
  return (
    <div className="budget-map">
      <MapView label={label} className="budget-map-view">
        <DistrictOutlines />
        <ProjectLayers {...layers} />
      </MapView>
      <ProjectLegend />
    </div>
  );
}
