import { defineNamespace } from '../i18n/namespace';
import en from './locales/en.json';
import pl from './locales/pl.json';

/** The frame of every page: title, menu, language switch. */
export const appTexts = defineNamespace('app', pl, en);
export const useAppT = appTexts.useT;
