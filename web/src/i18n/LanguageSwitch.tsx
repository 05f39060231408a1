import { useI18n } from './I18nProvider';
import type { Lang } from './translate';

const other: Record<Lang, Lang> = { pl: 'en', en: 'pl' };

/** Switches between Polish and English; the choice is remembered by `I18nProvider`. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const next = other[lang];
  return (
    <button type="button" className="lang-switch" lang={next} onClick={() => setLang(next)}>
      {t('lang.switch')}
    </button>
  );
}
