import type { AccessTokenScope, Role } from '../../generated/prisma/enums.js';

/** The access token that signed a request in: what it may do, and until when. */
export type TokenGrant = { scopes: ReadonlySet<AccessTokenScope>; expiresAt: Date | null };

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
  /** The access token that signed this request in; absent for a session, which may do all. */
  token?: TokenGrant;
};

type UserWithRoles = {
  id: string;
  verifiedAt: Date | null;
  birthYear: number | null;
  roles: { role: Role; unitId: string | null }[];
};

export function toViewer(
  user: UserWithRoles,
  sessionId: string | null,
  token?: TokenGrant,
): Viewer {
  return {
    userId: user.id,
    roles: new Set(user.roles.map((grant) => grant.role)),
    plannerUnitIds: new Set(
      user.roles.filter((g) => g.role === 'PLANNER' && g.unitId).map((g) => g.unitId as string),
    ),
    verified: user.verifiedAt !== null,
    birthYear: user.birthYear,
    sessionId,
    ...(token && { token }),
  };
}

/** What the request may do: its token's scopes, or for a session every scope its user has. */
export function scopesOf(viewer: Viewer): ReadonlySet<AccessTokenScope> {
  if (viewer.token) return viewer.token.scopes;
  return new Set<AccessTokenScope>(
    viewer.roles.has('ADMIN') ? ['READ', 'WRITE', 'ADMIN'] : ['READ', 'WRITE'],
  );
}

/** An admin acting as one: through an access token, only one with the ADMIN scope. */
export const isAdmin = (viewer: Viewer | null): boolean =>
  (viewer?.roles.has('ADMIN') && scopesOf(viewer).has('ADMIN')) ?? false;

/** Admins, and planners of the unit: who runs the unit's consultations and budget pools. */
export const managesUnit = (viewer: Viewer | null, unitId: string) =>
  isAdmin(viewer) || (viewer?.plannerUnitIds.has(unitId) ?? false);
