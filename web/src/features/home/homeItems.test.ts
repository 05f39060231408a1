import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { District } from '../districts/districts.queries';
import { consultationItems, itemFeatures, projectItems } from './homeItems';

const box = (west: number, south: number, east: number, north: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ],
});
const districts: District[] = [
  { id: 'w', name: 'West', slug: 'west', geometry: box(0, 0, 1, 1) },
  { id: 'e', name: 'East', slug: 'east', geometry: box(1, 0, 2, 1) },
];

describe('consultationItems', () => {
  it('places a consultation in the district holding its centre, and links to it', () => {
    const [park] = consultationItems(
      [
        {
          id: '7',
          title: 'Park',
          status: 'OPEN',
          opensAt: null,
          closesAt: null,
          area: box(0.2, 0.2, 0.6, 0.6),
        },
      ],
      districts,
    );
    expect(park).toMatchObject({
      key: 'consultation:7',
      href: '/consultations/7',
      districtIds: ['w'],
    });
    expect(park?.bounds).toEqual([
      [0.2, 0.2],
      [0.6, 0.6],
    ]);
  });

  it('draws a consultation as its area plus a marker at its centre that knows its size', () => {
    const area = box(0.2, 0.2, 0.6, 0.3);
    const items = consultationItems(
      [{ id: '7', title: 'Park', status: 'OPEN', opensAt: null, closesAt: null, area }],
      districts,
    );
    const [shape, marker] = itemFeatures(items).features;
    expect(shape?.geometry).toEqual(area);
    expect(shape?.properties.span).toBeUndefined();
    expect(marker?.geometry.type).toBe('Point');
    expect(marker?.properties).toMatchObject({ id: 'consultation:7', status: 'OPEN' });
    expect(marker?.properties.span).toBeCloseTo(0.4);
  });
});

describe('projectItems', () => {
  const project = {
    id: '9',
    title: 'Benches',
    status: 'ACCEPTED' as const,
    locations: [
      { id: 'a', geometry: { type: 'Point' as const, coordinates: [0.5, 0.5] } },
      { id: 'b', geometry: box(1.4, 0.4, 1.6, 0.6) },
    ],
  };

  it('counts every district holding one of its locations', () => {
    const [benches] = projectItems([project], districts);
    expect(benches).toMatchObject({ href: '/budget/projects/9', districtIds: ['w', 'e'] });
  });

  it('is in no district and has no bounds without locations', () => {
    const [nowhere] = projectItems([{ ...project, locations: [] }], districts);
    expect(nowhere).toMatchObject({ districtIds: [], bounds: null });
  });

  it('draws each location of a project as a point', () => {
    const features = itemFeatures(projectItems([project], districts)).features;
    expect(features.map((f) => f.geometry)).toEqual([
      { type: 'Point', coordinates: [0.5, 0.5] },
      { type: 'Point', coordinates: [1.5, 0.5] },
    ]);
    expect(features[0]?.properties).toEqual({
      id: 'project:9',
      kind: 'project',
      status: 'ACCEPTED',
      title: 'Benches',
    });
  });
});
