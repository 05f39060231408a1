import { useState } from 'react';
import { useModerationT } from './moderation.i18n';

/** The cursors of the pages before the one shown (none on the first page). */
export function useCursorPages() {
  const [cursors, setCursors] = useState<string[]>([]);
  return {
    after: cursors.at(-1) ?? null,
    hasPrevious: cursors.length > 0,
    next: (cursor: string) => setCursors((list) => [...list, cursor]),
    previous: () => setCursors((list) => list.slice(0, -1)),
    reset: () => setCursors([]),
  };
}

type Props = {
  pages: ReturnType<typeof useCursorPages>;
  /** The cursor after the last item shown, when more follow. */
  nextCursor: string | null | undefined;
  label: string;
};

/** Earlier and later pages of a list, 20 items at a time. */
export function PageButtons({ pages, nextCursor, label }: Props) {
  const t = useModerationT();
  if (!pages.hasPrevious && !nextCursor) return null;
  return (
    <nav className="moderation-pages" aria-label={label}>
      {pages.hasPrevious && (
        <button type="button" onClick={pages.previous}>
          {t('pages.previous')}
        </button>
      )}
      {nextCursor && (
        <button type="button" onClick={() => pages.next(nextCursor)}>
          {t('pages.next')}
        </button>
      )}
    </nav>
  );
}
