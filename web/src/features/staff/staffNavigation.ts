import type { StaffKey } from './staff.i18n';
import type { StaffAccess } from './staffAccess';

export type StaffNavEntry = {
  /** The address, under /staff; a page below it (e.g. /staff/consultations/new) is its part. */
  to: string;
  /** The entry's label in the staff catalogs (locales/{pl,en}.json, `nav.*`). */
  label: StaffKey;
  /** Who sees the entry and may open its pages; ADMIN sees every entry. */
  roles: readonly StaffAccess[];
};

/**
 * The staff workspace's menu, in order. A new staff screen adds its one entry here and its
 * route in staffRoutes.tsx; the shell hides the entry from, and refuses its pages to, anyone
 * without one of its roles.
 */
export const staffNavigation: readonly StaffNavEntry[] = [
  { to: '/staff', label: 'nav.home', roles: ['PLANNER', 'MODERATOR'] },
  { to: '/staff/consultations', label: 'nav.consultations', roles: ['PLANNER'] },
  { to: '/staff/plans/import', label: 'nav.planImport', roles: ['PLANNER'] },
  { to: '/staff/budget', label: 'nav.budget', roles: ['PLANNER'] },
  { to: '/staff/moderation', label: 'nav.moderation', roles: ['MODERATOR'] },
  { to: '/staff/people', label: 'nav.people', roles: ['DISTRICT_PLANNER'] },
  { to: '/staff/units', label: 'nav.units', roles: ['ADMIN'] },
  { to: '/staff/audit', label: 'nav.audit', roles: ['ADMIN'] },
];

/** The entry whose pages hold this address: the longest `to` that is a prefix of it. */
export function entryFor(pathname: string): StaffNavEntry | undefined {
  const path = pathname.replace(/\/+$/, '') || '/';
  return staffNavigation
    .filter((entry) => path === entry.to || path.startsWith(`${entry.to}/`))
    .sort((a, b) => b.to.length - a.to.length)[0];
}
