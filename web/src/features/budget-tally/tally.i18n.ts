import { defineNamespace } from '../../i18n/namespace';
import en from './locales/en.json';
import pl from './locales/pl.json';

/** Paper ballots, the tally and publishing the results: the office's screens. */
export const tallyTexts = defineNamespace('budgetTally', pl, en);
export const useTallyT = tallyTexts.useT;
