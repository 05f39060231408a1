import { describe, expect, it } from 'vitest';
import type { Consultation } from './consultation.queries';
import { consultationFeatures } from './consultationFeatures';

const square = {
  type: 'MultiPolygon' as const,
  coordinates: [
    [
      [
        [21, 52],
        [21.002, 52],
        [21.002, 52.002],
        [21, 52.002],
        [21, 52],
      ],
    ],
  ],
};

const consultation = {
  area: square,
  plans: [
    {
      zones: [{ id: 'z1', symbol: '1ZP', designationCode: 'ZP', geometry: square, parameters: [] }],
    },
  ],
  meetings: [
    { id: 'walk', place: { type: 'Point', coordinates: [21.001, 52.001] } },
    { id: 'online', place: null },
  ],
} as unknown as Consultation;

describe('consultationFeatures', () => {
  it('colours each zone by designation and labels it once, inside it', () => {
    const { zones, zoneLabels } = consultationFeatures(consultation);
    expect(zones.features[0]?.properties).toEqual({ id: 'z1', color: '#009E73' });
    expect(zoneLabels.features).toHaveLength(1);
    expect(zoneLabels.features[0]?.properties).toEqual({ symbol: '1ZP' });
    const [lng = 0, lat = 0] =
      zoneLabels.features[0]?.geometry.type === 'Point'
        ? zoneLabels.features[0].geometry.coordinates
        : [];
    expect(lng).toBeCloseTo(21.001, 9);
    expect(lat).toBeCloseTo(52.001, 9);
  });

  it('puts only meetings held in a place on the map', () => {
    const { meetings } = consultationFeatures(consultation);
    expect(meetings.features.map((feature) => feature.properties?.id)).toEqual(['walk']);
  });
});
