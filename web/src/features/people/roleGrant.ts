export const grantableRoles = ['ADMIN', 'MODERATOR', 'PLANNER'] as const;
export type GrantableRole = (typeof grantableRoles)[number];

export type RoleDraft = { role: GrantableRole | ''; unitId: string };
export type RoleInput = { userId: string; role: GrantableRole; unitId: string | null };

type Held = { role: string; unit?: { id: string } | null };

/** What is missing before a role can be granted: a role, and a unit for a PLANNER. */
export function roleProblem(draft: RoleDraft): 'role' | 'unitId' | null {
  if (!draft.role) return 'role';
  if (draft.role === 'PLANNER' && !draft.unitId) return 'unitId';
  return null;
}

/** The grant as sent: only a PLANNER role names a unit. */
export function roleInput(userId: string, draft: RoleDraft): RoleInput {
  const role = draft.role as GrantableRole;
  return { userId, role, unitId: role === 'PLANNER' ? draft.unitId : null };
}

/** Whether the person holds this grant already (the same role, and for a planner the unit). */
export function holdsGrant(held: readonly Held[], draft: RoleDraft): boolean {
  return held.some(
    (grant) =>
      grant.role === draft.role && (draft.role !== 'PLANNER' || grant.unit?.id === draft.unitId),
  );
}
