import { describe, expect, it } from 'vitest';
import { emptySheet, projectsOnSheet, toggled, withDistrict } from './paperSheet';

const pools = [
  { id: 'mokotow', kind: 'AREA' as const },
  { id: 'wola', kind: 'AREA' as const },
  { id: 'city', kind: 'CITYWIDE' as const },
];
const projects = [
  { id: 'm1', title: 'M1', poolId: 'mokotow' },
  { id: 'w1', title: 'W1', poolId: 'wola' },
  { id: 'c1', title: 'C1', poolId: 'city' },
];

describe('a paper sheet', () => {
  it("offers its district's projects and the city-wide ones; none of a district without one", () => {
    const mokotow = projectsOnSheet(projects, pools, 'mokotow');
    expect(mokotow.district.map((p) => p.id)).toEqual(['m1']);
    expect(mokotow.citywide.map((p) => p.id)).toEqual(['c1']);
    expect(projectsOnSheet(projects, pools, '').district).toEqual([]);
  });

  it("changing the district drops the old district's approvals, keeps the city-wide", () => {
    const draft = toggled(toggled({ ...emptySheet, districtPoolId: 'mokotow' }, 'm1'), 'c1');
    expect(withDistrict(draft, 'wola', projects, pools).projectIds).toEqual(['c1']);
    expect(toggled(draft, 'm1').projectIds).toEqual(['c1']);
  });
});
