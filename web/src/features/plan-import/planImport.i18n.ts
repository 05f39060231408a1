import { defineNamespace } from '../../i18n/namespace';
import en from './locales/en.json';
import pl from './locales/pl.json';

/** Importing a plan's zones from GeoJSON: the file, its preview and the new version. */
export const planImportTexts = defineNamespace('planImport', pl, en);
export const usePlanImportT = planImportTexts.useT;
