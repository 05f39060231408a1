import { useI18n } from './I18nProvider';
import { i18n, type Lang } from './i18n';

/** Values for a message's ICU arguments, e.g. `{ count: 5 }` for `{count, plural, …}`. */
export type Params = Record<string, string | number | Date>;

/** `t` of one namespace: the message for `key` in one language, its arguments filled. */
export type Translate<Key extends string> = (key: Key, params?: Params) => string;

export type Namespace<Key extends string> = {
  name: string;
  /** `t` in the language chosen in `I18nProvider`. */
  useT: () => Translate<Key>;
  /** `t` in a given language, outside React. */
  fixedT: (lang: Lang) => Translate<Key>;
};

/**
 * Registers a feature's catalogs (its `locales/pl.json` and `locales/en.json`, the files
 * translators edit) as the namespace `name`, when the feature's module loads. English must
 * have every Polish key or this fails the typecheck; a test also compares them both ways.
 */
export function defineNamespace<const Polish extends Record<string, string>>(
  name: string,
  pl: Polish,
  en: Record<keyof Polish, string>,
): Namespace<Extract<keyof Polish, string>> {
  i18n.addResourceBundle('pl', name, pl);
  i18n.addResourceBundle('en', name, en);
  // i18next's own key types are not declared (each namespace types its keys here instead).
  const fixedT = (lang: Lang) =>
    i18n.getFixedT(lang, name) as unknown as Translate<Extract<keyof Polish, string>>;
  const byLang = { pl: fixedT('pl'), en: fixedT('en') };
  return {
    name,
    fixedT: (lang) => byLang[lang],
    useT: () => byLang[useI18n().lang],
  };
}

/** The keys of a namespace, e.g. for a prop that names a message. */
export type KeyOf<N> = N extends Namespace<infer Key> ? Key : never;
