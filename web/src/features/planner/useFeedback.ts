import type { Geometry } from 'geojson';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { DistrictsQuery } from '../districts/districts.queries';
import { gridCellName } from './cellName';
import { countClasses } from './classBreaks';
import { DistrictIdsQuery, FeedbackByAreaQuery, type FeedbackGrouping } from './planner.queries';
import { type AreaChoice, feedbackFilter, type PlannerFilter } from './plannerFilter';

/** The counts by area for the filter, their classes, and the district ids by slug. */
export function useFeedback(
  consultationId: string,
  by: FeedbackGrouping,
  cellMeters: number,
  filter: PlannerFilter,
) {
  const [result, reexecute] = useQuery({
    query: FeedbackByAreaQuery,
    variables: {
      consultationId,
      by,
      cellMeters: by === 'GRID' ? cellMeters : null,
      filter: feedbackFilter(filter),
    },
    requestPolicy: 'cache-and-network',
  });
  const [districts] = useQuery({ query: DistrictIdsQuery });
  // While another grouping loads, urql still holds the last one's areas: show none of them.
  const asked = result.operation?.variables;
  const current = asked?.by === by && (by !== 'GRID' || asked.cellMeters === cellMeters);
  const [shapes] = useQuery({ query: DistrictsQuery, pause: by !== 'GRID' });
  const { lang } = useI18n();
  const cells = useMemo(() => {
    const found = current ? (result.data?.feedbackByArea ?? []) : [];
    if (by !== 'GRID') return found;
    const districtShapes = shapes.data?.areas ?? [];
    return found.map((cell) => ({
      ...cell,
      name: gridCellName(cell.geometry as Geometry, districtShapes, lang) ?? cell.name,
    }));
  }, [current, result.data, by, shapes.data, lang]);
  const classes = useMemo(() => countClasses(cells.map((cell) => cell.total)), [cells]);
  const districtIds = useMemo(
    () => new Map((districts.data?.areas ?? []).map((area) => [area.slug, area.id])),
    [districts.data],
  );
  const areaOf = (key: string): AreaChoice | null => {
    const cell = cells.find((c) => c.key === key);
    return cell ? { by, key, name: cell.name, geometry: cell.geometry as Geometry } : null;
  };
  const loaded = current && result.data !== undefined;
  return {
    result,
    loaded,
    cells,
    classes,
    districtIds,
    areaOf,
    refresh: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
