import { badInput, forbidden } from '../../errors/domain-error.js';
import type { AccessTokenScope } from '../../generated/prisma/enums.js';
import { requireScope } from './access.js';
import type { Viewer } from './viewer.js';

/** The furthest ahead a token may expire. */
export const longestTokenLifeMs = 365 * 24 * 60 * 60 * 1000;

const scopeOrder: readonly AccessTokenScope[] = ['READ', 'WRITE', 'ADMIN'];

/**
 * The scopes to store: at least one asked for, READ always among them, none beyond what the
 * creating request has, so that a token never makes a stronger one.
 */
export function checkScopes(creator: Viewer, asked: readonly AccessTokenScope[]) {
  if (asked.length === 0)
    throw badInput('scopes', 'must name at least one scope', 'INPUT_REQUIRED');
  for (const scope of asked) {
    if (scope === 'ADMIN' && !creator.roles.has('ADMIN')) {
      throw forbidden(
        'Only an admin may give a token the ADMIN scope.',
        'scopes',
        'ROLE_REQUIRED',
        {
          roles: 'ADMIN',
        },
      );
    }
    requireScope(creator, scope, 'scopes');
  }
  return scopeOrder.filter((scope) => scope === 'READ' || asked.includes(scope));
}

/**
 * The expiry to store: none, or a moment in the future at most a year ahead; a token made by a
 * token expires no later than it, so that an expiring token cannot outlive itself.
 */
export function checkExpiry(creator: Viewer, expiresAt: Date | null, now = new Date()) {
  const yearAhead = new Date(now.getTime() + longestTokenLifeMs);
  const creatorExpiry = creator.token?.expiresAt ?? null;
  const latest = creatorExpiry && creatorExpiry < yearAhead ? creatorExpiry : yearAhead;
  const fits = expiresAt === null ? creatorExpiry === null : expiresAt > now && expiresAt <= latest;
  if (fits) return expiresAt;
  throw badInput(
    'expiresAt',
    `must be after now and no later than ${latest.toISOString()}`,
    'ACCESS_TOKEN_EXPIRY_OUT_OF_RANGE',
    { latest: latest.toISOString() },
  );
}
