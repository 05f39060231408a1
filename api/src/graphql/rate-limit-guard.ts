import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../context.js';
import { limitedQueries } from '../modules/identity/rate-limit.policy.js';

/**
 * Every mutation, and the expensive public queries, count against their action's counters for
 * the signed-in account and for the client's address (behind TRUST_PROXY, the real client's),
 * before the resolver runs. Fields deeper in the operation are not counted again.
 */
export const rateLimitGuard: MiddlewareFn<Context> = async ({ info, context }, next) => {
  const root = info.parentType.name;
  const counted = root === 'Mutation' || (root === 'Query' && limitedQueries.has(info.fieldName));
  if (counted) {
    await context.services.rateLimits.consume(info.fieldName, {
      account: context.viewer?.userId,
      address: context.ip,
    });
  }
  return next();
};
