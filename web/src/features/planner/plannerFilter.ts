import type { Geometry } from 'geojson';
import type { CommentFilter, FeedbackFilter, FeedbackGrouping, Stance } from './planner.queries';

export type Answered = 'all' | 'answered' | 'unanswered';

/** The planner's filter as the form holds it: dates as the date inputs give them. */
export type PlannerFilter = {
  stances: Stance[];
  topicId: string;
  /** "YYYY-MM-DD", or "" for no bound; both days inclusive. */
  since: string;
  until: string;
  answered: Answered;
};

export const noFilter: PlannerFilter = {
  stances: [],
  topicId: '',
  since: '',
  until: '',
  answered: 'all',
};

/** The area picked on the map or in the table, as the comment list filters by it. */
export type AreaChoice = {
  by: FeedbackGrouping;
  key: string;
  name: string;
  geometry: Geometry;
};

/** Local midnight of a date input's day, as an ISO instant; null when not a date. */
function startOfDay(day: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The API's `until` is exclusive: the day after the chosen one, so the chosen day counts. */
function endOfDay(day: string): string | null {
  const start = startOfDay(day);
  if (!start) return null;
  const next = new Date(start);
  next.setDate(next.getDate() + 1);
  return next.toISOString();
}

/** The variables of `feedbackByArea` for the filter; only the parts that filter. */
export function feedbackFilter(filter: PlannerFilter): FeedbackFilter {
  const since = startOfDay(filter.since);
  const until = endOfDay(filter.until);
  return {
    ...(filter.stances.length > 0 ? { stance: filter.stances } : {}),
    ...(filter.topicId ? { topicId: filter.topicId } : {}),
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
    ...(filter.answered === 'all' ? {} : { hasResponse: filter.answered === 'answered' }),
  };
}

/**
 * The comment list's filter: the same as the map's, narrowed to the chosen area. A district
 * goes by its id, a zone by its id, a grid cell by its square (as the grid counts it).
 */
export function commentFilter(
  filter: PlannerFilter,
  area: AreaChoice | null,
  districtIds: ReadonlyMap<string, string>,
): CommentFilter {
  const base: CommentFilter = feedbackFilter(filter);
  if (!area) return base;
  if (area.by === 'PLAN_ZONE') return { ...base, zoneId: area.key };
  const districtId = area.by === 'DISTRICT' ? districtIds.get(area.key) : undefined;
  return districtId ? { ...base, areaId: districtId } : { ...base, intersecting: area.geometry };
}

/** A day's date in the date input's form, "YYYY-MM-DD", in local time. */
export function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
