import { Link } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../ui/format';
import { useBudgetT } from './budget.i18n';
import type { Edition } from './budget.queries';
import { periodOf } from './editionData';
import type { VoteBlocker } from './eligibility';

/** Why the person cannot vote, and what they can do about it. */
export function VoteBlockedReason({
  blocker,
  edition,
}: {
  blocker: VoteBlocker;
  edition: Edition;
}) {
  const { lang } = useI18n();
  const t = useBudgetT();
  const age = { year: edition.year, age: edition.minAge };
  switch (blocker) {
    case 'signedOut':
      return (
        <>
          <p>{t('vote.signedOut')}</p>
          <p>
            <Link
              className="budget-button"
              to={`/sign-in?next=${encodeURIComponent(`/budget/${edition.id}/vote`)}`}
            >
              {t('vote.signIn')}
            </Link>
          </p>
        </>
      );
    case 'notVerified':
      return (
        <>
          <p>{t('vote.notVerified')}</p>
          <p>{t('vote.howToVerify')}</p>
        </>
      );
    case 'noBirthYear':
      return (
        <p>
          {t('vote.noBirthYear', age)} <Link to="/account">{t('vote.accountLink')}</Link>
        </p>
      );
    case 'tooYoung':
      return <p>{t('vote.tooYoung', age)}</p>;
    case 'alreadyVoted':
      return <p>{t('vote.alreadyVoted')}</p>;
    case 'notVoting': {
      const voting = periodOf(edition, 'VOTING');
      return (
        <p>
          {voting
            ? t('vote.notVoting', {
                start: formatDateTime(voting.startsAt, lang),
                end: formatDateTime(voting.endsAt, lang),
              })
            : t('vote.noVotingPhase')}
        </p>
      );
    }
  }
}

/** The whole notice, headed, in place of the ballot. */
export function VoteBlocked({ blocker, edition }: { blocker: VoteBlocker; edition: Edition }) {
  const t = useBudgetT();
  return (
    <section className="budget-notice" aria-labelledby="budget-blocked-heading">
      <h2 id="budget-blocked-heading">{t('vote.blocked.heading')}</h2>
      <VoteBlockedReason blocker={blocker} edition={edition} />
    </section>
  );
}
