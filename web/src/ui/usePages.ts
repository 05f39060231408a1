import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CombinedError, OperationResult } from 'urql';
import {
  cursorFor,
  firstPage,
  hasMore,
  itemsOf,
  type Page,
  type Pages,
  totalOf,
  wantMore,
  withPage,
} from './pages';

/** A query's results as urql gives them: kept open, so cache updates reach the page. */
type ResultSource<D> = {
  subscribe: (onResult: (result: OperationResult<D>) => void) => { unsubscribe: () => void };
};

export type PagesOptions<D, T> = {
  /** Names the list (its filter): a new key starts again from the first page. */
  key: string;
  /**
   * The query of one page: the first page (`after` null) asks for the total count.
   * `fresh` is set after `reload`: the pages are fetched again, not read from the cache.
   */
  open: (after: string | null, fresh: boolean) => ResultSource<D>;
  read: (data: D) => Page<T>;
};

type State<T> = { key: string; pages: Pages<T>; error?: CombinedError };

/**
 * A list loaded a page at a time, the next page when `loadMore` is called (the list's end
 * scrolled into view); each page stays subscribed, so the cache keeps it up to date.
 */
export function usePages<D, T>({ key, open, read }: PagesOptions<D, T>) {
  const [attempt, setAttempt] = useState(0);
  const fullKey = `${key}#${attempt}`;
  const [state, setState] = useState<State<T>>({ key: fullKey, pages: firstPage() });
  // A new list: start again at once, before any effect runs on the old pages.
  if (state.key !== fullKey) setState({ key: fullKey, pages: firstPage() });
  const current = state;
  const calls = useRef({ open, read });
  calls.current = { open, read };
  const opened = useRef<{ key: string; subscriptions: { unsubscribe: () => void }[] }>({
    key: '',
    subscriptions: [],
  });

  useEffect(
    () => () => {
      for (const subscription of opened.current.subscriptions) subscription.unsubscribe();
    },
    [],
  );

  useEffect(() => {
    if (current.key !== fullKey) return;
    if (opened.current.key !== fullKey) {
      for (const subscription of opened.current.subscriptions) subscription.unsubscribe();
      opened.current = { key: fullKey, subscriptions: [] };
    }
    const index = opened.current.subscriptions.length;
    if (index >= current.pages.wanted) return;
    const after = cursorFor(current.pages, index);
    if (after === undefined) return;
    const source = calls.current.open(after, attempt > 0);
    opened.current.subscriptions.push(
      source.subscribe((result) => {
        setState((previous) => {
          if (previous.key !== fullKey) return previous;
          if (!result.data) return { ...previous, error: result.error };
          return {
            key: fullKey,
            pages: withPage(previous.pages, index, calls.current.read(result.data)),
          };
        });
      }),
    );
  }, [fullKey, current, attempt]);

  const loadMore = useCallback(
    () =>
      setState((previous) =>
        previous.key === fullKey ? { ...previous, pages: wantMore(previous.pages) } : previous,
      ),
    [fullKey],
  );
  const items = useMemo(() => itemsOf(current.pages), [current.pages]);
  return {
    items,
    total: totalOf(current.pages),
    /** The first page has not arrived. */
    loading: current.pages.loaded[0] === undefined && !current.error,
    hasMore: hasMore(current.pages),
    error: current.error,
    loadMore,
    /** Loads the list again from its first page, from the network (after an error or a write). */
    reload: useCallback(() => setAttempt((n) => n + 1), []),
  };
}
