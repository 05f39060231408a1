import { describe, expect, it } from 'vitest';
import { emailLooksValid, signUpProblems } from './signUpChecks';

const messages = { email: 'bad e-mail', password: 'short password' };

describe('signUpProblems', () => {
  it('names both a bad e-mail and a short password', () => {
    expect(signUpProblems({ email: 'ola@', password: 'short' }, messages)).toEqual({
      email: 'bad e-mail',
      password: 'short password',
    });
  });

  it('names the e-mail alone when the password is long enough', () => {
    expect(signUpProblems({ email: 'ola', password: 'long enough password' }, messages)).toEqual({
      email: 'bad e-mail',
    });
  });

  it('finds nothing in good values', () => {
    expect(
      signUpProblems({ email: ' ola@example.pl ', password: 'long enough password' }, messages),
    ).toEqual({});
  });

  it.each(['', 'ola', 'ola@x', 'o la@x.pl', 'ola@@x.pl', `${'a'.repeat(250)}@x.pl`])(
    'refuses %j as an e-mail, as the API would',
    (email) => expect(emailLooksValid(email)).toBe(false),
  );
});
