import type { Bounds } from '../../map/bounds';
import { representativePoint } from './commentData';
import type { Comment } from './consultation.queries';
import { type Stance, stances } from './stancePalette';

/** What the remarks on screen are limited to: stances left out, and the map's view if asked. */
export type RemarkFilter = { hidden: ReadonlySet<Stance>; view: Bounds | null };

export const everyRemark: RemarkFilter = { hidden: new Set(), view: null };

/** The stances shown, or undefined when every one is. */
export function shownStances(filter: RemarkFilter): Stance[] | undefined {
  if (filter.hidden.size === 0) return undefined;
  return stances.filter((stance) => !filter.hidden.has(stance));
}

/** The API's `CommentFilter` for the list. */
export function listFilter(filter: RemarkFilter): { stance?: Stance[]; bbox?: number[] } {
  const stance = shownStances(filter);
  const view = filter.view;
  return {
    ...(stance ? { stance } : {}),
    ...(view ? { bbox: [view[0][0], view[0][1], view[1][0], view[1][1]] } : {}),
  };
}

/** Names the filter: equal filters, equal keys. */
export function filterKey(filter: RemarkFilter): string {
  return JSON.stringify(listFilter(filter));
}

/**
 * The map's view as a filter box: widened outwards to 1/10,000 of a degree (about 7 m), so
 * that a view moved by a pixel or two is still the same list.
 */
export function viewBox(bounds: Bounds): Bounds {
  const step = 1e4;
  const down = (value: number) => Math.floor(value * step) / step;
  const up = (value: number) => Math.ceil(value * step) / step;
  return [
    [down(bounds[0][0]), down(bounds[0][1])],
    [up(bounds[1][0]), up(bounds[1][1])],
  ];
}

/** Whether a remark (one that arrived live) belongs in the filtered list. */
export function matchesFilter(comment: Comment, filter: RemarkFilter): boolean {
  if (comment.stance && filter.hidden.has(comment.stance)) return false;
  if (!filter.view) return true;
  const at = comment.geometry && representativePoint(comment.geometry);
  if (!at) return false;
  const [[west, south], [east, north]] = filter.view;
  const [lng = NaN, lat = NaN] = at;
  return lng >= west && lng <= east && lat >= south && lat <= north;
}
