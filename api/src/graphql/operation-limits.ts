import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import type { ErrorReason } from '../errors/domain-error.js';
import { operationCost } from './operation-cost.js';

/** How large an operation may be before it runs; from the environment (see config.ts). */
export type OperationLimits = {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
};

const refusal = (reason: ErrorReason, what: string, max: number, found?: number) =>
  new GraphQLError(
    `The operation has ${found === undefined ? 'more than' : found} ${what}; at most ${max} are allowed.`,
    // Apollo answers an error thrown before execution with this status.
    { extensions: { code: 'BAD_USER_INPUT', reason, params: { max }, http: { status: 400 } } },
  );

/** GraphQL Armor's rules for depth, aliases and directives, refusing with a reason and the limit. */
export function shapeRules(limits: OperationLimits): ValidationRule[] {
  const reject = (reason: ErrorReason, what: string, max: number) => ({
    n: max,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null) => context?.reportError(refusal(reason, what, max)),
    ],
  });
  return [
    maxDepthRule(reject('QUERY_TOO_DEEP', 'levels of nesting', limits.maxDepth)),
    maxAliasesRule(reject('QUERY_TOO_MANY_ALIASES', 'aliases', limits.maxAliases)),
    maxDirectivesRule(reject('QUERY_TOO_MANY_DIRECTIVES', 'directives', limits.maxDirectives)),
  ];
}

/** Parses a document, giving up at the token limit rather than after reading all of it. */
export function parseWithinLimits(source: string, limits: OperationLimits): DocumentNode {
  const parser = new MaxTokensParserWLexer(source, {
    n: limits.maxTokens,
    propagateOnRejection: false,
    onReject: [
      () => {
        throw refusal('QUERY_TOO_MANY_TOKENS', 'tokens', limits.maxTokens);
      },
    ],
  });
  return parser.parseDocument();
}

/** The operation's cost (see operation-cost.ts), refused above the limit before anything runs. */
export function checkCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  request: { operationName?: string | null; variables?: Record<string, unknown> | null },
  limits: OperationLimits,
): void {
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: document,
      operationName: request.operationName ?? undefined,
      variables: request.variables ?? {},
      estimators: [operationCost],
    });
  } catch (error) {
    // Variables that do not fit their types: execution refuses them itself, with their names.
    if (error instanceof GraphQLError) return;
    throw error;
  }
  if (cost > limits.maxCost) {
    throw refusal('QUERY_TOO_COSTLY', 'cost units', limits.maxCost, cost);
  }
}
