import { useCallback, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { useT } from '../../i18n/I18nProvider';
import { AreaLayers } from '../../map/AreaLayers';
import { MapView } from '../../map/MapView';
import { DistrictList } from './DistrictList';
import { districtData } from './districtData';
import { DistrictsQuery } from './districts.queries';

/** Warsaw's districts: the list beside the map, one selection shared by both. */
export function DistrictsPage() {
  const t = useT();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DistrictsQuery });
  const districts = useMemo(() => districtData(data?.areas ?? []), [data]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = districts.list.find((district) => district.id === selectedId);

  const selectedBounds = selectedId ? (districts.boundsById.get(selectedId) ?? null) : null;
  const bounds = useMemo(
    () => ({ all: districts.allBounds, selected: selectedBounds }),
    [districts.allBounds, selectedBounds],
  );
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  return (
    <div className="districts-page">
      <DistrictList
        districts={districts.list}
        fetching={fetching}
        failed={error !== undefined}
        onRetry={retry}
        selectedId={selectedId}
        onSelect={setSelectedId}
      />
      <MapView label={selected ? t('map.labelSelected', { name: selected.name }) : t('map.label')}>
        <AreaLayers
          areas={districts.features}
          bounds={bounds}
          selectedId={selectedId}
          onSelect={setSelectedId}
        />
      </MapView>
    </div>
  );
}
