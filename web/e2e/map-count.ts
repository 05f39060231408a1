import type { Page } from 'playwright-core';

/**
 * The remarks the consultation map draws now: single remarks once each (a line or area cut by
 * tile edges comes in pieces), plus the counts of the cells they are gathered in at low zooms.
 */
export async function remarksDrawn(page: Page): Promise<number> {
  return page.evaluate(() => {
    const map = window.__placMap;
    if (!map) throw new Error('window.__placMap is not set');
    const layers = ['cells', 'markers', 'fill', 'line'].map((kind) => `comment-tiles-${kind}`);
    let counted = 0;
    const single = new Set<unknown>();
    for (const feature of map.queryRenderedFeatures({ layers })) {
      const { count, id } = feature.properties;
      if (typeof count === 'number') counted += count;
      else single.add(id);
    }
    return counted + single.size;
  });
}
