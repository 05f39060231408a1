import { useQuery } from 'urql';
import { QueryState } from '../../../ui/QueryState';
import { useStaffT } from '../staff.i18n';
import { ModerationCountQuery } from './home.queries';

/** How many remarks wait in the moderation queue. */
export function ModerationCount() {
  const t = useStaffT();
  const [{ data, fetching, error }] = useQuery({ query: ModerationCountQuery });
  return (
    <section className="staff-card" aria-labelledby="staff-moderation">
      <h2 id="staff-moderation">{t('home.moderation')}</h2>
      <QueryState fetching={fetching} error={error}>
        <p className="staff-big">
          {t('home.moderationCount', { count: data?.moderationQueue.totalCount ?? 0 })}
        </p>
      </QueryState>
    </section>
  );
}
