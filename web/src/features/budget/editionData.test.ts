import { describe, expect, it } from 'vitest';
import { periodOf, phasesInOrder } from './editionData';
import {
  allProjectBounds,
  type LocatedProject,
  projectBounds,
  projectFeatures,
} from './projectGeo';

const period = (phase: 'VOTING' | 'RESULTS', startsAt: string) => ({
  phase,
  startsAt,
  endsAt: startsAt,
});
const now = {
  id: '2026',
  currentPhase: 'VOTING',
  phases: [period('RESULTS', '2026-09-01'), period('VOTING', '2026-06-01')],
} as const;
const next = { id: '2027', currentPhase: null, phases: [] } as const;

describe('phases', () => {
  it('finds a phase’s dates and orders the phases by date', () => {
    expect(periodOf(now, 'VOTING')?.startsAt).toBe('2026-06-01');
    expect(periodOf(next, 'VOTING')).toBeNull();
    expect(phasesInOrder(now).map((p) => p.phase)).toEqual(['VOTING', 'RESULTS']);
  });
});

describe('projectFeatures', () => {
  const pointed: LocatedProject = {
    id: 'p',
    title: 'Ławki',
    poolId: 'mokotow',
    status: 'ACCEPTED',
    locations: [
      { geometry: { type: 'Point', coordinates: [21, 52.2] } },
      {
        geometry: {
          type: 'LineString',
          coordinates: [
            [21.01, 52.19],
            [21.02, 52.21],
          ],
        },
      },
    ],
  };
  const citywide: LocatedProject = {
    ...pointed,
    id: 'c',
    poolId: 'city',
    status: 'SELECTED',
    locations: [],
  };
  const kinds = new Map([
    ['mokotow', 'AREA'],
    ['city', 'CITYWIDE'],
  ] as const);

  it('makes a feature per location, carrying the project, its status group and pool kind', () => {
    const { features } = projectFeatures([pointed, citywide], kinds);
    expect(features).toHaveLength(2);
    expect(features[1]?.properties).toEqual({
      id: 'p',
      title: 'Ławki',
      group: 'onBallot',
      poolKind: 'AREA',
    });
  });

  it('bounds a project by all its locations, and none without a location', () => {
    expect(projectBounds(pointed)).toEqual([
      [21, 52.19],
      [21.02, 52.21],
    ]);
    expect(projectBounds(citywide)).toBeNull();
    expect(allProjectBounds([citywide])).toBeNull();
  });
});
