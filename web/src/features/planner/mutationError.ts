import type { CombinedError } from 'urql';
import type { KeyOf, Translate } from '../../i18n/namespace';
import { errorCode, errorMessage } from '../../ui/QueryState';
import type { plannerTexts } from './planner.i18n';

/** Our words for the codes we can explain, else the API's own (it names what is wrong). */
export function mutationError(
  error: CombinedError,
  t: Translate<KeyOf<typeof plannerTexts>>,
): string {
  switch (errorCode(error)) {
    case 'UNAUTHENTICATED':
      return t('error.signIn');
    case 'FORBIDDEN':
      return t('error.forbidden');
    case undefined:
      return error.graphQLErrors.length > 0 ? errorMessage(error) : t('error.network');
    default:
      return errorMessage(error);
  }
}
