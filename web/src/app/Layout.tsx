import { Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useStaffT } from '../features/staff/staff.i18n';
import { useSession } from '../session/useSession';
import { useUiT } from '../ui/ui.i18n';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useAppT } from './app.i18n';
import { LanguageSwitch } from './LanguageSwitch';

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
  const t = useAppT();
  const staffT = useStaffT();
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
      {user.roles.length > 0 && (
        <li>
          <NavLink to="/staff">{staffT('nav.entry')}</NavLink>
        </li>
      )}
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
  const t = useAppT();
  useFocusOnNavigate();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-title">
          <Link to="/">{t('title')}</Link>
        </p>
        <p className="app-tagline">{t('tagline')}</p>
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
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

/** While a page's code is fetched (the staff's screens come in a chunk of their own). */
function PageLoading() {
  const t = useUiT();
  return <p role="status">{t('state.loading')}</p>;
}

export function NotFoundPage() {
  const t = useUiT();
  useDocumentTitle(t('page.notFoundTitle'));
  return (
    <div className="page">
      <h1>{t('page.notFound')}</h1>
      <Link to="/">{t('page.backHome')}</Link>
    </div>
  );
}
