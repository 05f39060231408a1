import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { castFailure, voteBlocker } from './eligibility';

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

const apiError = (code: string, message: string, field?: string) =>
  new CombinedError({
    graphQLErrors: [
      new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}) } }),
    ],
  });

describe('castFailure', () => {
  it('reads the reason from the code, field and message', () => {
    expect(castFailure(apiError('UNAUTHENTICATED', 'Sign in to do this.'))).toBe('signedOut');
    expect(castFailure(apiError('FORBIDDEN', 'This needs the role VERIFIED.'))).toBe('notVerified');
    expect(castFailure(apiError('FORBIDDEN', 'Voting in 2026 needs an age of at least 16.'))).toBe(
      'tooYoung',
    );
    expect(
      castFailure(
        apiError('FORBIDDEN', 'Voting needs an age of 16; your account has no birth year.'),
      ),
    ).toBe('noBirthYear');
    expect(castFailure(apiError('CONFLICT', 'You have already voted', 'editionId'))).toBe(
      'alreadyVoted',
    );
    expect(
      castFailure(
        apiError('BAD_USER_INPUT', 'editionId: this is allowed only during VOTING', 'editionId'),
      ),
    ).toBe('notVoting');
    expect(
      castFailure(
        apiError(
          'BAD_USER_INPUT',
          'projectIds: approves 3 district projects; the limit is 2',
          'projectIds',
        ),
      ),
    ).toBe('overLimit');
    expect(
      castFailure(
        apiError(
          'BAD_USER_INPUT',
          'projectIds[0]: project x is in another district’s pool',
          'projectIds[0]',
        ),
      ),
    ).toBe('otherDistrict');
  });

  it('leaves other errors to the API’s own message', () => {
    expect(
      castFailure(
        apiError('BAD_USER_INPUT', 'projectIds: approve at least one project', 'projectIds'),
      ),
    ).toBeNull();
    expect(castFailure(undefined)).toBeNull();
  });
});
