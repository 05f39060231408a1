import {
  type GraphQLField,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
} from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';

/** Items a list field is assumed to return when its arguments do not say (`first`, `limit`). */
export const defaultListSize = 20;

/**
 * What a field costs: one per object it resolves (scalars are free), times the items a list
 * returns. A page's size is its `first` argument, charged where the page is asked for, so that
 * `comments(first: 100) { edges { node { … } } }` costs a hundred nodes and nesting multiplies.
 * A list without a page size declares its likely length with `@Extensions({ listSize: n })`.
 */
export const operationCost: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const type = getNullableType(field.type);
  if (!isCompositeType(getNamedType(type))) return 0;
  const pageSize = typeof args.first === 'number' ? args.first : undefined;
  if (pageSize !== undefined) return 1 + pageSize * childComplexity;
  if (isEdgesOfPage(field)) return childComplexity;
  if (isListType(type)) return 1 + listSize(field) * childComplexity;
  return 1 + childComplexity;
};

const isEdgesOfPage = (field: GraphQLField<unknown, unknown>) =>
  field.name === 'edges' && isListType(getNullableType(field.type));

function listSize(field: GraphQLField<unknown, unknown>): number {
  const declared = field.extensions?.listSize;
  return typeof declared === 'number' ? declared : defaultListSize;
}
