import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../context.js';
import { DomainError } from '../errors/domain-error.js';
import { limitedQueries } from '../modules/identity/rate-limit.policy.js';

/** Expensive queries one address may have running at once (grids, proximity searches). */
const expensiveAtOnce = 2;
const expensiveInFlight = new Map<string, number>();

/**
 * Every mutation, and the expensive public queries, count against their action's counters for
 * the signed-in account and for the client's address (behind TRUST_PROXY, the real client's),
 * before the resolver runs; an address also runs at most two expensive queries at a time.
 * Fields deeper in the operation are not counted again.
 */
export const rateLimitGuard: MiddlewareFn<Context> = async ({ info, context }, next) => {
  const root = info.parentType.name;
  const expensive = root === 'Query' && limitedQueries.has(info.fieldName);
  if (root !== 'Mutation' && !expensive) return next();
  await context.services.rateLimits.consume(info.fieldName, {
    account: context.viewer?.userId,
    address: context.ip,
  });
  return expensive ? oneOfFew(context.ip, next) : next();
};

async function oneOfFew<T>(address: string, run: () => Promise<T>): Promise<T> {
  const now = expensiveInFlight.get(address) ?? 0;
  if (now >= expensiveAtOnce) {
    throw new DomainError(
      'REQUESTS_TOO_MANY_AT_ONCE',
      `At most ${expensiveAtOnce} such queries at once from one address; wait for the earlier ones.`,
      { params: { max: expensiveAtOnce } },
    );
  }
  expensiveInFlight.set(address, now + 1);
  try {
    return await run();
  } finally {
    const left = (expensiveInFlight.get(address) ?? 1) - 1;
    if (left > 0) expensiveInFlight.set(address, left);
    else expensiveInFlight.delete(address);
  }
}
