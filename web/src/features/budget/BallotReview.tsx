import type { CombinedError } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { useI18n } from '../../i18n/I18nProvider';
import { formatMoney } from '../../ui/format';
import { ballotPools } from './ballot';
import { useBudgetT } from './budget.i18n';
import type { Edition, ProjectSummary } from './budget.queries';
import { castBlocker } from './eligibility';
import { VoteBlockedReason } from './VoteBlocked';

type Props = {
  edition: Edition;
  /** The chosen projects. */
  chosen: readonly ProjectSummary[];
  districtPoolId: string | null;
  casting: boolean;
  error: CombinedError | undefined;
  onBack: () => void;
  onCast: () => void;
};

/** Step 2: the chosen projects per pool, what casting means, then cast or go back. */
export function BallotReview({
  edition,
  chosen,
  districtPoolId,
  casting,
  error,
  onBack,
  onCast,
}: Props) {
  const { lang } = useI18n();
  const t = useBudgetT();
  const pools = ballotPools(edition.pools, districtPoolId);
  const blocker = castBlocker(error);
  const errorText = useErrorText();
  return (
    <div className="budget-review">
      {pools.map((pool) => {
        const inPool = chosen.filter((project) => project.poolId === pool.id);
        return (
          <section key={pool.id}>
            <h3>
              {pool.name} ({t(`poolKind.${pool.kind}`)})
            </h3>
            {inPool.length === 0 ? (
              <p>{t('vote.review.nothing')}</p>
            ) : (
              <ul>
                {inPool.map((project) => (
                  <li key={project.id}>
                    {project.title} ({formatMoney(project.cost.pln, lang)})
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      <p>{t(edition.ballotChangeable ? 'rules.changeable' : 'rules.final')}</p>
      {error && (
        <div role="alert" className="budget-error">
          <p>{t('vote.failed')}</p>
          {blocker ? (
            <VoteBlockedReason blocker={blocker} edition={edition} />
          ) : (
            <p>{errorText(error)}</p>
          )}
        </div>
      )}
      <p className="budget-actions">
        <button type="button" onClick={onBack} disabled={casting}>
          {t('vote.review.back')}
        </button>
        <button type="button" className="budget-primary" onClick={onCast} disabled={casting}>
          {casting ? t('vote.casting') : t('vote.cast')}
        </button>
      </p>
    </div>
  );
}
