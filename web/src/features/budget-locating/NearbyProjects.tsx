import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useLocatingT } from './locating.i18n';
import { NearbyQuery } from './locating.queries';

export const NEARBY_METERS = 500;

/** Asked afresh when mounted: the page remounts these lists after a project's locations change. */
export const refreshOnProjectChange = { requestPolicy: 'cache-and-network' } as const;

/** Located projects of the edition near the one being placed, nearest first (projectsNear). */
export function NearbyProjects({ projectId }: { projectId: string }) {
  const t = useLocatingT();
  const [{ data, error }] = useQuery({
    query: NearbyQuery,
    variables: { projectId, meters: NEARBY_METERS },
    ...refreshOnProjectChange,
  });
  if (error) return <p role="alert">{t('nearby.error')}</p>;
  const near = data?.projectsNear ?? [];
  return (
    <section aria-labelledby="locating-nearby-heading">
      <h2 id="locating-nearby-heading">{t('nearby.heading', { meters: NEARBY_METERS })}</h2>
      {near.length === 0 ? (
        <p>{t('nearby.none')}</p>
      ) : (
        <ul>
          {near.map((n) => (
            <li key={n.project.id}>
              <Link to={`/budget/projects/${n.project.id}`}>{n.project.title}</Link>{' '}
              {t('distance', { meters: Math.round(n.distanceMeters) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Its nearby projects' locations, for the map. */
export function useNearbyLocations(projectId: string | null) {
  const [{ data }] = useQuery({
    query: NearbyQuery,
    variables: { projectId: projectId ?? '', meters: NEARBY_METERS },
    pause: !projectId,
    ...refreshOnProjectChange,
  });
  return data?.projectsNear.flatMap((n) => n.project.locations) ?? [];
}
