import { describe, expect, it } from 'vitest';
import {
  type BallotChoice,
  ballotPools,
  canCast,
  chooseDistrict,
  countBallot,
  refusalOf,
  toggleProject,
} from './ballot';

const limits = { areaMaxApprovals: 2, citywideMaxApprovals: 1 };
const pools = [
  { id: 'mokotow', kind: 'AREA' },
  { id: 'wola', kind: 'AREA' },
  { id: 'city', kind: 'CITYWIDE' },
] as const;
const project = (id: string, poolId: string, status = 'ACCEPTED') => ({ id, poolId, status });
const projects = [
  project('m1', 'mokotow'),
  project('m2', 'mokotow'),
  project('m3', 'mokotow'),
  project('mx', 'mokotow', 'REJECTED'),
  project('w1', 'wola'),
  project('c1', 'city'),
  project('c2', 'city'),
];
const none: BallotChoice = { districtPoolId: null, projectIds: [] };
const inMokotow = (...projectIds: string[]): BallotChoice => ({
  districtPoolId: 'mokotow',
  projectIds,
});

describe('countBallot', () => {
  it('counts nothing before a district is chosen, but shows the city-wide pool', () => {
    expect(countBallot(limits, pools, projects, none)).toEqual({
      district: null,
      citywide: { chosen: 0, limit: 1, available: 2, limited: true },
      total: 0,
    });
  });

  it('counts the chosen district’s projects on the ballot against its limit', () => {
    const count = countBallot(limits, pools, projects, inMokotow('m1', 'c1'));
    expect(count.district).toEqual({ chosen: 1, limit: 2, available: 3, limited: true });
    expect(count.citywide?.chosen).toBe(1);
    expect(count.total).toBe(2);
  });

  it('caps the limit at the projects there are, and says there is no real limit', () => {
    const generous = { areaMaxApprovals: 10, citywideMaxApprovals: 10 };
    expect(countBallot(generous, pools, projects, inMokotow()).district).toEqual({
      chosen: 0,
      limit: 3,
      available: 3,
      limited: false,
    });
  });

  it('has no city-wide count in an edition without a city-wide pool', () => {
    const districtOnly = pools.filter((p) => p.kind === 'AREA');
    expect(countBallot(limits, districtOnly, projects, inMokotow()).citywide).toBeNull();
  });
});

describe('refusalOf and toggleProject', () => {
  const m = (id: string) => projects.find((p) => p.id === id) ?? project(id, 'none');

  it('refuses projects that are not on the ballot', () => {
    expect(refusalOf(limits, pools, projects, inMokotow(), m('mx'))).toBe('notOnBallot');
  });

  it('asks for a district before a district project', () => {
    expect(refusalOf(limits, pools, projects, none, m('m1'))).toBe('noDistrictChosen');
    expect(refusalOf(limits, pools, projects, none, m('c1'))).toBeNull();
  });

  it('refuses another district’s project', () => {
    expect(refusalOf(limits, pools, projects, inMokotow(), m('w1'))).toBe('otherDistrict');
  });

  it('refuses a project over the pool’s limit, and only that pool’s', () => {
    const full = inMokotow('m1', 'm2');
    expect(toggleProject(limits, pools, projects, full, m('m3'))).toEqual({
      choice: full,
      refused: 'overLimit',
    });
    expect(toggleProject(limits, pools, projects, full, m('c1')).choice.projectIds).toEqual([
      'm1',
      'm2',
      'c1',
    ]);
    expect(refusalOf(limits, pools, projects, inMokotow('c1'), m('c2'))).toBe('overLimit');
  });

  it('takes a chosen project off the ballot', () => {
    expect(toggleProject(limits, pools, projects, inMokotow('m1', 'c1'), m('m1'))).toEqual({
      choice: inMokotow('c1'),
      refused: null,
    });
  });
});

describe('chooseDistrict', () => {
  it('drops the other district’s choices and keeps the city-wide ones', () => {
    expect(chooseDistrict(pools, projects, inMokotow('m1', 'c1'), 'wola')).toEqual({
      districtPoolId: 'wola',
      projectIds: ['c1'],
    });
  });
});

describe('canCast', () => {
  it('needs at least one project', () => {
    expect(canCast(countBallot(limits, pools, projects, inMokotow()))).toBe(false);
    expect(canCast(countBallot(limits, pools, projects, inMokotow('c1')))).toBe(true);
  });

  it('refuses a ballot over a limit', () => {
    expect(canCast(countBallot(limits, pools, projects, inMokotow('m1', 'm2', 'm3')))).toBe(false);
  });
});

describe('ballotPools', () => {
  it('puts the chosen district first, then the city-wide pool', () => {
    expect(ballotPools(pools, 'wola').map((p) => p.id)).toEqual(['wola', 'city']);
    expect(ballotPools(pools, null).map((p) => p.id)).toEqual(['city']);
  });
});
