import { defineNamespace } from '../../i18n/namespace';
import en from './locales/en.json';
import pl from './locales/pl.json';

/** The people screen: finding accounts, verifying residents, granting roles. */
export const peopleTexts = defineNamespace('people', pl, en);
export const usePeopleT = peopleTexts.useT;
