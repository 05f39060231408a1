import type { CombinedError } from 'urql';
import type { graphql } from '../graphql/graphql';

/** A refusal reason of the API: the SDL's `enum ErrorReason`, so a reason it lacks fails the typecheck. */
export type ErrorReason = ReturnType<typeof graphql.scalar<'ErrorReason'>>;

/** What the API said of a refusal, from the first GraphQL error's `extensions`. */
export type Refusal = {
  code?: string;
  /** Typed as the schema's reasons; one added to the API since this client was built is still a string here. */
  reason?: ErrorReason;
  /** The argument path it concerns, e.g. `input.email`. */
  field?: string;
  /** Numbers and words to put in the reason's text, e.g. `{ limit: 2 }`. */
  params: Record<string, unknown>;
};

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The refusal the API gave, or null for a network failure (no GraphQL error at all). */
export function refusalOf(error: CombinedError | undefined): Refusal | null {
  const extensions = error?.graphQLErrors[0]?.extensions;
  if (!extensions) return null;
  const params = extensions.params;
  return {
    code: text(extensions.code),
    reason: text(extensions.reason) as ErrorReason | undefined,
    field: text(extensions.field),
    params: typeof params === 'object' && params !== null ? { ...params } : {},
  };
}

export const errorCode = (error: CombinedError | undefined) => refusalOf(error)?.code;
export const errorReason = (error: CombinedError | undefined) => refusalOf(error)?.reason;
export const errorField = (error: CombinedError | undefined) => refusalOf(error)?.field;
