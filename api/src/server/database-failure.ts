import { DomainError } from '../errors/domain-error.js';

// PostgreSQL's SQLSTATE classes: 08 connection exception, 57P operator intervention.
const unavailableStates = /^(08|57P0[1-3]|53300)/;
const unavailableNodeErrors = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);
// Prisma's own: cannot reach, timed out reaching, closed the connection, no connection in time.
const unavailablePrismaErrors = new Set(['P1001', 'P1002', 'P1017', 'P2024']);

/**
 * The client's view of a database failure: a statement stopped by statement_timeout
 * (SQLSTATE 57014) is a TIMEOUT, a database out of reach is SERVICE_UNAVAILABLE; anything
 * else is not a database failure (undefined).
 */
export function databaseFailure(error: unknown): DomainError | undefined {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code === '57014' || code === 'P1008') {
    return new DomainError(
      'DATABASE_TIMEOUT',
      'The database took too long to answer; try a smaller request.',
    );
  }
  const unreachable =
    (typeof code === 'string' &&
      (unavailableStates.test(code) ||
        unavailableNodeErrors.has(code) ||
        unavailablePrismaErrors.has(code))) ||
    (typeof message === 'string' &&
      /Connection terminated|timeout exceeded when trying to connect/.test(message));
  if (unreachable) {
    return new DomainError(
      'DATABASE_UNAVAILABLE',
      'The database is not available; try again shortly.',
    );
  }
  return undefined;
}
