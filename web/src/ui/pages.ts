/** One page of a connection, as the list needs it. */
export type Page<T> = {
  nodes: readonly T[];
  /** The whole list's size, when the query asked for it (the first page does). */
  totalCount: number | null;
  endCursor: string | null;
  hasNextPage: boolean;
};

/** The pages of one list (one filter): those loaded, and how many are wanted. */
export type Pages<T> = { loaded: readonly (Page<T> | undefined)[]; wanted: number };

/** A list before its first page: the first page is wanted. */
export function firstPage<T>(): Pages<T> {
  return { loaded: [], wanted: 1 };
}

/** The pages with page `index` loaded (or reloaded, when the cache answers it again). */
export function withPage<T>(pages: Pages<T>, index: number, page: Page<T>): Pages<T> {
  const loaded = [...pages.loaded];
  loaded[index] = page;
  return { ...pages, loaded };
}

/** The pages loaded one after another from the first: a gap ends the list shown. */
function leadingPages<T>(pages: Pages<T>): Page<T>[] {
  const leading: Page<T>[] = [];
  for (const page of pages.loaded) {
    if (!page) break;
    leading.push(page);
  }
  return leading;
}

/** The items of the pages loaded so far, in order. */
export function itemsOf<T>(pages: Pages<T>): T[] {
  return leadingPages(pages).flatMap((page) => page.nodes);
}

/** The list's size as the API counts it, or null before the first page. */
export function totalOf<T>(pages: Pages<T>): number | null {
  return pages.loaded[0]?.totalCount ?? null;
}

/** Whether another page exists beyond those loaded. */
export function hasMore<T>(pages: Pages<T>): boolean {
  const leading = leadingPages(pages);
  return leading.length === 0 || (leading[leading.length - 1]?.hasNextPage ?? false);
}

/** The pages with one more wanted, when one exists and every wanted one has arrived. */
export function wantMore<T>(pages: Pages<T>): Pages<T> {
  const arrived = leadingPages(pages).length;
  if (arrived < pages.wanted || !hasMore(pages)) return pages;
  return { ...pages, wanted: pages.wanted + 1 };
}

/**
 * The cursor to fetch page `index` from: none for the first; the previous page's end
 * cursor otherwise, or undefined while that page has not arrived.
 */
export function cursorFor<T>(pages: Pages<T>, index: number): string | null | undefined {
  if (index === 0) return null;
  const previous = pages.loaded[index - 1];
  return previous?.hasNextPage ? previous.endCursor : undefined;
}
