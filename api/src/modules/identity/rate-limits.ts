import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from '../../errors/domain-error.js';
import {
  type ActionPolicy,
  type Allowance,
  actionPolicies,
  type CounterKey,
  defaultMutationPolicy,
} from './rate-limit.policy.js';

type Limiter = RateLimiterMemory | RateLimiterRedis;

export type CounterKeys = Partial<Record<CounterKey, string>>;

/**
 * Attempt counters per action (rate-limit.policy.ts), in memory, or in Redis when given a URL
 * so that several processes share them.
 */
export class RateLimits {
  private readonly limiters = new Map<string, Limiter>();
  private readonly redis: Redis | undefined;

  constructor(
    redisUrl?: string,
    private readonly options = { keyPrefix: 'plac', factor: 1 },
  ) {
    this.redis = redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: 1 }) : undefined;
  }

  /**
   * Counts one attempt at `action` on each of its counters whose key is given; refuses with
   * RATE_LIMITED once any is spent, saying when to try again.
   */
  async consume(action: string, keys: CounterKeys) {
    const policy: ActionPolicy = actionPolicies[action] ?? defaultMutationPolicy;
    for (const [kind, allowance] of Object.entries(policy) as [CounterKey, Allowance][]) {
      const key = keys[kind];
      if (key === undefined) continue;
      try {
        await this.limiter(`${action}:${kind}`, allowance).consume(key);
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        const seconds = Math.ceil(error.msBeforeNext / 1000);
        throw new DomainError('RATE_LIMITED', `Too many attempts; try again in ${seconds} s.`, {
          field: kind === 'email' || kind === 'emailAtAddress' ? 'email' : undefined,
          params: { seconds },
        });
      }
    }
  }

  private limiter(name: string, allowance: Allowance): Limiter {
    const known = this.limiters.get(name);
    if (known) return known;
    const options = {
      points: Math.max(1, Math.round(allowance.points * this.options.factor)),
      duration: allowance.seconds,
      keyPrefix: `${this.options.keyPrefix}:${name}`,
    };
    const memory = new RateLimiterMemory(options);
    // Should Redis fail, counting goes on in memory rather than letting every attempt through.
    const limiter = this.redis
      ? new RateLimiterRedis({ ...options, storeClient: this.redis, insuranceLimiter: memory })
      : memory;
    this.limiters.set(name, limiter);
    return limiter;
  }

  async close() {
    await this.redis?.quit();
  }
}
