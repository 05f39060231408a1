import type { KeyOf, Translate } from '../../i18n/namespace';
import type { auditTexts } from './audit.i18n';
import { auditActions } from './auditActions';
import { auditTargetTypes } from './auditTargets';

type T = Translate<KeyOf<typeof auditTexts>>;

const known = <const List extends readonly string[]>(
  list: List,
  value: string,
): value is List[number] => list.includes(value);

/** An action in words; one recorded since this client was built shows its code. */
export function actionLabel(t: T, action: string): string {
  return known(auditActions, action) ? t(`action.${action}`) : action;
}

/** An object type in words, or as recorded when it is new. */
export function typeLabel(t: T, targetType: string): string {
  return known(auditTargetTypes, targetType) ? t(`type.${targetType}`) : targetType;
}
