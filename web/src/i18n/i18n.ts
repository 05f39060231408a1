import i18next from 'i18next';
import ICU from 'i18next-icu';

export const languages = ['pl', 'en'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'pl';

/**
 * The one i18next instance. Messages are ICU MessageFormat (plurals such as
 * `{count, plural, one {# uwaga} few {# uwagi} many {# uwag} other {# uwagi}}`); each feature
 * adds its namespace with `defineNamespace`. Keys are flat (`vote.heading`), so neither `.` nor
 * `:` in a key means nesting. A gap in English falls back to Polish.
 */
export const i18n = i18next.createInstance();

i18n.use(ICU).init({
  lng: defaultLang,
  fallbackLng: defaultLang,
  supportedLngs: languages,
  ns: [],
  resources: {},
  keySeparator: false,
  nsSeparator: false,
  initAsync: false,
});

/** A stored language code if it is one we have, else the default. */
export function parseLang(value: string | null | undefined): Lang {
  return languages.find((lang) => lang === value) ?? defaultLang;
}
