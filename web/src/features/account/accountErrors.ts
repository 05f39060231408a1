import type { CombinedError } from 'urql';
import { type ErrorReason, refusalOf } from '../../errors/apiError';
import { errorText } from '../../errors/errors.i18n';
import type { Lang } from '../../i18n/i18n';
import type { KeyOf } from '../../i18n/namespace';
import { accountTexts } from './account.i18n';

/** A failed account mutation: the field it concerns (null for the whole form) and what to say. */
export type AccountError = { field: string | null; message: string };

// The form's own words for its fields' limits, which say more than the plain reasons.
const fieldMessages: Record<string, KeyOf<typeof accountTexts>> = {
  displayName: 'error.displayName',
  birthYear: 'error.birthYear',
};
const plainValidation = new Set<ErrorReason>([
  'INPUT_REQUIRED',
  'INPUT_TOO_SHORT',
  'INPUT_TOO_LONG',
  'INPUT_OUT_OF_RANGE',
  'INPUT_INVALID',
]);
// Wrong credentials and waiting concern the whole form, whatever field the API names.
const formWide = new Set(['UNAUTHENTICATED', 'RATE_LIMITED']);

/** What went wrong, translated from the API's reason, and beside which field to say it. */
export function accountError(error: CombinedError, lang: Lang): AccountError {
  const refusal = refusalOf(error);
  // The input field named by the API, without the `input.` of SignUpInput.
  const field = refusal?.field?.replace(/^input\./, '') ?? null;
  if (!refusal || formWide.has(refusal.code ?? '')) {
    return { field: null, message: errorText(error, lang) };
  }
  const own =
    field && refusal.reason && plainValidation.has(refusal.reason) && fieldMessages[field];
  return { field, message: own ? accountTexts.fixedT(lang)(own) : errorText(error, lang) };
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
