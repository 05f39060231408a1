import { defineNamespace } from '../../i18n/namespace';
import en from './locales/en.json';
import pl from './locales/pl.json';

/** Signing up and in, and the account page. */
export const accountTexts = defineNamespace('account', pl, en);
export const useAccountT = accountTexts.useT;
