import { GraphQLError } from 'graphql';
import { assertUnreachable } from './assert-unreachable.js';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'RATE_LIMITED';

/**
 * An error a client caused or may act on. `field` is the argument path it concerns,
 * such as `point` or `input.geometry`.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Bad input in `field`; the message reads `field: reason`. */
export const badInput = (field: string, reason: string) =>
  new DomainError('BAD_USER_INPUT', `${field}: ${reason}`, field);

export const notFound = (message: string, field?: string) =>
  new DomainError('NOT_FOUND', message, field);

export const forbidden = (message: string, field?: string) =>
  new DomainError('FORBIDDEN', message, field);

export const unauthenticated = (message = 'Sign in to do this.') =>
  new DomainError('UNAUTHENTICATED', message);

export const conflict = (message: string, field?: string) =>
  new DomainError('CONFLICT', message, field);

/** The GraphQL error a client sees: the message, with `extensions.code` and `extensions.field`. */
export function toGraphQLError(err: DomainError): GraphQLError {
  const extensions = err.field === undefined ? {} : { field: err.field };
  return new GraphQLError(err.message, {
    originalError: err,
    extensions: { code: graphQLCode(err.code), ...extensions },
  });
}

// The codes coincide today; the switch makes a new domain code fail to compile until mapped.
function graphQLCode(code: ErrorCode): string {
  switch (code) {
    case 'BAD_USER_INPUT':
    case 'NOT_FOUND':
    case 'FORBIDDEN':
    case 'UNAUTHENTICATED':
    case 'CONFLICT':
    case 'RATE_LIMITED':
      return code;
    default:
      return assertUnreachable(code);
  }
}
