import type { CombinedError } from 'urql';
import { errorCode, errorField } from '../../ui/QueryState';

export type Voter = { verified: boolean; birthYear?: number | null };
export type VotingEdition = {
  year: number;
  minAge: number;
  currentPhase: string | null;
  ballotChangeable: boolean;
};

/** Why this person cannot vote now; read before they try. */
export type VoteBlocker =
  | 'notVoting'
  | 'signedOut'
  | 'notVerified'
  | 'noBirthYear'
  | 'tooYoung'
  | 'alreadyVoted';

/**
 * The first reason the person may not cast a ballot in the edition, in the order the API
 * checks them, or null when they may. A changeable ballot may be cast again.
 */
export function voteBlocker(
  voter: Voter | null,
  edition: VotingEdition,
  hasBallot: boolean,
): VoteBlocker | null {
  if (edition.currentPhase !== 'VOTING') return 'notVoting';
  if (!voter) return 'signedOut';
  if (!voter.verified) return 'notVerified';
  if (edition.minAge > 0) {
    if (voter.birthYear == null) return 'noBirthYear';
    if (edition.year - voter.birthYear < edition.minAge) return 'tooYoung';
  }
  if (hasBallot && !edition.ballotChangeable) return 'alreadyVoted';
  return null;
}

/** Why castBallot failed, when the API's error says so (code, field, words); else null. */
export type CastFailure = VoteBlocker | 'overLimit' | 'otherDistrict' | 'notOnBallot';

export function castFailure(error: CombinedError | undefined): CastFailure | null {
  const code = errorCode(error);
  const field = errorField(error) ?? '';
  const message = error?.graphQLErrors[0]?.message ?? '';
  switch (code) {
    case 'UNAUTHENTICATED':
      return 'signedOut';
    case 'FORBIDDEN':
      if (/birth year/i.test(message)) return 'noBirthYear';
      return /\bage\b/i.test(message) ? 'tooYoung' : 'notVerified';
    case 'CONFLICT':
      return 'alreadyVoted';
    case 'BAD_USER_INPUT':
      if (field === 'editionId') return 'notVoting';
      if (/limit is/.test(message)) return 'overLimit';
      if (/another district/.test(message)) return 'otherDistrict';
      if (/not on the ballot/.test(message)) return 'notOnBallot';
      return null;
    default:
      return null;
  }
}
