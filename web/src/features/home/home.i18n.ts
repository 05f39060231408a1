import { defineNamespace } from '../../i18n/namespace';
import en from './locales/en.json';
import pl from './locales/pl.json';

/** The home map of consultations and budget projects. */
export const homeTexts = defineNamespace('home', pl, en);
export const useHomeT = homeTexts.useT;
