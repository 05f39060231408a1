import { Redis } from 'ioredis';
import {
  type IRateLimiterOptions,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { DomainError } from '../../errors/domain-error.js';

export type LimitedAction = 'signIn' | 'signUp';

// Decidim's anchor: 5 attempts per 60 s for one email; an address gets more, for shared networks.
const limits: Record<`${LimitedAction}:${'email' | 'ip'}`, IRateLimiterOptions> = {
  'signIn:email': { points: 5, duration: 60 },
  'signIn:ip': { points: 20, duration: 60 },
  'signUp:email': { points: 5, duration: 60 },
  'signUp:ip': { points: 10, duration: 60 },
};

type Limiter = RateLimiterMemory | RateLimiterRedis;

/** Attempt counters per account and per address: in memory, or in Redis when given a URL. */
export class RateLimits {
  private readonly limiters: Map<string, Limiter>;
  private readonly redis: Redis | undefined;

  constructor(redisUrl?: string) {
    this.redis = redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: 1 }) : undefined;
    this.limiters = new Map(
      Object.entries(limits).map(([key, options]) => {
        const named = { ...options, keyPrefix: `plac:${key}` };
        const memory = new RateLimiterMemory(named);
        // Should Redis fail, counting goes on in memory rather than letting every attempt through.
        const limiter = this.redis
          ? new RateLimiterRedis({ ...named, storeClient: this.redis, insuranceLimiter: memory })
          : memory;
        return [key, limiter];
      }),
    );
  }

  /** Counts one attempt; refuses once any of its counters is spent. */
  async consume(action: LimitedAction, keys: { email: string; ip: string }) {
    for (const kind of ['email', 'ip'] as const) {
      try {
        await this.limiters.get(`${action}:${kind}`)?.consume(keys[kind]);
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        const seconds = Math.ceil(error.msBeforeNext / 1000);
        throw new DomainError('RATE_LIMITED', `Too many attempts; try again in ${seconds} s.`, {
          field: kind === 'email' ? 'email' : undefined,
          params: { seconds },
        });
      }
    }
  }

  async close() {
    await this.redis?.quit();
  }
}
