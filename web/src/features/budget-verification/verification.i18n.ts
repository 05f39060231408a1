import { defineNamespace, type KeyOf } from '../../i18n/namespace';
import en from './locales/en.json';
import pl from './locales/pl.json';

/** The office's verification queue and appeals screens. */
export const verificationTexts = defineNamespace('budgetVerification', pl, en);
export const useVerificationT = verificationTexts.useT;

export type VerificationKey = KeyOf<typeof verificationTexts>;

/** The words for a checklist item's code, e.g. CITY_LAND. */
export const itemKey = (item: string) => `item.${item}` as VerificationKey;
