import { useParams } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { QueryState } from '../../ui/QueryState';
import { EditionView } from './EditionView';
import { currentEdition } from './editionData';
import { useEditions } from './useEdition';

/** `/budget`: the edition voting now, else the newest one. */
export function BudgetHomePage() {
  const t = useT();
  const { editions, fetching, error, retry, loaded } = useEditions();
  const edition = currentEdition(editions);
  if (edition) return <EditionView edition={edition} editions={editions} />;
  return (
    <div className="page">
      <h1>{t('budget.editions.heading')}</h1>
      <QueryState
        fetching={fetching}
        error={error}
        empty={loaded ? true : undefined}
        emptyText={t('budget.editions.none')}
        onRetry={retry}
      >
        {null}
      </QueryState>
    </div>
  );
}

/** `/budget/:editionId`: one edition. */
export function EditionPage() {
  const t = useT();
  const { editionId = '' } = useParams();
  const { editions, fetching, error, retry } = useEditions();
  const edition = editions.find((candidate) => candidate.id === editionId);
  if (edition) return <EditionView edition={edition} editions={editions} />;
  return (
    <div className="page">
      <h1>{t('budget.editions.heading')}</h1>
      <QueryState
        fetching={fetching}
        error={error}
        empty={!fetching}
        emptyText={t('page.notFound')}
        onRetry={retry}
      >
        {null}
      </QueryState>
    </div>
  );
}
