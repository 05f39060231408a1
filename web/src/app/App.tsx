import { DistrictsPage } from '../features/districts/DistrictsPage';
import { useT } from '../i18n/I18nProvider';
import { LanguageSwitch } from '../i18n/LanguageSwitch';

export function App() {
  const t = useT();
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">{t('app.title')}</h1>
        <p className="app-tagline">{t('app.tagline')}</p>
        <LanguageSwitch />
      </header>
      <main className="app-main">
        <DistrictsPage />
      </main>
    </div>
  );
}
