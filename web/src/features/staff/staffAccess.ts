/**
 * What a staff member may open in the workspace, worked out from their role grants. A district
 * office's planner also verifies residents, so "district planner" is a kind of access of its own.
 */
export type StaffAccess = 'PLANNER' | 'DISTRICT_PLANNER' | 'MODERATOR' | 'ADMIN';

export type StaffGrant = {
  role: 'ADMIN' | 'MODERATOR' | 'PLANNER';
  unit?: { id: string; kind: 'CITY_BUREAU' | 'DISTRICT_OFFICE' } | null;
};

/** The kinds of staff access a user's grants give; empty for a resident or a visitor. */
export function staffAccessOf(grants: readonly StaffGrant[] | null | undefined): Set<StaffAccess> {
  const access = new Set<StaffAccess>();
  for (const grant of grants ?? []) {
    access.add(grant.role);
    if (grant.role === 'PLANNER' && grant.unit?.kind === 'DISTRICT_OFFICE') {
      access.add('DISTRICT_PLANNER');
    }
  }
  return access;
}

/** ADMIN opens everything; anyone else needs one of the roles listed. */
export function mayOpen(access: ReadonlySet<StaffAccess>, roles: readonly StaffAccess[]): boolean {
  return access.has('ADMIN') || roles.some((role) => access.has(role));
}

/** The ids of the units a user plans for. */
export function plannedUnitIds(grants: readonly StaffGrant[] | null | undefined): string[] {
  return (grants ?? []).flatMap((grant) =>
    grant.role === 'PLANNER' && grant.unit ? [grant.unit.id] : [],
  );
}
