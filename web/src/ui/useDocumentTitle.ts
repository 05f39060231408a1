import { useEffect } from 'react';
import { useUiT } from './ui.i18n';

/**
 * Names the browser tab and the history entry after the page, e.g. "Konsultacja: Park Dreszera
 * — Plac", so tabs and a screen reader's page list tell the pages apart.
 */
export function useDocumentTitle(page: string) {
  const title = useUiT()('documentTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
