import { defineNamespace } from '../../i18n/namespace';
import en from './locales/en.json';
import pl from './locales/pl.json';

/** A consultation's screen: its plan, remarks and the form to add one. */
export const consultationTexts = defineNamespace('consultation', pl, en);
export const useConsultationT = consultationTexts.useT;
