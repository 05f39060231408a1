import { GraphQLError } from 'graphql';
import { assertUnreachable } from './assert-unreachable.js';
import type { ErrorCode } from './error-code.js';
import { type ErrorReason, errorReasons, type ReasonFor } from './error-reasons.js';

export type { ErrorCode } from './error-code.js';
export type { ErrorReason } from './error-reasons.js';

/** Values a client needs to word the reason itself, such as `{ max: 2000 }` or `{ meters: 120 }`. */
export type ErrorParams = Readonly<Record<string, string | number>>;

export type RefusalDetails = { field?: string; params?: ErrorParams };

/**
 * An error a client caused or may act on. The reason is what a client switches on and
 * translates; its code follows from it. `field` is the argument path it concerns, such as
 * `point` or `input.geometry`; the message is for people reading the API, in English.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  readonly code: ErrorCode;
  readonly field?: string;
  readonly params?: ErrorParams;

  constructor(
    readonly reason: ErrorReason,
    message: string,
    details: RefusalDetails = {},
  ) {
    super(message);
    this.code = errorReasons[reason];
    this.field = details.field;
    this.params = details.params;
  }
}

/** Bad input in `field`; the message reads `field: problem`. */
export const badInput = (
  field: string,
  problem: string,
  reason: ReasonFor<'BAD_USER_INPUT'> = 'INPUT_INVALID',
  params?: ErrorParams,
) => new DomainError(reason, `${field}: ${problem}`, { field, params });

export const notFound = (
  message: string,
  field?: string,
  reason: ReasonFor<'NOT_FOUND'> = 'NOT_FOUND',
) => new DomainError(reason, message, { field });

export const forbidden = (
  message: string,
  field?: string,
  reason: ReasonFor<'FORBIDDEN'> = 'NOT_ALLOWED',
  params?: ErrorParams,
) => new DomainError(reason, message, { field, params });

export const unauthenticated = (
  message = 'Sign in to do this.',
  reason: ReasonFor<'UNAUTHENTICATED'> = 'SIGN_IN_REQUIRED',
) => new DomainError(reason, message);

export const conflict = (
  message: string,
  field?: string,
  reason: ReasonFor<'CONFLICT'> = 'ALREADY_EXISTS',
) => new DomainError(reason, message, { field });

/** The GraphQL error a client sees: the message, with `extensions.code`, `reason`, `field`, `params`. */
export function toGraphQLError(err: DomainError): GraphQLError {
  return new GraphQLError(err.message, {
    originalError: err,
    extensions: {
      code: graphQLCode(err.code),
      reason: err.reason,
      ...(err.field === undefined ? {} : { field: err.field }),
      ...(err.params === undefined ? {} : { params: err.params }),
    },
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
    case 'TIMEOUT':
    case 'SERVICE_UNAVAILABLE':
      return code;
    default:
      return assertUnreachable(code);
  }
}
