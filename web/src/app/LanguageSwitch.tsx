import { useI18n } from '../i18n/I18nProvider';
import type { Lang } from '../i18n/i18n';
import { useAppT } from './app.i18n';

const other: Record<Lang, Lang> = { pl: 'en', en: 'pl' };

/** Switches between Polish and English; the choice is remembered by `I18nProvider`. */
export function LanguageSwitch() {
  const { lang, setLang } = useI18n();
  const t = useAppT();
  const next = other[lang];
  return (
    <button type="button" className="lang-switch" lang={next} onClick={() => setLang(next)}>
      {t('lang.switch')}
    </button>
  );
}
