import { defineNamespace } from '../i18n/namespace';
import en from './locales/en.json';
import pl from './locales/pl.json';

/** Texts of the shared UI pieces: loading, error and empty states, the map/list toggle. */
export const uiTexts = defineNamespace('ui', pl, en);
export const useUiT = uiTexts.useT;
