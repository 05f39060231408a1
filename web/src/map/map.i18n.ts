import { defineNamespace } from '../i18n/namespace';
import en from './locales/en.json';
import pl from './locales/pl.json';

/** The map's own controls and legend. */
export const mapTexts = defineNamespace('map', pl, en);
export const useMapT = mapTexts.useT;
