import { defineNamespace } from '../../i18n/namespace';
import en from './locales/en.json';
import pl from './locales/pl.json';

/** The participatory budget: editions, projects, the vote and the results. */
export const budgetTexts = defineNamespace('budget', pl, en);
export const useBudgetT = budgetTexts.useT;
