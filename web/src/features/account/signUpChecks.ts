import { minimumPasswordLength } from './accountErrors';

export type SignUpValues = { email: string; password: string };

/** The API's own rule (credentials.ts): something@domain.tld, at most 254 characters. */
export const emailLooksValid = (email: string) => {
  const trimmed = email.trim();
  return trimmed.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed);
};

/**
 * What the form can tell before asking the API, field by field: every problem at once, so that
 * a bad e-mail is reported beside a short password rather than after it.
 */
export function signUpProblems(
  values: SignUpValues,
  messages: { email: string; password: string },
): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!emailLooksValid(values.email)) problems.email = messages.email;
  if (values.password.length < minimumPasswordLength) problems.password = messages.password;
  return problems;
}
