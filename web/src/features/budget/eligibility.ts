import type { CombinedError } from 'urql';
import { errorCode, errorReason } from '../../errors/apiError';

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

/**
 * Which of those reasons the API gave for refusing castBallot, so the page explains it as it
 * would have before the attempt; null for any other refusal, which its reason's text words.
 */
export function castBlocker(error: CombinedError | undefined): VoteBlocker | null {
  switch (errorReason(error)) {
    case 'BALLOT_OUTSIDE_VOTING':
      return 'notVoting';
    case 'BALLOT_VOTER_NOT_VERIFIED':
      return 'notVerified';
    case 'BALLOT_VOTER_NO_BIRTH_YEAR':
      return 'noBirthYear';
    case 'BALLOT_VOTER_TOO_YOUNG':
      return 'tooYoung';
    case 'BALLOT_ALREADY_CAST':
      return 'alreadyVoted';
    default:
      return errorCode(error) === 'UNAUTHENTICATED' ? 'signedOut' : null;
  }
}
