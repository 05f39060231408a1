import { en, type MessageKey, pl } from './catalog';

export const languages = ['pl', 'en'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'pl';

export type Catalogs = Record<Lang, Partial<Record<MessageKey, string>>>;
export type Params = Record<string, string | number>;

export const catalogs: Catalogs = { pl, en };

/**
 * The message for `key` in `lang`, falling back to the default language and then to the key
 * itself, so that a gap in a catalog shows up as text rather than as an empty element.
 * `{name}` placeholders are replaced from `params`; unknown placeholders are left as written.
 */
export function translate(all: Catalogs, lang: Lang, key: MessageKey, params: Params = {}): string {
  const message = all[lang][key] ?? all[defaultLang][key] ?? key;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A stored language code if it is one we have, else the default. */
export function parseLang(value: string | null | undefined): Lang {
  return languages.find((lang) => lang === value) ?? defaultLang;
}
