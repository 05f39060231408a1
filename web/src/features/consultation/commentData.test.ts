import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { commentFeatures, mergeComments, representativePoint } from './commentData';
import type { Comment } from './consultation.queries';

function comment(id: string, geometry: Geometry | null, createdAt = '2026-01-01T00:00:00Z') {
  return {
    id,
    geometry,
    createdAt,
    stance: geometry ? 'OBJECTION' : null,
    body: 'text',
    status: 'VISIBLE',
    editedAt: null,
    zoneId: null,
    formalRemark: false,
    supportCount: 0,
    supportedByMe: false,
    author: { id: 'u', displayName: 'A' },
    topic: null,
    response: null,
    replies: [],
  } as Comment;
}

describe('representativePoint', () => {
  it('stands a line for its middle vertex and a polygon for its mean vertex', () => {
    expect(
      representativePoint({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
          [2, 2],
        ],
      }),
    ).toEqual([1, 1]);
    const ring = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ];
    expect(representativePoint({ type: 'Polygon', coordinates: [ring] })).toEqual([1, 1]);
    expect(representativePoint({ type: 'MultiPoint', coordinates: [] })).toBeNull();
  });
});

describe('commentFeatures', () => {
  it('makes a feature of each visible, located remark with its own geometry', () => {
    const line: Geometry = {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [2, 2],
      ],
    };
    const withdrawn = { ...comment('w', line), status: 'WITHDRAWN' } as Comment;
    const { features } = commentFeatures([
      comment('a', { type: 'Point', coordinates: [1, 2] }),
      comment('b', line),
      comment('unlocated', null),
      withdrawn,
    ]);
    expect(features.map((f) => f.properties.id)).toEqual(['a', 'b']);
    expect(features[1]?.geometry).toEqual(line);
    expect(features[0]?.properties.stance).toBe('OBJECTION');
  });
});

describe('mergeComments', () => {
  it('puts what arrived live on top, newest first, then the pages in their order, once each', () => {
    const first = comment('a', null, '2026-01-01T00:00:00Z');
    const second = comment('b', null, '2026-01-02T00:00:00Z');
    const live = comment('c', null, '2026-02-01T00:00:00Z');
    const later = comment('d', null, '2026-03-01T00:00:00Z');
    const again = { ...first, body: 'from the subscription' };
    const merged = mergeComments([first, second], [live, again, later, live]);
    expect(merged.map((c) => c.id)).toEqual(['d', 'c', 'a', 'b']);
    expect(merged[2]?.body).toBe('text');
  });

  it('leaves out remarks withdrawn or hidden since they were loaded', () => {
    const withdrawn = { ...comment('a', null), status: 'WITHDRAWN' } as Comment;
    expect(mergeComments([withdrawn, comment('b', null)], [])).toHaveLength(1);
  });
});
