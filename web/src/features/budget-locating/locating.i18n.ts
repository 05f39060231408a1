import { defineNamespace } from '../../i18n/namespace';
import en from './locales/en.json';
import pl from './locales/pl.json';

/** Locating an edition's projects on the map, and the pairs that may exclude each other. */
export const locatingTexts = defineNamespace('budgetLocating', pl, en);
export const useLocatingT = locatingTexts.useT;
