import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { DomainError, type ErrorReason, toGraphQLError } from '../errors/domain-error.js';
import { databaseFailure } from './database-failure.js';

/**
 * What a client sees of an error: domain errors with their code and field; GraphQL's own
 * (validation, bad variables) as they are; anything else as a bare internal error, logged here.
 */
export function formatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return {
        ...toGraphQLError(original).toJSON(),
        path: formatted.path,
        locations: formatted.locations,
      };
    }
    if (formatted.extensions?.code && formatted.extensions.code !== 'INTERNAL_SERVER_ERROR') {
      return withReason(formatted);
    }
    const failure = databaseFailure(original);
    if (failure) {
      log.warn({ err: original }, 'the database failed a GraphQL request');
      return { ...toGraphQLError(failure).toJSON(), path: formatted.path };
    }
    log.error({ err: original }, 'unexpected error in a GraphQL request');
    return {
      message: 'Something went wrong on our side; it has been logged.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * GraphQL's own refusals (syntax, validation, variables) and type-graphql's carry no reason;
 * they are a malformed request, whatever code the library gave them.
 */
function withReason(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions?.reason) return formatted;
  const reason: ErrorReason = 'REQUEST_INVALID';
  return { ...formatted, extensions: { ...formatted.extensions, reason } };
}
