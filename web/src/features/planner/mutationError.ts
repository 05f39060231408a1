import type { CombinedError } from 'urql';
import type { MessageKey } from '../../i18n/catalog';
import { errorCode, errorMessage } from '../../ui/QueryState';

/** Our words for the codes we can explain, else the API's own (it names what is wrong). */
export function mutationError(error: CombinedError, t: (key: MessageKey) => string): string {
  switch (errorCode(error)) {
    case 'UNAUTHENTICATED':
      return t('planner.error.signIn');
    case 'FORBIDDEN':
      return t('planner.error.forbidden');
    case undefined:
      return error.graphQLErrors.length > 0 ? errorMessage(error) : t('planner.error.network');
    default:
      return errorMessage(error);
  }
}
