import { appMessages } from '../app/app.messages';
import { districtMessages } from '../features/districts/districts.messages';
import { mapMessages } from '../map/map.messages';

/** Every feature's messages; keys are prefixed by feature, so none collide. */
export const messageParts = [appMessages, mapMessages, districtMessages] as const;

/** Polish, the default catalog. */
export const pl = { ...appMessages.pl, ...mapMessages.pl, ...districtMessages.pl };

export type MessageKey = keyof typeof pl;
export type Catalog = Record<MessageKey, string>;

export const en: Catalog = { ...appMessages.en, ...mapMessages.en, ...districtMessages.en };
