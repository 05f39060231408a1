import { type AuthChecker, getMetadataStorage, type MiddlewareFn } from 'type-graphql';
import type { Context } from '../../context.js';
import { forbidden, unauthenticated } from '../../errors/domain-error.js';
import type { AccessTokenScope } from '../../generated/prisma/enums.js';
import { isAdmin, scopesOf, type Viewer } from './viewer.js';

/**
 * What `@Authorized(...)` may ask for. No rule: any signed-in user. Admins pass every rule;
 * unit scope ("planner of the unit that owns this") is checked by the services. A request
 * signed in with an access token also needs its scopes: WRITE for a mutation, ADMIN to act
 * as an admin (`isAdmin`).
 */
export type AccessRule = 'MODERATOR' | 'PLANNER' | 'ADMIN' | 'VERIFIED';

const passes = (viewer: Viewer, rule: AccessRule) => {
  switch (rule) {
    case 'ADMIN':
      return false;
    case 'MODERATOR':
      return viewer.roles.has('MODERATOR');
    case 'PLANNER':
      return viewer.plannerUnitIds.size > 0;
    case 'VERIFIED':
      return viewer.verified;
  }
};

/** Signs the viewer in for the rules of an `@Authorized` field, or says why not. */
export function requireViewer(context: Pick<Context, 'viewer' | 'credentialProblem'>): Viewer {
  if (context.viewer) return context.viewer;
  throw context.credentialProblem ?? unauthenticated();
}

/** Refuses a request whose access token lacks `scope`; a session has every scope of its user. */
export function requireScope(viewer: Viewer, scope: AccessTokenScope, field = 'authorization') {
  if (scopesOf(viewer).has(scope)) return;
  throw forbidden(
    `This access token lacks the ${scope} scope.`,
    field,
    'ACCESS_TOKEN_SCOPE_MISSING',
    { scope },
  );
}

/** Mutations need the WRITE scope; admins pass every rule with the ADMIN scope. */
export const authChecker: AuthChecker<Context, AccessRule> = ({ context, info }, rules) => {
  const viewer = requireViewer(context);
  if (info.parentType.name === 'Mutation') requireScope(viewer, 'WRITE');
  if (rules.length === 0 || isAdmin(viewer) || rules.some((rule) => passes(viewer, rule)))
    return true;
  // An admin whose token lacks the scope would pass with it: that is what to say.
  if (viewer.roles.has('ADMIN')) requireScope(viewer, 'ADMIN');
  throw forbidden(`This needs the role ${rules.join(' or ')}.`, undefined, 'ROLE_REQUIRED', {
    roles: rules.join(','),
  });
};

const publicMutations = new Set<string>();

/** Marks a mutation anyone may call, signed in or not. The method name is the field name. */
export function Public(): MethodDecorator {
  return (_target, key) => {
    publicMutations.add(String(key));
  };
}

/** Mutations are denied unless they declare who may call them: `@Authorized` or `@Public`. */
export const denyUndeclaredMutations: MiddlewareFn<Context> = ({ info }, next) => {
  if (info.parentType.name === 'Mutation' && !declaresAccess(info.fieldName)) {
    throw forbidden(
      `The mutation ${info.fieldName} declares no access rule, so nobody may call it.`,
      undefined,
      'MUTATION_WITHOUT_RULE',
    );
  }
  return next();
};

function declaresAccess(fieldName: string) {
  return (
    publicMutations.has(fieldName) ||
    getMetadataStorage().authorizedFields.some((field) => field.fieldName === fieldName)
  );
}
