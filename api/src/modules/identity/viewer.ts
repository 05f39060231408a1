import type { Role } from '../../generated/prisma/enums.js';

/** Who is asking: a signed-in user with their roles, as loaded once per request. */
export type Viewer = {
  userId: string;
  roles: ReadonlySet<Role>;
  /** Units whose consultations and projects this user manages as a planner. */
  plannerUnitIds: ReadonlySet<string>;
  verified: boolean;
  birthYear: number | null;
  /** The session that signed this request in; null for an access token. */
  sessionId: string | null;
};

type UserWithRoles = {
  id: string;
  verifiedAt: Date | null;
  birthYear: number | null;
  roles: { role: Role; unitId: string | null }[];
};

export function toViewer(user: UserWithRoles, sessionId: string | null): Viewer {
  return {
    userId: user.id,
    roles: new Set(user.roles.map((grant) => grant.role)),
    plannerUnitIds: new Set(
      user.roles.filter((g) => g.role === 'PLANNER' && g.unitId).map((g) => g.unitId as string),
    ),
    verified: user.verifiedAt !== null,
    birthYear: user.birthYear,
    sessionId,
  };
}

export const isAdmin = (viewer: Viewer | null) => viewer?.roles.has('ADMIN') ?? false;

/** Admins, and planners of the unit: who runs the unit's consultations and budget pools. */
export const managesUnit = (viewer: Viewer | null, unitId: string) =>
  isAdmin(viewer) || (viewer?.plannerUnitIds.has(unitId) ?? false);
