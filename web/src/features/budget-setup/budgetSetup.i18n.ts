import { defineNamespace } from '../../i18n/namespace';
import en from './locales/en.json';
import pl from './locales/pl.json';

/** The staff budget set-up: editions, their rules, phases and pools, and Pabulib imports. */
export const budgetSetupTexts = defineNamespace('budgetSetup', pl, en);
export const useBudgetSetupT = budgetSetupTexts.useT;
