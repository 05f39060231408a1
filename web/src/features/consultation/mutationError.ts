import type { CombinedError } from 'urql';
import type { MessageKey } from '../../i18n/catalog';
import { errorCode, errorMessage } from '../../ui/QueryState';

/**
 * What to tell the user when a mutation fails: a message of ours for the codes we can explain,
 * else the API's own words (it names the field and what is wrong).
 */
export function mutationError(error: CombinedError, t: (key: MessageKey) => string): string {
  switch (errorCode(error)) {
    case 'UNAUTHENTICATED':
      return t('consultation.error.signIn');
    case 'FORBIDDEN':
      return t('consultation.error.forbidden');
    case 'RATE_LIMITED':
      return t('consultation.error.rateLimited');
    case undefined:
      return error.graphQLErrors.length > 0 ? errorMessage(error) : t('consultation.error.network');
    default:
      return errorMessage(error);
  }
}
