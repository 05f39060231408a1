import { defineNamespace } from '../../i18n/namespace';
import en from './locales/en.json';
import pl from './locales/pl.json';

/** A resident's own budget projects: their status, evaluations and appeal. */
export const myProjectsTexts = defineNamespace('budgetMyProjects', pl, en);
export const useMyProjectsT = myProjectsTexts.useT;
