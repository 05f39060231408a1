import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { readFragment } from '../../graphql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../ui/format';
import { QueryState } from '../../ui/QueryState';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { EditionFields, EditionQuery } from '../budget/budget.queries';
import { SelectField } from '../people/SelectField';
import { PoolOutcome } from './PoolOutcome';
import { PublishResults } from './PublishResults';
import { useTallyT } from './tally.i18n';
import { TallyEditionMutation, TallyFields, TallyQuery } from './tally.queries';
import '../people/people.css';
import './tally.css';

/** /staff/budget/:editionId/tally — tally with the edition's rule, each pool's outcome, publish. */
export function TallyPage() {
  const t = useTallyT();
  const { lang } = useI18n();
  const errorText = useErrorText();
  useDocumentTitle(t('tally.title'));
  const { editionId = '' } = useParams();
  const [edition] = useQuery({ query: EditionQuery, variables: { id: editionId } });
  const [results] = useQuery({ query: TallyQuery, variables: { editionId } });
  const [tallying, tally] = useMutation(TallyEditionMutation);
  const [poolId, setPoolId] = useState('');
  const pools = results.data ? readFragment(TallyFields, results.data.results) : [];
  const pool = pools.find((p) => p.poolId === poolId) ?? pools[0];
  const rule = edition.data?.edition && readFragment(EditionFields, edition.data.edition).rule;
  const published = pools.find((p) => p.publishedAt)?.publishedAt;
  return (
    <div className="staff-content tally-page">
      <Link to={`/staff/budget/${editionId}`}>{t('back')}</Link>
      <h1>{t('tally.title')}</h1>
      {rule && <p>{t('tally.intro', { rule: t(`rule.${rule}`) })}</p>}
      <QueryState
        fetching={results.fetching && !results.data}
        error={results.error ?? edition.error}
      >
        {published ? (
          <p>{t('tally.published', { date: formatDateTime(published, lang) })}</p>
        ) : (
          <div className="tally-actions">
            <button type="button" disabled={tallying.fetching} onClick={() => tally({ editionId })}>
              {t(pools.length > 0 ? 'tally.rerun' : 'tally.run')}
            </button>
          </div>
        )}
        <p role="alert">{tallying.error && errorText(tallying.error)}</p>
        {pool ? (
          <>
            <p>{t('tally.tallied', { date: formatDateTime(pool.talliedAt, lang) })}</p>
            <SelectField
              label={t('tally.pool')}
              value={pool.poolId}
              options={pools.map((p) => ({ value: p.poolId, label: p.poolName }))}
              onChange={(e) => setPoolId(e.target.value)}
            />
            <PoolOutcome pool={pool} />
            {!published && <PublishResults editionId={editionId} />}
          </>
        ) : (
          <p>{t('tally.notYet')}</p>
        )}
      </QueryState>
    </div>
  );
}
