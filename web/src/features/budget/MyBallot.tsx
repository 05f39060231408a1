import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../ui/format';
import { ballotPools } from './ballot';
import { useBudgetT } from './budget.i18n';
import type { Ballot, Edition, ProjectSummary } from './budget.queries';

type Props = {
  ballot: Ballot;
  edition: Edition;
  projects: readonly ProjectSummary[];
  /** The heading's level and words: the confirmation right after casting, or "your ballot". */
  heading: string;
  /** Moves focus to the heading when shown (the confirmation after casting). */
  focus?: boolean;
};

/** A cast ballot: when, the district pool, and the projects on it by pool. */
export function MyBallot({ ballot, edition, projects, heading, focus = false }: Props) {
  const { lang } = useI18n();
  const t = useBudgetT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) headingRef.current?.focus();
  }, [focus]);
  const byId = new Map(projects.map((project) => [project.id, project]));
  const pools = ballotPools(edition.pools, ballot.districtPoolId);
  return (
    <section className="budget-notice budget-my-ballot" aria-labelledby="budget-my-ballot">
      <h2 id="budget-my-ballot" tabIndex={-1} ref={headingRef}>
        {heading}
      </h2>
      <p>{t('vote.mine.castAt', { when: formatDateTime(ballot.castAt, lang) })}</p>
      {pools.map((pool) => {
        const titles = ballot.projectIds
          .map((id) => byId.get(id))
          .filter((project) => project?.poolId === pool.id)
          .map((project) => project?.title);
        if (titles.length === 0) return null;
        return (
          <div key={pool.id}>
            <h3>
              {pool.name} ({t(`poolKind.${pool.kind}`)})
            </h3>
            <ul>
              {titles.map((title) => (
                <li key={title}>{title}</li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
