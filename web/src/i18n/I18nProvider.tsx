import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { type Lang, parseLang } from './i18n';

const storageKey = 'plac.lang';

type I18n = { lang: Lang; setLang: (lang: Lang) => void };

const I18nContext = createContext<I18n | null>(null);

function readStoredLang(): Lang {
  try {
    return parseLang(localStorage.getItem(storageKey));
  } catch {
    // Storage can be blocked (privacy settings); the default language still works.
    return parseLang(null);
  }
}

/** The chosen language, remembered across visits; each namespace's `useT` reads it. */
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

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return <I18nContext.Provider value={{ lang, setLang }}>{children}</I18nContext.Provider>;
}

/** The current language and its setter; needs an `I18nProvider` above. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an <I18nProvider> above it');
  return i18n;
}
