import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import type { KeyOf } from '../../i18n/namespace';
import type { accountTexts } from './account.i18n';
import { accountError, nextPath } from './accountErrors';

const t = (key: KeyOf<typeof accountTexts>) => `«${key}»`;

function apiError(code: string, message: string, field?: string) {
  return new CombinedError({
    graphQLErrors: [{ message, extensions: { code, ...(field ? { field } : {}) } }],
  });
}

describe('accountError', () => {
  it('puts a field error beside the field, without the input prefix', () => {
    const error = apiError('BAD_USER_INPUT', 'password must be at least 12', 'input.password');
    expect(accountError(error, t)).toEqual({
      field: 'password',
      message: '«error.password»',
    });
  });

  it('says an email is taken beside the email field', () => {
    expect(accountError(apiError('CONFLICT', 'exists', 'email'), t)).toEqual({
      field: 'email',
      message: '«error.taken»',
    });
  });

  it('calls a wrong confirming password wrong, not too short', () => {
    const error = apiError('BAD_USER_INPUT', 'password is not right', 'password');
    expect(accountError(error, t, true).message).toBe('«error.wrongPassword»');
  });

  it('keeps wrong credentials and rate limits for the whole form', () => {
    expect(accountError(apiError('UNAUTHENTICATED', 'no'), t)).toEqual({
      field: null,
      message: '«error.credentials»',
    });
    expect(accountError(apiError('RATE_LIMITED', 'slow down', 'email'), t).field).toBeNull();
  });

  it("falls back on the API's words for an unknown field or code", () => {
    expect(accountError(apiError('BAD_USER_INPUT', 'odd', 'input.other'), t)).toEqual({
      field: 'other',
      message: 'odd',
    });
    expect(accountError(apiError('INTERNAL', 'boom'), t).message).toBe('boom');
  });

  it('says the server cannot be reached on a network failure', () => {
    const error = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(accountError(error, t)).toEqual({ field: null, message: '«error.network»' });
  });
});

describe('nextPath', () => {
  it('goes back to a path of this site', () => {
    expect(nextPath('/consultations/7?tab=map')).toBe('/consultations/7?tab=map');
  });

  it('goes to the account page otherwise', () => {
    for (const next of [null, '', 'https://evil.example', '//evil.example', '/\\evil.example']) {
      expect(nextPath(next)).toBe('/account');
    }
  });
});
