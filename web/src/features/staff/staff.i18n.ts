import { defineNamespace, type KeyOf } from '../../i18n/namespace';
import en from './locales/en.json';
import pl from './locales/pl.json';

/** The staff workspace: its shell, home and consultation management. */
export const staffTexts = defineNamespace('staff', pl, en);
export const useStaffT = staffTexts.useT;
export type StaffKey = KeyOf<typeof staffTexts>;
