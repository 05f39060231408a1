import { defineNamespace } from '../../i18n/namespace';
import en from './locales/en.json';
import pl from './locales/pl.json';

/** The moderators' screen: the queue of reported remarks and the hidden ones. */
export const moderationTexts = defineNamespace('moderation', pl, en);
export const useModerationT = moderationTexts.useT;
