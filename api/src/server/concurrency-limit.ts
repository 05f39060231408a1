import type { RequestHandler } from 'express';
import type { ErrorReason } from '../errors/domain-error.js';

/**
 * At most `max` requests in flight per client address; more are answered 429 at once, before
 * any sign-in or SQL. The embedded database runs one statement at a time, so without this one
 * address sending hundreds of requests at once would queue everyone else behind them.
 */
export function concurrencyLimit(
  max: number,
  addressOf: (req: Parameters<RequestHandler>[0]) => string,
): RequestHandler {
  const inFlight = new Map<string, number>();
  return (req, res, next) => {
    const address = addressOf(req);
    const now = inFlight.get(address) ?? 0;
    if (now >= max) {
      const reason: ErrorReason = 'REQUESTS_TOO_MANY_AT_ONCE';
      const message = `More than ${max} requests at once from one address; wait for the earlier ones.`;
      res.status(429).json({
        errors: [{ message, extensions: { code: 'RATE_LIMITED', reason, params: { max } } }],
      });
      return;
    }
    inFlight.set(address, now + 1);
    res.once('close', () => {
      const left = (inFlight.get(address) ?? 1) - 1;
      if (left > 0) inFlight.set(address, left);
      else inFlight.delete(address);
    });
    next();
  };
}
