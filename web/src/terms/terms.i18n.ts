import { defineNamespace, type KeyOf } from '../i18n/namespace';
import en from './locales/en.json';
import pl from './locales/pl.json';

/**
 * The domain's vocabulary (stances, decisions, statuses, meeting kinds, property rights), one
 * word for each in each language, read by every screen and by the API's printable report.
 * Terms are written as they read inside a sentence; `upperFirst` starts a label with one.
 */
export const termTexts = defineNamespace('terms', pl, en);
export const useTerms = termTexts.useT;

/** "Poparcie" for "poparcie": a term at the start of a label or a line. */
export const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export type TermKey = KeyOf<typeof termTexts>;
