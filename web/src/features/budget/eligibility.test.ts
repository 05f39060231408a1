import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { castBlocker, voteBlocker } from './eligibility';

const voting = { year: 2026, minAge: 16, currentPhase: 'VOTING', ballotChangeable: false };
const verified = { verified: true, birthYear: 1990 };

describe('voteBlocker', () => {
  it('lets a verified adult without a ballot vote during VOTING', () => {
    expect(voteBlocker(verified, voting, false)).toBeNull();
  });

  it('says the phase first, to everyone', () => {
    expect(voteBlocker(null, { ...voting, currentPhase: 'RESULTS' }, false)).toBe('notVoting');
    expect(voteBlocker(verified, { ...voting, currentPhase: null }, false)).toBe('notVoting');
  });

  it('asks to sign in, then to be verified', () => {
    expect(voteBlocker(null, voting, false)).toBe('signedOut');
    expect(voteBlocker({ verified: false, birthYear: 1990 }, voting, false)).toBe('notVerified');
  });

  it('checks the age in the edition’s year', () => {
    expect(voteBlocker({ verified: true, birthYear: 2011 }, voting, false)).toBe('tooYoung');
    expect(voteBlocker({ verified: true, birthYear: 2010 }, voting, false)).toBeNull();
    expect(voteBlocker({ verified: true, birthYear: null }, voting, false)).toBe('noBirthYear');
    expect(voteBlocker({ verified: true }, { ...voting, minAge: 0 }, false)).toBeNull();
  });

  it('stops a second ballot unless ballots may be changed', () => {
    expect(voteBlocker(verified, voting, true)).toBe('alreadyVoted');
    expect(voteBlocker(verified, { ...voting, ballotChangeable: true }, true)).toBeNull();
  });
});

const apiError = (code: string, reason: string, params?: object) =>
  new CombinedError({
    graphQLErrors: [
      new GraphQLError('An English message for developers', {
        extensions: { code, reason, ...(params ? { params } : {}) },
      }),
    ],
  });

describe('castBlocker', () => {
  it('reads why the voter may not vote from the reason', () => {
    expect(castBlocker(apiError('UNAUTHENTICATED', 'SIGN_IN_REQUIRED'))).toBe('signedOut');
    expect(castBlocker(apiError('UNAUTHENTICATED', 'SESSION_EXPIRED'))).toBe('signedOut');
    expect(castBlocker(apiError('FORBIDDEN', 'BALLOT_VOTER_NOT_VERIFIED'))).toBe('notVerified');
    const young = apiError('FORBIDDEN', 'BALLOT_VOTER_TOO_YOUNG', { minAge: 16, year: 2026 });
    expect(castBlocker(young)).toBe('tooYoung');
    const noYear = apiError('FORBIDDEN', 'BALLOT_VOTER_NO_BIRTH_YEAR', { minAge: 16 });
    expect(castBlocker(noYear)).toBe('noBirthYear');
    expect(castBlocker(apiError('CONFLICT', 'BALLOT_ALREADY_CAST'))).toBe('alreadyVoted');
    const closed = apiError('BAD_USER_INPUT', 'BALLOT_OUTSIDE_VOTING', { phase: 'VOTING' });
    expect(castBlocker(closed)).toBe('notVoting');
  });

  it('leaves what is wrong with the ballot itself to the reason’s text', () => {
    const over = apiError('BAD_USER_INPUT', 'BALLOT_OVER_LIMIT', { limit: 2, approved: 3 });
    expect(castBlocker(over)).toBeNull();
    expect(castBlocker(apiError('BAD_USER_INPUT', 'BALLOT_OTHER_DISTRICT'))).toBeNull();
    expect(castBlocker(apiError('BAD_USER_INPUT', 'BALLOT_EMPTY'))).toBeNull();
    expect(castBlocker(undefined)).toBeNull();
  });
});
