import { describe, expect, it } from 'vitest';
import {
  cursorFor,
  firstPage,
  hasMore,
  itemsOf,
  type Page,
  totalOf,
  wantMore,
  withPage,
} from './pages';

const page = (
  nodes: string[],
  next: string | null,
  totalCount: number | null = null,
): Page<string> => ({
  nodes,
  totalCount,
  endCursor: next,
  hasNextPage: next !== null,
});

describe('pages of a list', () => {
  it('wants the first page from no cursor, and knows nothing of the total yet', () => {
    const pages = firstPage<string>();
    expect(pages.wanted).toBe(1);
    expect(cursorFor(pages, 0)).toBeNull();
    expect(totalOf(pages)).toBeNull();
    expect(itemsOf(pages)).toEqual([]);
    expect(hasMore(pages)).toBe(true);
  });

  it('takes the total from the first page, not from what has loaded', () => {
    const pages = withPage(firstPage<string>(), 0, page(['a', 'b'], 'c2', 181));
    expect(totalOf(pages)).toBe(181);
    expect(itemsOf(pages)).toEqual(['a', 'b']);
  });

  it('wants one more page only once the wanted ones have arrived', () => {
    let pages = wantMore(firstPage<string>());
    expect(pages.wanted).toBe(1);
    pages = withPage(pages, 0, page(['a'], 'c1', 3));
    pages = wantMore(pages);
    expect(pages.wanted).toBe(2);
    expect(wantMore(pages).wanted).toBe(2);
    expect(cursorFor(pages, 1)).toBe('c1');
  });

  it('stops at the last page', () => {
    let pages = withPage(firstPage<string>(), 0, page(['a'], 'c1', 2));
    pages = withPage(wantMore(pages), 1, page(['b'], null));
    expect(hasMore(pages)).toBe(false);
    expect(wantMore(pages).wanted).toBe(2);
    expect(cursorFor(pages, 2)).toBeUndefined();
    expect(itemsOf(pages)).toEqual(['a', 'b']);
  });

  it('shows pages in order, up to the first that has not arrived', () => {
    let pages = withPage(firstPage<string>(), 0, page(['a'], 'c1', 3));
    pages = withPage(pages, 2, page(['c'], null));
    expect(itemsOf(pages)).toEqual(['a']);
    expect(cursorFor(pages, 2)).toBeUndefined();
  });

  it('replaces a page the cache answers again', () => {
    let pages = withPage(firstPage<string>(), 0, page(['a', 'b'], null, 2));
    pages = withPage(pages, 0, page(['a', 'b2'], null, 2));
    expect(itemsOf(pages)).toEqual(['a', 'b2']);
  });
});
