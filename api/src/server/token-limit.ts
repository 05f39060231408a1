import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { type OperationLimits, parseWithinLimits } from '../graphql/operation-limits.js';

/**
 * Refuses a document over the token limit before Apollo parses it: the bounded parse stops at
 * the limit instead of building the whole tree. Syntax errors are left to Apollo to report.
 */
export function tokenLimit(limits: OperationLimits): RequestHandler {
  return (req, res, next) => {
    const query = (req.body as { query?: unknown } | undefined)?.query ?? req.query.query;
    if (typeof query !== 'string') return next();
    try {
      parseWithinLimits(query, limits);
    } catch (error) {
      const reason = error instanceof GraphQLError ? error.extensions.reason : undefined;
      if (reason === 'QUERY_TOO_MANY_TOKENS') {
        const { message, extensions } = error as GraphQLError;
        const { http: _status, ...shown } = extensions;
        res.status(400).json({ errors: [{ message, extensions: shown }] });
        return;
      }
    }
    next();
  };
}
