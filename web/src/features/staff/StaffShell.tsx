import type { ReactNode } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { QueryState } from '../../ui/QueryState';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useStaffT } from './staff.i18n';
import { mayOpen, type StaffAccess } from './staffAccess';
import { entryFor, staffNavigation } from './staffNavigation';
import { useStaffViewer } from './useStaffViewer';
import './staff.css';

function ShellLoading({ children }: { children: ReactNode }) {
  const t = useStaffT();
  useDocumentTitle(t('loadingTitle'));
  return (
    <div className="page">
      <h1>{t('loadingTitle')}</h1>
      {children}
    </div>
  );
}

function StaffRefusal({ signedIn }: { signedIn: boolean }) {
  const t = useStaffT();
  useDocumentTitle(t('refused.title'));
  return (
    <div className="page">
      <h1>{t('refused.title')}</h1>
      <p role="alert">{signedIn ? t('refused.notStaff') : t('refused.signedOut')}</p>
      {!signedIn && (
        <p>
          <Link to="/sign-in">{t('refused.signIn')}</Link>
        </p>
      )}
      <p>
        <Link to="/">{t('refused.home')}</Link>
      </p>
    </div>
  );
}

function PageRefusal() {
  const t = useStaffT();
  useDocumentTitle(t('refused.pageTitle'));
  return (
    <div className="staff-content">
      <h1>{t('refused.pageTitle')}</h1>
      <p role="alert">{t('refused.page')}</p>
      <p>
        <Link to="/staff">{t('refused.staffHome')}</Link>
      </p>
    </div>
  );
}

function StaffNav({ access }: { access: ReadonlySet<StaffAccess> }) {
  const t = useStaffT();
  return (
    <nav className="staff-nav" aria-label={t('nav.label')}>
      <ul>
        {staffNavigation
          .filter((entry) => mayOpen(access, entry.roles))
          .map((entry) => (
            <li key={entry.to}>
              <NavLink to={entry.to} end={entry.to === '/staff'}>
                {t(entry.label)}
              </NavLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}

/**
 * /staff/* — the workspace's frame: its menu by role, then the page. Nobody without a staff
 * role gets past it, so no page below asks for staff data on their behalf.
 */
export function StaffShell() {
  const { viewer, access, loading, error, retry } = useStaffViewer();
  const { pathname } = useLocation();
  if (loading || error) {
    return (
      <ShellLoading>
        <QueryState fetching={loading} error={error} onRetry={retry}>
          {null}
        </QueryState>
      </ShellLoading>
    );
  }
  if (!viewer || access.size === 0) return <StaffRefusal signedIn={viewer !== null} />;
  const entry = entryFor(pathname);
  const allowed = entry ? mayOpen(access, entry.roles) : true;
  return (
    <div className="staff-layout">
      <StaffNav access={access} />
      {allowed ? <Outlet /> : <PageRefusal />}
    </div>
  );
}
