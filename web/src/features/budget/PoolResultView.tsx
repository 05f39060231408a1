import { Link } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime, formatMoney, formatNumber } from '../../ui/format';
import { useBudgetT } from './budget.i18n';
import type { PoolResult } from './budget.queries';
import { parseResultLog, ruleKey } from './resultLog';

/** One pool's result: the money, the rule, every project's votes and outcome, any tie draw. */
export function PoolResultView({ result }: { result: PoolResult }) {
  const { lang } = useI18n();
  const t = useBudgetT();
  const log = parseResultLog(result.log);
  const rule = ruleKey(result.rule);
  const titleOf = (ref: string) =>
    result.projects.find((project) => project.projectId === ref)?.title ?? `#${ref}`;
  return (
    <section className="budget-pool-result" aria-labelledby={`pool-${result.poolId}`}>
      <h2 id={`pool-${result.poolId}`}>{result.poolName}</h2>
      <dl className="budget-facts">
        <dt>{t('results.budget')}</dt>
        <dd>{formatMoney(result.budget.pln, lang)}</dd>
        <dt>{t('results.cost')}</dt>
        <dd>{formatMoney(result.cost.pln, lang)}</dd>
        <dt>{t('results.leftover')}</dt>
        <dd>{formatMoney(result.leftover.pln, lang)}</dd>
        <dt>{t('results.rule')}</dt>
        <dd>{rule ? t(`results.rule.${rule}`) : result.rule}</dd>
        {log.ballots !== null && (
          <>
            <dt>{t('results.ballots')}</dt>
            <dd>{formatNumber(log.ballots, lang)}</dd>
          </>
        )}
        {log.officialFile && (
          <>
            <dt>{t('results.source')}</dt>
            <dd>{t('results.source.official', { file: log.officialFile })}</dd>
          </>
        )}
        {log.minVotes !== null && (
          <>
            <dt>{t('results.minVotes')}</dt>
            <dd>{formatNumber(log.minVotes, lang)}</dd>
          </>
        )}
      </dl>
      <p className="budget-muted">
        {result.publishedAt
          ? t('results.published', { when: formatDateTime(result.publishedAt, lang) })
          : t('results.unpublished')}
      </p>
      <div className="budget-table-scroll">
        <table className="budget-table">
          <caption>{t('results.caption', { pool: result.poolName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.project')}</th>
              <th scope="col" className="budget-number">
                {t('results.votes')}
              </th>
              <th scope="col" className="budget-number">
                {t('results.projectCost')}
              </th>
              <th scope="col">{t('results.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {result.projects.map((project) => (
              <tr key={project.projectId} className={project.selected ? 'selected' : undefined}>
                <th scope="row">
                  <Link to={`/budget/projects/${project.projectId}`}>{project.title}</Link>
                </th>
                <td className="budget-number">{formatNumber(project.votes, lang)}</td>
                <td className="budget-number">{formatMoney(project.cost.pln, lang)}</td>
                <td>{t(project.selected ? 'results.selected' : 'results.notSelected')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {log.skippedForConflict.length > 0 && (
        <p>
          {t('results.skipped', {
            projects: log.skippedForConflict.map(titleOf).join(', '),
          })}
        </p>
      )}
      {log.lot && (
        <>
          <h3>{t('results.lot.heading')}</h3>
          <p>{t('results.lot.seed', { seed: log.lot.seed })}</p>
          <ul>
            {log.lot.draws.map((draw) => (
              <li key={draw.votes}>
                {t('results.lot.draw', {
                  votes: formatNumber(draw.votes, lang),
                  tied: draw.tied.map(titleOf).join(', '),
                  order: draw.order.map(titleOf).join(' → '),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
