import { useCallback } from 'react';
import { useQuery } from 'urql';
import { readFragment } from '../../graphql/graphql';
import { type Edition, EditionFields, EditionQuery, EditionsQuery } from './budget.queries';

/** One edition by id, with its state and a retry. */
export function useEdition(id: string) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: EditionQuery,
    variables: { id },
  });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const edition: Edition | null = data ? readFragment(EditionFields, data.edition) : null;
  return { edition, fetching, error, retry };
}

/** Every edition, newest first, and the current one as the API picks it. */
export function useEditions() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: EditionsQuery });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const editions: readonly Edition[] = data ? readFragment(EditionFields, data.editions) : [];
  const current = editions.find((e) => e.id === data?.currentBudgetEdition?.id) ?? null;
  return { editions, current, fetching, error, retry, loaded: data !== undefined };
}
