import { defineNamespace } from '../../i18n/namespace';
import en from './locales/en.json';
import pl from './locales/pl.json';

/** The organising units screen: the city's bureaus and district offices, and adding one. */
export const unitsTexts = defineNamespace('units', pl, en);
export const useUnitsT = unitsTexts.useT;
