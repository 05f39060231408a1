import type { CombinedError } from 'urql';
import { refusalOf } from '../../errors/apiError';

/**
 * Which form field an API refusal concerns: its `field` without the `input.` prefix (e.g.
 * `input.checkedOn` → `checkedOn`), or null when it concerns the whole form.
 */
export function refusedField(error: CombinedError, fields: readonly string[]): string | null {
  const field = refusalOf(error)?.field?.replace(/^input\./, '');
  return field && fields.includes(field) ? field : null;
}
