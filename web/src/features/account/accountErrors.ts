import type { CombinedError } from 'urql';
import type { KeyOf } from '../../i18n/namespace';
import { errorCode, errorField, errorMessage } from '../../ui/QueryState';
import type { accountTexts } from './account.i18n';

/** A failed account mutation: the field it concerns (null for the whole form) and what to say. */
export type AccountError = { field: string | null; message: string };

type AccountKey = KeyOf<typeof accountTexts>;
type Translate = (key: AccountKey) => string;

const fieldMessages: Record<string, AccountKey> = {
  email: 'error.email',
  password: 'error.password',
  displayName: 'error.displayName',
  birthYear: 'error.birthYear',
};

/** The input field named by the API, without the `input.` of SignUpInput. */
function fieldOf(error: CombinedError): string | null {
  return errorField(error)?.replace(/^input\./, '') ?? null;
}

/**
 * What went wrong, in the user's language where we know the case, else in the API's words.
 * `passwordCheck`: the password was the current one to confirm (deleting the account), so a
 * bad one is wrong, not too short.
 */
export function accountError(
  error: CombinedError,
  t: Translate,
  passwordCheck = false,
): AccountError {
  const field = fieldOf(error);
  switch (errorCode(error)) {
    case 'UNAUTHENTICATED':
      return { field: null, message: t('error.credentials') };
    case 'RATE_LIMITED':
      return { field: null, message: t('error.rateLimited') };
    case 'CONFLICT':
      return { field, message: field === 'email' ? t('error.taken') : errorMessage(error) };
    case 'BAD_USER_INPUT': {
      if (passwordCheck && field === 'password') {
        return { field, message: t('error.wrongPassword') };
      }
      const key = field ? fieldMessages[field] : undefined;
      return { field, message: key ? t(key) : errorMessage(error) };
    }
    case undefined:
      if (error.graphQLErrors.length === 0) return { field: null, message: t('error.network') };
      return { field, message: errorMessage(error) };
    default:
      return { field, message: errorMessage(error) };
  }
}

/** Where to go after signing in: a path of this site from `?next=`, else the account page. */
export function nextPath(next: string | null): string {
  // `//host` and `/\host` would leave the site.
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return '/account';
  }
  return next;
}

export const minimumPasswordLength = 12;
