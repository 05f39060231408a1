import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { formatNumber, formatPercent } from '../../ui/format';
import { QueryState } from '../../ui/QueryState';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useBudgetT } from './budget.i18n';
import { type Edition, type Statistics, StatisticsQuery } from './budget.queries';
import { TurnoutMap } from './TurnoutMap';
import { useEdition } from './useEdition';
import './budget.css';
import './budget-pages.css';

/** `/budget/:editionId/statistics`: who took part, counted by the API, with CSV downloads. */
export function StatisticsPage() {
  const t = useBudgetT();
  const { editionId = '' } = useParams();
  const { edition, fetching, error, retry } = useEdition(editionId);
  const heading = edition ? t('stats.heading', { title: edition.title }) : t('action.statistics');
  useDocumentTitle(heading);
  return (
    <div className="page budget-results-page">
      <h1>{heading}</h1>
      {edition ? (
        <EditionStatistics edition={edition} />
      ) : (
        <QueryState fetching={fetching} error={error} onRetry={retry}>
          {null}
        </QueryState>
      )}
    </div>
  );
}

function EditionStatistics({ edition }: { edition: Edition }) {
  const { lang } = useI18n();
  const t = useBudgetT();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: StatisticsQuery,
    variables: { editionId: edition.id },
  });
  const stats = data?.budgetStatistics;
  const csv = `/budget/${edition.id}/statistics.csv`;
  return (
    <>
      <p className="budget-actions">
        <Link to={`/budget/${edition.id}`}>{t('project.back')}</Link>
        <Link to={`/budget/${edition.id}/results`}>{t('action.results')}</Link>
      </p>
      <QueryState
        fetching={fetching}
        error={error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {stats && (
          <>
            <dl className="budget-facts">
              <dt>{t('stats.ballots')}</dt>
              <dd>{formatNumber(stats.ballots, lang)}</dd>
              <dt>{t('stats.online')}</dt>
              <dd>{formatNumber(stats.online, lang)}</dd>
              <dt>{t('stats.paper')}</dt>
              <dd>{formatNumber(stats.paper, lang)}</dd>
            </dl>
            <p className="budget-actions">
              <a href={csv} download>
                {t('stats.csv')}
              </a>
              <a href={`${csv}?format=excel`} download>
                {t('stats.csvExcel')}
              </a>
            </p>
            <PoolTable stats={stats} />
            <DistrictSection title={edition.title} stats={stats} />
            <VoterSection stats={stats} />
          </>
        )}
      </QueryState>
    </>
  );
}

function PoolTable({ stats }: { stats: Statistics }) {
  const { lang } = useI18n();
  const t = useBudgetT();
  return (
    <section aria-labelledby="stats-pools">
      <h2 id="stats-pools">{t('stats.pools.heading')}</h2>
      <div className="budget-table-scroll">
        <table className="budget-table">
          <caption>{t('stats.pools.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('stats.pool')}</th>
              <th scope="col" className="budget-number">
                {t('stats.online')}
              </th>
              <th scope="col" className="budget-number">
                {t('stats.paper')}
              </th>
              <th scope="col" className="budget-number">
                {t('stats.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {stats.pools.map((pool) => (
              <tr key={pool.poolId}>
                <th scope="row">
                  {pool.poolName}{' '}
                  <span className="budget-muted">({t(`poolKind.${pool.kind}`)})</span>
                </th>
                <td className="budget-number">{formatNumber(pool.online, lang)}</td>
                <td className="budget-number">{formatNumber(pool.paper, lang)}</td>
                <td className="budget-number">{formatNumber(pool.ballots, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function DistrictSection({ title, stats }: { title: string; stats: Statistics }) {
  const { lang } = useI18n();
  const t = useBudgetT();
  if (stats.districts.length === 0) return null;
  return (
    <section aria-labelledby="stats-districts">
      <h2 id="stats-districts">{t('stats.districts.heading')}</h2>
      <TurnoutMap label={t('stats.map.label', { title })} districts={stats.districts} />
      <div className="budget-table-scroll">
        <table className="budget-table">
          <caption>{t('stats.districts.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('stats.district')}</th>
              <th scope="col" className="budget-number">
                {t('stats.ballots')}
              </th>
              <th scope="col" className="budget-number">
                {t('stats.share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {stats.districts.map((district) => (
              <tr key={district.areaId}>
                <th scope="row">{district.areaName}</th>
                <td className="budget-number">{formatNumber(district.ballots, lang)}</td>
                <td className="budget-number">{formatPercent(district.share, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Age bands and sexes, where the ballots record them (imported Pabulib files do). */
function VoterSection({ stats }: { stats: Statistics }) {
  const { lang } = useI18n();
  const t = useBudgetT();
  const band = (b: Statistics['ageBands'][number]) =>
    b.to === null
      ? t('stats.age.from', { from: b.from })
      : b.from === 0
        ? t('stats.age.upTo', { to: b.to })
        : t('stats.age.range', { from: b.from, to: b.to });
  const sex = (value: string) =>
    value === 'F' || value === 'M' ? t(`stats.sex.${value}`) : t('stats.sex.other', { value });
  const rows = [
    ...stats.ageBands.map((b) => ({
      key: `age-${b.from}`,
      group: t('stats.age'),
      name: band(b),
      ballots: b.ballots,
    })),
    ...stats.sexes.map((s) => ({
      key: `sex-${s.sex}`,
      group: t('stats.sex'),
      name: sex(s.sex),
      ballots: s.ballots,
    })),
  ];
  return (
    <section aria-labelledby="stats-voters">
      <h2 id="stats-voters">{t('stats.voters.heading')}</h2>
      {rows.length === 0 ? (
        <p>{t('stats.voters.none')}</p>
      ) : (
        <div className="budget-table-scroll">
          <table className="budget-table">
            <caption>{t('stats.voters.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('stats.group')}</th>
                <th scope="col">{t('stats.value')}</th>
                <th scope="col" className="budget-number">
                  {t('stats.ballots')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <td>{row.group}</td>
                  <th scope="row">{row.name}</th>
                  <td className="budget-number">{formatNumber(row.ballots, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
