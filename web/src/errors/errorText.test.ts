import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { errorText } from './errors.i18n';

const refusal = (
  extensions: Record<string, unknown>,
  message = 'An English message for developers',
) => new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe('errorText', () => {
  it('words the reason in the chosen language, never with the API’s message', () => {
    const error = refusal(
      { code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' },
      'Sign in to do this.',
    );
    expect(errorText(error, 'pl')).toBe('Zaloguj się, aby to zrobić.');
    expect(errorText(error, 'en')).toBe('Sign in to do this.');
  });

  it('fills the reason’s params, with Polish plural forms', () => {
    const outside = (meters: number) =>
      errorText(
        refusal({ code: 'BAD_USER_INPUT', reason: 'COMMENT_OUTSIDE_AREA', params: { meters } }),
        'pl',
      );
    expect(outside(1)).toContain(' 1 metr od');
    expect(outside(3)).toContain(' 3 metry od');
    expect(outside(120)).toContain(' 120 metrów od');
    const short = refusal({
      code: 'BAD_USER_INPUT',
      reason: 'PASSWORD_TOO_SHORT',
      field: 'password',
      params: { min: 12 },
    });
    expect(errorText(short, 'pl')).toBe('Hasło musi mieć co najmniej 12 znaków.');
    expect(errorText(short, 'en')).toBe('The password must have at least 12 characters.');
  });

  it('formats timestamps as dates of the language', () => {
    const error = refusal({
      code: 'BAD_USER_INPUT',
      reason: 'CONSULTATION_NOT_OPEN_YET',
      params: { opensAt: '2026-12-05T10:00:00.000Z' },
    });
    expect(errorText(error, 'pl')).toContain('5 grudnia 2026');
    expect(errorText(error, 'en')).toContain('December 5, 2026');
  });

  it('names the field where the reason says only that it is invalid', () => {
    const error = refusal({
      code: 'BAD_USER_INPUT',
      reason: 'INPUT_INVALID',
      field: 'input.phases[1].startsAt',
    });
    expect(errorText(error, 'pl')).toBe('Nieprawidłowa wartość w polu input.phases[1].startsAt.');
  });

  it('falls back on the code when the reason is unknown or its params are missing', () => {
    const future = refusal({ code: 'CONFLICT', reason: 'SOMETHING_NEW' });
    expect(errorText(future, 'pl')).toBe(
      'To już zostało zrobione albo koliduje z istniejącym wpisem.',
    );
    const bare = refusal({ code: 'BAD_USER_INPUT', reason: 'COMMENT_OUTSIDE_AREA' });
    expect(errorText(bare, 'pl')).toBe('Sprawdź wprowadzone dane i spróbuj ponownie.');
  });

  it('says something went wrong for an error with neither a known code nor a reason', () => {
    expect(errorText(refusal({ code: 'INTERNAL_SERVER_ERROR' }), 'pl')).toBe(
      'Coś poszło nie tak po stronie serwera. Spróbuj ponownie.',
    );
    expect(errorText(refusal({}), 'en')).toBe('Something went wrong on the server. Try again.');
  });

  it('says the server cannot be reached on a network failure', () => {
    const error = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(errorText(error, 'pl')).toBe('Brak połączenia z serwerem. Spróbuj ponownie.');
  });
});
