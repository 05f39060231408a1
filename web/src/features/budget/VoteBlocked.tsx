import { Link } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../ui/format';
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
  const { t, lang } = useI18n();
  const age = { year: edition.year, age: edition.minAge };
  switch (blocker) {
    case 'signedOut':
      return (
        <>
          <p>{t('budget.vote.signedOut')}</p>
          <p>
            <Link
              className="budget-button"
              to={`/sign-in?next=${encodeURIComponent(`/budget/${edition.id}/vote`)}`}
            >
              {t('budget.vote.signIn')}
            </Link>
          </p>
        </>
      );
    case 'notVerified':
      return (
        <>
          <p>{t('budget.vote.notVerified')}</p>
          <p>{t('budget.vote.howToVerify')}</p>
        </>
      );
    case 'noBirthYear':
      return (
        <p>
          {t('budget.vote.noBirthYear', age)} <Link to="/account">{t('nav.account')}</Link>
        </p>
      );
    case 'tooYoung':
      return <p>{t('budget.vote.tooYoung', age)}</p>;
    case 'alreadyVoted':
      return <p>{t('budget.vote.alreadyVoted')}</p>;
    case 'notVoting': {
      const voting = periodOf(edition, 'VOTING');
      return (
        <p>
          {voting
            ? t('budget.vote.notVoting', {
                start: formatDateTime(voting.startsAt, lang),
                end: formatDateTime(voting.endsAt, lang),
              })
            : t('budget.vote.noVotingPhase')}
        </p>
      );
    }
  }
}

/** The whole notice, headed, in place of the ballot. */
export function VoteBlocked({ blocker, edition }: { blocker: VoteBlocker; edition: Edition }) {
  const t = useI18n().t;
  return (
    <section className="budget-notice" aria-labelledby="budget-blocked-heading">
      <h2 id="budget-blocked-heading">{t('budget.vote.blocked.heading')}</h2>
      <VoteBlockedReason blocker={blocker} edition={edition} />
    </section>
  );
}
