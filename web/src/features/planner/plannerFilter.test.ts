import { describe, expect, it } from 'vitest';
import { type AreaChoice, commentFilter, dayOf, feedbackFilter, noFilter } from './plannerFilter';

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [21, 52],
      [21.01, 52],
      [21.01, 52.01],
      [21, 52],
    ],
  ],
};
const districts = new Map([['mokotow', 'area-7']]);

describe('feedbackFilter', () => {
  it('sends nothing for no filter', () => {
    expect(feedbackFilter(noFilter)).toEqual({});
  });

  it('maps stances, topic and answered', () => {
    expect(
      feedbackFilter({
        ...noFilter,
        stances: ['OBJECTION'],
        topicId: 't1',
        answered: 'unanswered',
      }),
    ).toEqual({ stance: ['OBJECTION'], topicId: 't1', hasResponse: false });
    expect(feedbackFilter({ ...noFilter, answered: 'answered' })).toEqual({ hasResponse: true });
  });

  it('counts both chosen days whole: since from midnight, until before the next midnight', () => {
    const { since, until } = feedbackFilter({
      ...noFilter,
      since: '2026-03-01',
      until: '2026-03-03',
    });
    expect(new Date(since as string).getTime()).toBe(new Date(2026, 2, 1).getTime());
    expect(new Date(until as string).getTime()).toBe(new Date(2026, 2, 4).getTime());
  });

  it('ignores dates that are not dates', () => {
    expect(feedbackFilter({ ...noFilter, since: 'soon', until: '2026-13-45x' })).toEqual({});
  });
});

describe('commentFilter', () => {
  const area = (by: AreaChoice['by'], key: string): AreaChoice => ({
    by,
    key,
    name: key,
    geometry: square,
  });

  it('is the map filter when no area is chosen', () => {
    expect(commentFilter({ ...noFilter, stances: ['SUPPORT'] }, null, districts)).toEqual({
      stance: ['SUPPORT'],
    });
  });

  it('narrows to a district by its id, a zone by its id, a cell by its square', () => {
    expect(commentFilter(noFilter, area('DISTRICT', 'mokotow'), districts)).toEqual({
      areaId: 'area-7',
    });
    expect(commentFilter(noFilter, area('PLAN_ZONE', 'z1'), districts)).toEqual({ zoneId: 'z1' });
    expect(commentFilter(noFilter, area('GRID', '3,4'), districts)).toEqual({
      intersecting: square,
    });
  });

  it('falls back to the shape of a district whose id is not known yet', () => {
    expect(commentFilter(noFilter, area('DISTRICT', 'wola'), districts)).toEqual({
      intersecting: square,
    });
  });
});

describe('dayOf', () => {
  it('writes a local date as the date input does', () => {
    expect(dayOf(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
