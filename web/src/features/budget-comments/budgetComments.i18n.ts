import { defineNamespace } from '../../i18n/namespace';
import en from './locales/en.json';
import pl from './locales/pl.json';

/** Comments on a budget project, under the project's page. */
export const budgetCommentsTexts = defineNamespace('budgetComments', pl, en);
export const useBudgetCommentsT = budgetCommentsTexts.useT;
