import { useMemo } from 'react';
import { Link } from 'react-router';
import type { Bounds } from '../../map/bounds';
import { Legend } from '../../map/Legend';
import { MapView } from '../../map/MapView';
import { useBudgetT } from '../budget/budget.i18n';
import type { DistrictData } from '../districts/districtData';
import { HomeLayers } from './HomeLayers';
import { useHomeT } from './home.i18n';
import { legendItems } from './home.layers';
import type { HomeFilter } from './homeFilter';
import { type HomeItem, itemFeatures } from './homeItems';

type Props = {
  districts: DistrictData;
  items: readonly HomeItem[];
  filter: HomeFilter;
  selected: HomeItem | null;
  highlightedKey: string | null;
  onSelect: (key: string) => void;
};

/** The map with its legend: the filtered items over the districts. */
export function HomeMap({ districts, items, filter, selected, highlightedKey, onSelect }: Props) {
  const t = useHomeT();
  const tBudget = useBudgetT();
  const consultations = useMemo(
    () => itemFeatures(items.filter((item) => item.kind === 'consultation')),
    [items],
  );
  const projects = useMemo(
    () => itemFeatures(items.filter((item) => item.kind === 'project')),
    [items],
  );
  const districtBounds: Bounds | null = filter.districtId
    ? (districts.boundsById.get(filter.districtId) ?? null)
    : null;
  return (
    <div className="home-map">
      <MapView label={t('mapLabel')} className="home-map-view">
        <HomeLayers
          districts={districts.features}
          consultations={consultations}
          projects={projects}
          visible={filter.layers}
          districtId={filter.districtId}
          highlighted={[selected?.key ?? null, highlightedKey]}
          focus={selected?.bounds ?? districtBounds ?? districts.allBounds}
          onSelect={onSelect}
        />
      </MapView>
      <p className="home-selection" aria-live="polite">
        {selected && <Link to={selected.href}>{selected.title}</Link>}
      </p>
      <Legend items={legendItems(t, (group) => tBudget(`group.${group}`))} />
    </div>
  );
}
