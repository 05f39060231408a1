import { Link } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate, formatMoney } from '../../ui/format';
import type { Edition } from './budget.queries';
import { phasesInOrder } from './editionData';

/** The edition's schedule, rules and pools, folded away so the projects come first. */
export function EditionInfo({ edition }: { edition: Edition }) {
  const { t, lang } = useI18n();
  return (
    <details className="budget-edition-info">
      <summary>
        {t('budget.phases.heading')}, {t('budget.rules.heading').toLowerCase()},{' '}
        {t('budget.pools.heading').toLowerCase()}
      </summary>
      <h2>{t('budget.phases.heading')}</h2>
      <ol className="budget-phases">
        {phasesInOrder(edition).map((period) => (
          <li
            key={period.phase}
            aria-current={period.phase === edition.currentPhase ? 'step' : undefined}
          >
            <strong>{t(`budget.phase.${period.phase}`)}</strong>:{' '}
            {t('budget.phases.dates', {
              start: formatDate(period.startsAt, lang),
              end: formatDate(period.endsAt, lang),
            })}
          </li>
        ))}
      </ol>
      <h2>{t('budget.rules.heading')}</h2>
      <RuleList edition={edition} />
      <h2>{t('budget.pools.heading')}</h2>
      <ul>
        {edition.pools.map((pool) => (
          <li key={pool.id}>
            {pool.name} ({t(`budget.poolKind.${pool.kind}`)}): {formatMoney(pool.amount.pln, lang)}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The rules in words: method, ballot limits, vote thresholds, who may vote. */
export function RuleList({ edition }: { edition: Edition }) {
  const t = useI18n().t;
  return (
    <ul className="budget-rules">
      <li>{t(`budget.rule.${edition.rule}`)}</li>
      <li>
        {t('budget.rules.limits', {
          area: edition.areaMaxApprovals,
          citywide: edition.citywideMaxApprovals,
        })}
      </li>
      <li>
        {t('budget.rules.minVotes', {
          area: edition.areaMinVotes,
          citywide: edition.citywideMinVotes,
        })}
      </li>
      <li>{t('budget.rules.minAge', { year: edition.year, age: edition.minAge })}</li>
      <li>{t(edition.ballotChangeable ? 'budget.rules.changeable' : 'budget.rules.final')}</li>
    </ul>
  );
}

/** Links to every edition, the shown one marked. */
export function EditionLinks({
  editions,
  currentId,
}: {
  editions: readonly Edition[];
  currentId: string;
}) {
  const t = useI18n().t;
  if (editions.length < 2) return null;
  return (
    <nav className="budget-edition-links" aria-label={t('budget.editions.all')}>
      <ul>
        {editions.map((edition) => (
          <li key={edition.id}>
            <Link
              to={`/budget/${edition.id}`}
              aria-current={edition.id === currentId ? 'page' : undefined}
            >
              {edition.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
