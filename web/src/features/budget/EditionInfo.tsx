import { Link } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate, formatMoney } from '../../ui/format';
import { useBudgetT } from './budget.i18n';
import type { Edition } from './budget.queries';
import { phasesInOrder } from './editionData';

/** The edition's schedule, rules and pools, folded away so the projects come first. */
export function EditionInfo({ edition }: { edition: Edition }) {
  const { lang } = useI18n();
  const t = useBudgetT();
  return (
    <details className="budget-edition-info">
      <summary>
        {t('phases.heading')}, {t('rules.heading').toLowerCase()},{' '}
        {t('pools.heading').toLowerCase()}
      </summary>
      <h2>{t('phases.heading')}</h2>
      <ol className="budget-phases">
        {phasesInOrder(edition).map((period) => (
          <li
            key={period.phase}
            aria-current={period.phase === edition.currentPhase ? 'step' : undefined}
          >
            <strong>{t(`phase.${period.phase}`)}</strong>:{' '}
            {t('phases.dates', {
              start: formatDate(period.startsAt, lang),
              end: formatDate(period.endsAt, lang),
            })}
          </li>
        ))}
      </ol>
      <h2>{t('rules.heading')}</h2>
      <RuleList edition={edition} />
      <h2>{t('pools.heading')}</h2>
      <ul>
        {edition.pools.map((pool) => (
          <li key={pool.id}>
            {pool.name} ({t(`poolKind.${pool.kind}`)}): {formatMoney(pool.amount.pln, lang)}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Which kinds of pool the edition has: the rules speak only of those. */
export function poolKindsOf(edition: Edition): 'both' | 'AREA' | 'CITYWIDE' {
  const area = edition.pools.some((pool) => pool.kind === 'AREA');
  const citywide = edition.pools.some((pool) => pool.kind === 'CITYWIDE');
  return area && citywide ? 'both' : citywide ? 'CITYWIDE' : 'AREA';
}

/** The rules in words: method, ballot limits, vote thresholds, who may vote. */
export function RuleList({ edition }: { edition: Edition }) {
  const t = useBudgetT();
  const kinds = poolKindsOf(edition);
  const counts = {
    area: edition.areaMaxApprovals,
    citywide: edition.citywideMaxApprovals,
  };
  const thresholds = { area: edition.areaMinVotes, citywide: edition.citywideMinVotes };
  return (
    <ul className="budget-rules">
      <li>{t(`rule.${edition.rule}`)}</li>
      <li>{t(kinds === 'both' ? 'rules.limits' : `rules.limits.${kinds}`, counts)}</li>
      <li>{t(kinds === 'both' ? 'rules.minVotes' : `rules.minVotes.${kinds}`, thresholds)}</li>
      <li>{t('rules.minAge', { year: edition.year, age: edition.minAge })}</li>
      <li>{t(edition.ballotChangeable ? 'rules.changeable' : 'rules.final')}</li>
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
  const t = useBudgetT();
  if (editions.length < 2) return null;
  return (
    <nav className="budget-edition-links" aria-label={t('editions.all')}>
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
