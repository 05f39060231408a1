import { useParams } from 'react-router';
import { QueryState } from '../../ui/QueryState';
import { useUiT } from '../../ui/ui.i18n';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useBudgetT } from './budget.i18n';
import { EditionView } from './EditionView';
import { useEditions } from './useEdition';

/** `/budget`: the current edition, as the API's currentBudgetEdition picks it. */
export function BudgetHomePage() {
  const t = useBudgetT();
  const { editions, current: edition, fetching, error, retry, loaded } = useEditions();
  useDocumentTitle(edition?.title ?? t('editions.heading'));
  if (edition) return <EditionView edition={edition} editions={editions} />;
  return (
    <div className="page">
      <h1>{t('editions.heading')}</h1>
      <QueryState
        fetching={fetching}
        error={error}
        empty={loaded ? true : undefined}
        emptyText={t('editions.none')}
        onRetry={retry}
      >
        {null}
      </QueryState>
    </div>
  );
}

/** `/budget/:editionId`: one edition. */
export function EditionPage() {
  const t = useBudgetT();
  const tUi = useUiT();
  const { editionId = '' } = useParams();
  const { editions, fetching, error, retry } = useEditions();
  const edition = editions.find((candidate) => candidate.id === editionId);
  useDocumentTitle(edition?.title ?? t('editions.heading'));
  if (edition) return <EditionView edition={edition} editions={editions} />;
  return (
    <div className="page">
      <h1>{t('editions.heading')}</h1>
      <QueryState
        fetching={fetching}
        error={error}
        empty={!fetching}
        emptyText={tUi('page.notFound')}
        onRetry={retry}
      >
        {null}
      </QueryState>
    </div>
  );
}
