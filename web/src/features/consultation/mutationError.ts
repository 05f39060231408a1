import type { CombinedError } from 'urql';
import type { KeyOf, Translate } from '../../i18n/namespace';
import { errorCode, errorMessage } from '../../ui/QueryState';
import type { consultationTexts } from './consultation.i18n';

/**
 * What to tell the user when a mutation fails: a message of ours for the codes we can explain,
 * else the API's own words (it names the field and what is wrong).
 */
export function mutationError(
  error: CombinedError,
  t: Translate<KeyOf<typeof consultationTexts>>,
): string {
  switch (errorCode(error)) {
    case 'UNAUTHENTICATED':
      return t('error.signIn');
    case 'FORBIDDEN':
      return t('error.forbidden');
    case 'RATE_LIMITED':
      return t('error.rateLimited');
    case undefined:
      return error.graphQLErrors.length > 0 ? errorMessage(error) : t('error.network');
    default:
      return errorMessage(error);
  }
}
