import { defineNamespace } from '../../i18n/namespace';
import en from './locales/en.json';
import pl from './locales/pl.json';

/** The planner's view: feedback by area, answers, moderation and the report. */
export const plannerTexts = defineNamespace('planner', pl, en);
export const usePlannerT = plannerTexts.useT;
