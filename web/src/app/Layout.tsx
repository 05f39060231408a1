import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { useSession } from '../session/useSession';

/**
 * Moves focus to the new page's main heading after navigation, so a screen reader announces
 * it and keyboard users start from the top of the content (not on the first page load).
 */
function useFocusOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each change of page
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const target =
      document.querySelector<HTMLElement>('#main h1') ?? document.getElementById('main');
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  }, [pathname]);
}

function AccountLinks() {
  const t = useT();
  const { user, loading, signOut } = useSession();
  if (loading) return null;
  if (!user) {
    return (
      <>
        <li>
          <NavLink to="/sign-in">{t('nav.signIn')}</NavLink>
        </li>
        <li>
          <NavLink to="/sign-up">{t('nav.signUp')}</NavLink>
        </li>
      </>
    );
  }
  return (
    <>
      <li>
        <NavLink to="/account">{t('nav.account')}</NavLink>
      </li>
      <li>
        <button type="button" className="link-button" onClick={signOut}>
          {t('nav.signOut')}
        </button>
      </li>
    </>
  );
}

/** Every page's frame: skip link, header with the main menu and language, then the page. */
export function Layout() {
  const t = useT();
  useFocusOnNavigate();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-title">
          <Link to="/">{t('app.title')}</Link>
        </p>
        <p className="app-tagline">{t('app.tagline')}</p>
        <nav className="app-nav" aria-label={t('nav.label')}>
          <ul>
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/budget">{t('nav.budget')}</NavLink>
            </li>
            <AccountLinks />
          </ul>
        </nav>
        <LanguageSwitch />
      </header>
      <main id="main" className="app-main">
        <Outlet />
      </main>
    </div>
  );
}

export function NotFoundPage() {
  const t = useT();
  return (
    <div className="page">
      <h1>{t('page.notFound')}</h1>
      <Link to="/">{t('page.backHome')}</Link>
    </div>
  );
}
