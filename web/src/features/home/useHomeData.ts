import { useCallback, useMemo } from 'react';
import { useQuery } from 'urql';
import { districtData } from '../districts/districtData';
import { DistrictsQuery } from '../districts/districts.queries';
import { HomeConsultationsQuery, HomeEditionsQuery, HomeProjectsQuery } from './home.queries';
import { consultationItems, projectItems } from './homeItems';

/** Districts, consultations and the current edition's projects, ready for the map and list. */
export function useHomeData() {
  const [districtsResult, refetchDistricts] = useQuery({ query: DistrictsQuery });
  const [consultationsResult, refetchConsultations] = useQuery({ query: HomeConsultationsQuery });
  const [editionsResult, refetchEditions] = useQuery({ query: HomeEditionsQuery });
  const edition = editionsResult.data?.currentBudgetEdition ?? null;
  const [projectsResult, refetchProjects] = useQuery({
    query: HomeProjectsQuery,
    variables: { editionId: edition?.id ?? '' },
    pause: !edition,
  });

  const districts = useMemo(
    () => districtData(districtsResult.data?.areas ?? []),
    [districtsResult.data],
  );
  const items = useMemo(() => {
    const consultations = consultationsResult.data?.consultations.edges.map((e) => e.node) ?? [];
    const projects = projectsResult.data?.projects.edges.map((e) => e.node) ?? [];
    return [
      ...consultationItems(consultations, districts.list),
      ...projectItems(projects, districts.list),
    ];
  }, [consultationsResult.data, projectsResult.data, districts.list]);

  const results = [districtsResult, consultationsResult, editionsResult, projectsResult];
  const retry = useCallback(() => {
    const policy = { requestPolicy: 'network-only' } as const;
    refetchDistricts(policy);
    refetchConsultations(policy);
    refetchEditions(policy);
    if (edition) refetchProjects(policy);
  }, [refetchDistricts, refetchConsultations, refetchEditions, refetchProjects, edition]);

  return {
    districts,
    items,
    edition,
    editionsLoaded: editionsResult.data !== undefined,
    fetching: results.some((r) => r.fetching),
    error: results.find((r) => r.error)?.error,
    retry,
  };
}
