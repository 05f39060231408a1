import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { accountError, nextPath } from './accountErrors';

function apiError(code: string, reason: string, field?: string, params?: object) {
  return new CombinedError({
    graphQLErrors: [
      {
        message: 'An English message for developers',
        extensions: { code, reason, ...(field ? { field } : {}), ...(params ? { params } : {}) },
      },
    ],
  });
}

describe('accountError', () => {
  it('puts a field error beside the field, without the input prefix', () => {
    const error = apiError('BAD_USER_INPUT', 'PASSWORD_TOO_SHORT', 'input.password', { min: 12 });
    expect(accountError(error, 'pl')).toEqual({
      field: 'password',
      message: 'Hasło musi mieć co najmniej 12 znaków.',
    });
  });

  it('says an email is taken beside the email field', () => {
    expect(accountError(apiError('CONFLICT', 'EMAIL_TAKEN', 'email'), 'pl')).toEqual({
      field: 'email',
      message: 'Konto z tym adresem e-mail już istnieje.',
    });
  });

  it('calls a wrong confirming password wrong, not too short', () => {
    const error = apiError('BAD_USER_INPUT', 'PASSWORD_WRONG', 'password');
    expect(accountError(error, 'pl').message).toBe('Hasło jest nieprawidłowe.');
  });

  it('words the limits of its own fields itself', () => {
    const error = apiError('BAD_USER_INPUT', 'INPUT_OUT_OF_RANGE', 'input.birthYear', {
      min: 1900,
      max: 2026,
    });
    expect(accountError(error, 'pl')).toEqual({
      field: 'birthYear',
      message: 'Podaj rok od 1900 do bieżącego.',
    });
    const long = apiError('BAD_USER_INPUT', 'INPUT_TOO_LONG', 'input.displayName', { max: 80 });
    expect(accountError(long, 'en').message).toBe('The name must have 1 to 80 characters.');
  });

  it('keeps wrong credentials and rate limits for the whole form', () => {
    expect(accountError(apiError('UNAUTHENTICATED', 'SIGN_IN_FAILED'), 'en')).toEqual({
      field: null,
      message: 'The email or the password is not right.',
    });
    const slow = apiError('RATE_LIMITED', 'RATE_LIMITED', 'email', { seconds: 42 });
    expect(accountError(slow, 'pl')).toEqual({
      field: null,
      message: 'Zbyt wiele prób. Spróbuj ponownie za 42 sekundy.',
    });
  });

  it("translates an unknown field's or reason's error, never showing the API's words", () => {
    expect(accountError(apiError('BAD_USER_INPUT', 'INPUT_REQUIRED', 'input.other'), 'pl')).toEqual(
      {
        field: 'other',
        message: 'Uzupełnij to pole.',
      },
    );
    expect(accountError(apiError('INTERNAL', 'SOMETHING_NEW'), 'pl').message).toBe(
      'Coś poszło nie tak po stronie serwera. Spróbuj ponownie.',
    );
  });

  it('says the server cannot be reached on a network failure', () => {
    const error = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(accountError(error, 'pl')).toEqual({
      field: null,
      message: 'Brak połączenia z serwerem. Spróbuj ponownie.',
    });
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
