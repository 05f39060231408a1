import { useId } from 'react';
import { canCast } from './ballot';
import { useBudgetT } from './budget.i18n';
import type { Edition, ProjectSummary } from './budget.queries';
import { PoolPicker } from './PoolPicker';
import type { BallotState } from './useBallot';

type Props = {
  edition: Edition;
  projects: readonly ProjectSummary[];
  ballot: BallotState;
  onReview: () => void;
};

/** Step 1: one district pool chosen from a list, then projects of it and of the city. */
export function BallotForm({ edition, projects, ballot, onReview }: Props) {
  const t = useBudgetT();
  const name = useId();
  const { choice, count, refusal } = ballot;
  const chosen = new Set(choice.projectIds);
  const districtPools = edition.pools.filter((pool) => pool.kind === 'AREA');
  const citywidePools = edition.pools.filter((pool) => pool.kind === 'CITYWIDE');
  const district = districtPools.find((pool) => pool.id === choice.districtPoolId);
  const inPool = (poolId: string) => projects.filter((project) => project.poolId === poolId);
  const refusalIn = (poolId: string) => (refusal?.poolId === poolId ? refusal.reason : null);
  const ready = canCast(count);
  const citywideCount = count.citywide;

  return (
    <form
      className="budget-ballot"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) onReview();
      }}
    >
      {districtPools.length > 0 && (
        <fieldset className="budget-district-choice">
          <legend>{t('vote.district.label')}</legend>
          <p>{t(citywidePools.length > 0 ? 'vote.district.rule' : 'vote.district.ruleOnly')}</p>
          <p className="budget-muted">{t('vote.district.change')}</p>
          {districtPools.map((pool) => (
            <label key={pool.id} className="budget-check">
              <input
                type="radio"
                name={name}
                checked={choice.districtPoolId === pool.id}
                onChange={() => ballot.chooseDistrict(pool.id)}
              />
              {pool.name}
            </label>
          ))}
          {citywidePools.length > 0 && (
            <label className="budget-check">
              <input
                type="radio"
                name={name}
                checked={choice.districtPoolId === null}
                onChange={() => ballot.chooseDistrict(null)}
              />
              {t('vote.district.none')}
            </label>
          )}
        </fieldset>
      )}
      {district && count.district && (
        <PoolPicker
          heading={t('vote.districtPool.heading', { name: district.name })}
          count={count.district}
          projects={inPool(district.id)}
          chosen={chosen}
          refusal={refusalIn(district.id)}
          onToggle={ballot.toggle}
        />
      )}
      {citywideCount &&
        citywidePools.map((pool) => (
          <PoolPicker
            key={pool.id}
            heading={t('vote.citywide.heading', { name: pool.name })}
            count={citywideCount}
            projects={inPool(pool.id)}
            chosen={chosen}
            refusal={refusalIn(pool.id)}
            onToggle={ballot.toggle}
          />
        ))}
      <p className="budget-total" aria-live="polite">
        {t('vote.total', { total: count.total })}
      </p>
      {!ready && <p className="budget-muted">{t('vote.needOne')}</p>}
      <button type="submit" className="budget-primary" aria-disabled={!ready}>
        {t('vote.toReview')}
      </button>
    </form>
  );
}
