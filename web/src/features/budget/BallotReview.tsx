import type { CombinedError } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { formatMoney } from '../../ui/format';
import { errorMessage } from '../../ui/QueryState';
import { ballotPools } from './ballot';
import { useBudgetT } from './budget.i18n';
import type { Edition, ProjectSummary } from './budget.queries';
import { type CastFailure, castFailure, type VoteBlocker } from './eligibility';
import { VoteBlockedReason } from './VoteBlocked';

const ballotFailures = new Set<CastFailure>(['overLimit', 'otherDistrict', 'notOnBallot']);
const isBlocker = (failure: CastFailure | null): failure is VoteBlocker =>
  failure !== null && !ballotFailures.has(failure);

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
  const failure = castFailure(error);
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
          {failure === null && <p>{errorMessage(error)}</p>}
          {isBlocker(failure) && <VoteBlockedReason blocker={failure} edition={edition} />}
          {failure !== null && !isBlocker(failure) && <p>{t(`vote.${failure}`)}</p>}
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
