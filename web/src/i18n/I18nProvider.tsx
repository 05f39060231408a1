import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import type { MessageKey } from './catalog';
import { catalogs, type Lang, type Params, parseLang, translate } from './translate';

const storageKey = 'plac.lang';

type I18n = {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, params?: Params) => string;
};

const I18nContext = createContext<I18n | null>(null);

function readStoredLang(): Lang {
  try {
    return parseLang(localStorage.getItem(storageKey));
  } catch {
    // Storage can be blocked (privacy settings); the default language still works.
    return parseLang(null);
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(readStoredLang);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Not remembered across visits, but switched for this one.
    }
  }, []);

  const t = useCallback(
    (key: MessageKey, params?: Params) => translate(catalogs, lang, key, params),
    [lang],
  );

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translate(catalogs, lang, 'app.title');
  }, [lang]);

  return <I18nContext.Provider value={{ lang, setLang, t }}>{children}</I18nContext.Provider>;
}

/** The current language, its setter and `t()`; needs an `I18nProvider` above. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an <I18nProvider> above it');
  return i18n;
}

/** Shorthand for `useI18n().t`. */
export function useT() {
  return useI18n().t;
}
