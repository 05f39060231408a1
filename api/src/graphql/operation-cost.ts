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
 * What a field costs: one per object it resolves (scalars are free), so a list costs its items
 * times what each item selects. A page's size is its `first` argument, charged where the page
 * is asked for, so that `comments(first: 100) { edges { node { … } } }` costs a hundred nodes
 * and nesting multiplies. A list without a page size declares its likely length with
 * `@Extensions({ listSize: n })` beside the field.
 */
export const operationCost: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const type = getNullableType(field.type);
  if (!isCompositeType(getNamedType(type))) return 0;
  const item = 1 + childComplexity;
  if (typeof args.first === 'number') return args.first * item;
  if (isEdgesOfPage(field)) return childComplexity;
  if (isListType(type)) return listSize(field) * item;
  return item;
};

const isEdgesOfPage = (field: GraphQLField<unknown, unknown>) =>
  field.name === 'edges' && isListType(getNullableType(field.type));

function listSize(field: GraphQLField<unknown, unknown>): number {
  const declared = field.extensions?.listSize;
  return typeof declared === 'number' ? declared : defaultListSize;
}
